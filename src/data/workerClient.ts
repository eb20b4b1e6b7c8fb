/** Runs the dataset worker and gathers what it sends into one validated dataset. */
import type { Dataset, DiplomaticEvent, Quote } from '@/domain/schema';
import { createInterner } from '@/domain/intern';
import type { Problem } from '@/domain/problems';
import { DatasetError, detail } from './datasetErrors';
import type { LoadProgress } from './loadProgress';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

export function validateInWorker(
  request: WorkerRequest,
  signal: AbortSignal | undefined,
  onProgress: (progress: LoadProgress) => void,
): Promise<{ dataset: Dataset; leftOut: Problem[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
    const events: DiplomaticEvent[] = [];
    const quotes: Quote[] = [];
    // Each record arrives as a fresh copy: repeated short strings are made to share one.
    const shared = createInterner();
    let head: Extract<WorkerMessage, { type: 'head' }> | null = null;
    const finish = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      finish();
      reject(signal.reason);
    });
    worker.onerror = (event) => {
      finish();
      reject(new DatasetError('network', detail('worker-failed', { message: event.message })));
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'progress':
          onProgress({ loaded: data.loaded, total: data.total });
          break;
        case 'head':
          head = data;
          break;
        case 'events':
          for (const item of data.items) events.push(shared.record(item));
          break;
        case 'quotes':
          for (const item of data.items) quotes.push(shared.record(item));
          break;
        case 'done':
          finish();
          if (head)
            resolve({
              dataset: { ...head.dataset, events, quotes },
              leftOut: data.leftOut ?? head.leftOut,
            });
          else reject(new DatasetError('network', detail('worker-sent-nothing', {})));
          break;
        case 'error':
          finish();
          reject(new DatasetError(data.kind, data.detail, data.problems, data.status));
          break;
      }
    };
    worker.postMessage(request);
  });
}
