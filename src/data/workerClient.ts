/** Runs the dataset worker and takes the index it sends of the validated dataset. */
import { DatasetIndex } from '@/domain/query/datasetIndex';
import type { Problem } from '@/domain/dataset/problems';
import { listenForAbort } from './abort';
import { DatasetError, toDatasetError } from './datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import type { LoadProgress } from './loadProgress';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';
import { startWorker } from './startWorker';
import datasetWorkerUrl from './datasetWorker.ts?worker&url';

/**
 * Reads a dataset in a worker. Rejects with a DatasetError that says what went wrong, or with the
 * signal's reason when it aborts: the worker is then stopped, not left to finish.
 */
export function validateInWorker(
  request: WorkerRequest,
  signal: AbortSignal | undefined,
  onProgress: (progress: LoadProgress) => void,
): Promise<{ index: DatasetIndex; leftOut: Problem[] }> {
  return new Promise((resolve, reject) => {
    // A load cancelled before it starts does not start a worker.
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // Every browser the build targets has module workers; one with them turned off gets a message
    // rather than a second copy of the validator on the page.
    if (typeof Worker === 'undefined') {
      const source = 'url' in request ? { url: request.url } : { file: request.name };
      reject(new DatasetError('unsupported', detail('no-workers', { source })));
      return;
    }
    const worker = startWorker(datasetWorkerUrl);

    const stopFollowingSignal = listenForAbort(signal, (reason) => settle(() => reject(reason)));
    /** Ends the load once: the worker is stopped and nothing more is listened to. */
    function settle(outcome: () => void) {
      stopFollowingSignal();
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      outcome();
    }
    const fail = (error: unknown) => settle(() => reject(toDatasetError(error)));

    worker.onerror = (event) => {
      event.preventDefault();
      fail(new DatasetError('internal', detail('worker-failed', { message: event.message })));
    };
    // A message that cannot be copied to the page would otherwise leave the load waiting forever.
    worker.onmessageerror = () =>
      fail(new DatasetError('internal', detail('unreadable-message', {})));
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      try {
        receive(data);
      } catch (error) {
        fail(error);
      }
    };

    function receive(data: WorkerMessage) {
      switch (data.type) {
        case 'progress':
          onProgress({ loaded: data.loaded, total: data.total });
          break;
        case 'index': {
          const index = new DatasetIndex(data.data);
          const leftOut = data.leftOut;
          settle(() => resolve({ index, leftOut }));
          break;
        }
        case 'error':
          fail(new DatasetError(data.kind, data.detail, data.problems, data.status));
          break;
      }
    }

    worker.postMessage(request);
  });
}
