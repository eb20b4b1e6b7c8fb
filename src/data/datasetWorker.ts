/// <reference lib="webworker" />
/**
 * Downloads (or reads), parses and validates a dataset off the page's main thread, then sends the
 * valid records back in chunks.
 */
import { parseDatasetText } from '@/domain/validate';
import { DatasetError } from './datasetErrors';
import { downloadDatasetText } from './download';
import { CHUNK_SIZE, type WorkerMessage, type WorkerRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  try {
    const text =
      'url' in data
        ? await downloadDatasetText(data.url, undefined, (p) => post({ type: 'progress', ...p }))
        : await data.file.text();
    const label = 'url' in data ? `The file at ${data.url}` : data.label;
    const result = parseDatasetText(text);
    if (!result.ok)
      throw new DatasetError(result.stage, `${label} is not a valid dataset.`, result.problems);
    const { events, quotes, ...rest } = result.dataset;
    post({ type: 'head', dataset: rest, leftOut: result.leftOut });
    for (let i = 0; i < events.length; i += CHUNK_SIZE)
      post({ type: 'events', items: events.slice(i, i + CHUNK_SIZE) });
    for (let i = 0; i < quotes.length; i += CHUNK_SIZE)
      post({ type: 'quotes', items: quotes.slice(i, i + CHUNK_SIZE) });
    post({ type: 'done' });
  } catch (error) {
    const known = error instanceof DatasetError;
    post({
      type: 'error',
      kind: known ? error.kind : 'network',
      message: error instanceof Error ? error.message : String(error),
      problems: known ? [...error.problems] : [],
      status: known ? error.status : null,
    });
  }
};
