/**
 * The dataset worker's work (datasetWorker.ts runs it in the worker): downloads (or reads), parses
 * and validates a dataset off the page's main thread, indexes its valid records as they are
 * checked (domain/query/indexBuilder.ts), and sends the index back once, its arrays transferred.
 * A file larger than one JavaScript string can hold is read record by record as it downloads.
 */
import type { Problem } from '@/domain/dataset/problems';
import { IndexBuilder } from '@/domain/query/indexBuilder';
import { indexBuffers } from '@/domain/query/indexData';
import { createDatasetStreamReader } from '@/domain/validation/streamDataset';
import {
  parseDatasetText,
  StreamingValidationError,
  type ValidationStage,
} from '@/domain/validation/validate';
import { DatasetError, toDatasetError } from './datasetErrors';
import { detail, type DatasetSource } from '@/domain/validation/loadFailure';
import { downloadDataset, READ_IN_PIECES_ABOVE_CHARACTERS } from './download';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** What the worker needs of its global scope: a test hands in its own. */
export interface DatasetWorkerScope {
  /** `transfer`: buffers that move to the page rather than being copied. */
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: { data: WorkerRequest }) => Promise<void>) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

/**
 * Answers every request the scope receives: the dataset's records, or the error that stops it.
 * `readInPiecesAbove` is where a download counts as large (a test makes it small).
 */
export function serveDatasetRequests(
  scope: DatasetWorkerScope,
  { readInPiecesAbove }: { readInPiecesAbove?: number } = {},
): void {
  const post: Post = (message, transfer) => scope.postMessage(message, transfer);
  const postError = (error: unknown) => {
    const { kind, detail: what, problems, status } = toDatasetError(error);
    post({ type: 'error', kind, detail: what, problems: [...problems], status });
  };

  scope.onmessage = async ({ data }) => {
    try {
      const source: DatasetSource = 'url' in data ? { url: data.url } : { file: data.name };
      // Made when the download turns out to be a large file.
      const download: { largeFile: ReturnType<typeof readLargeFile> | null } = { largeFile: null };
      const onPiece = (piece: string) =>
        (download.largeFile ??= readLargeFile(source, post)).push(piece);
      const text =
        'url' in data
          ? await downloadDataset(data.url, undefined, (p) => post({ type: 'progress', ...p }), {
              onPiece,
              above: readInPiecesAbove,
            })
          : // A file past the threshold (bytes, at least its characters) is read as it streams.
            data.file.size > (readInPiecesAbove ?? READ_IN_PIECES_ABOVE_CHARACTERS)
            ? await readFileInPieces(data.file, onPiece)
            : await data.file.text();
      if (download.largeFile) {
        download.largeFile.finish();
        return;
      }
      const result = parseDatasetText(text ?? '');
      if (!result.ok)
        throw new DatasetError(
          result.stage,
          detail('invalid-dataset', { source }),
          result.problems,
        );
      const { events, quotes, ...head } = result.dataset;
      const builder = new IndexBuilder(head);
      for (const event of events) builder.addEvent(event);
      for (const quote of quotes) builder.addQuote(quote);
      postIndex(post, builder, result.leftOut);
    } catch (error) {
      // Anything but a DatasetError is a fault in the reading (`internal`), never a network one.
      postError(error);
    }
  };

  // A request that cannot be read (it could not be copied here) ends the load with an error,
  // rather than leaving the page waiting for an answer.
  scope.onmessageerror = () =>
    postError(new DatasetError('internal', detail('unreadable-message', {})));
}

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/** Hands a file's text on piece by piece as it is read, never holding it whole. */
async function readFileInPieces(file: Blob, onPiece: (piece: string) => void): Promise<null> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return null;
    onPiece(value);
  }
}

/** The index, its buffers transferred. */
function postIndex(post: Post, builder: IndexBuilder, leftOut: Problem[]) {
  const data = builder.finish();
  post({ type: 'index', data, leftOut }, indexBuffers(data));
}

/**
 * Reads a large file's pieces as they download: records are checked and indexed one by one, so
 * that neither the text nor the raw records are ever all held here.
 */
function readLargeFile(source: DatasetSource, post: Post) {
  // Made with the head, which the reader gives before the first record.
  let builder: IndexBuilder | null = null;
  const reader = createDatasetStreamReader({
    head: (dataset) => {
      builder = new IndexBuilder(dataset);
    },
    event: (event) => builder?.addEvent(event),
    quote: (quote) => builder?.addQuote(quote),
  });
  const refuse = (stage: ValidationStage, problems: Problem[]): never => {
    throw new DatasetError(stage, detail('invalid-dataset', { source }), problems);
  };
  const rethrow = (error: unknown): never => {
    if (error instanceof StreamingValidationError) refuse(error.stage, error.problems);
    throw error;
  };
  return {
    push(piece: string) {
      try {
        reader.push(piece);
      } catch (error) {
        rethrow(error);
      }
    },
    finish() {
      let outcome: ReturnType<typeof reader.finish>;
      try {
        outcome = reader.finish();
      } catch (error) {
        return rethrow(error);
      }
      if (!outcome.ok) return refuse(outcome.stage, outcome.problems);
      if (!builder) throw new DatasetError('internal', detail('worker-sent-nothing', {}));
      postIndex(post, builder, outcome.leftOut);
    },
  };
}
