/**
 * The dataset worker's work (datasetWorker.ts runs it in the worker): downloads (or reads), parses
 * and validates a dataset off the page's main thread, then sends the valid records back in chunks.
 * A file larger than one JavaScript string can hold is read record by record as it downloads, and
 * its records are sent on as they are checked.
 */
import type { Problem } from '@/domain/problems';
import type { DiplomaticEvent, Quote } from '@/domain/schema';
import {
  packEvents,
  packQuotes,
  transferablesOf,
  type EventFields,
  type Packed,
  type QuoteFields,
} from '@/domain/store/packedRecords';
import { buildSearchChunk } from '@/domain/store/searchColumn';
import type { Person } from '@/domain/schema';
import { createDatasetStreamReader } from '@/domain/streamDataset';
import {
  parseDatasetText,
  StreamingValidationError,
  type ValidationStage,
} from '@/domain/validate';
import { DatasetError, toDatasetError } from './datasetErrors';
import { detail, type DatasetSource } from '@/domain/loadFailure';
import { downloadDataset, READ_IN_PIECES_ABOVE_CHARACTERS } from './download';
import { CHUNK_SIZE, type WorkerMessage, type WorkerRequest } from './workerProtocol';

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
      const { events, quotes, ...rest } = result.dataset;
      post({ type: 'head', dataset: rest, leftOut: result.leftOut });
      for (let i = 0; i < events.length; i += CHUNK_SIZE)
        postEvents(post, packEvents(events.slice(i, i + CHUNK_SIZE)));
      const people = peopleByIdOf(rest.people);
      for (let i = 0; i < quotes.length; i += CHUNK_SIZE)
        postQuotes(post, quotes.slice(i, i + CHUNK_SIZE), people);
      post({ type: 'done' });
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

const postEvents = (post: Post, items: Packed<EventFields>) =>
  post({ type: 'events', items }, transferablesOf(items));
/** A chunk of quotes, with its search chunk (the people, from the dataset's head, name speakers). */
function postQuotes(post: Post, quotes: readonly Quote[], people: ReadonlyMap<string, Person>) {
  const items: Packed<QuoteFields> = packQuotes(quotes);
  const search = buildSearchChunk(quotes, people);
  post({ type: 'quotes', items, search }, [...transferablesOf(items), search.ends.buffer]);
}

const peopleByIdOf = (people: readonly Person[]) => new Map(people.map((p) => [p.id, p]));

/**
 * Reads a large file's pieces as they download: records are checked one by one and sent on in
 * chunks, so that neither the text nor the raw records are ever all held here.
 */
function readLargeFile(source: DatasetSource, post: Post) {
  let events: DiplomaticEvent[] = [];
  let quotes: Quote[] = [];
  // Set before the first record (the reader gives the head then).
  let people: ReadonlyMap<string, Person> = new Map();
  const flushEvents = () => {
    if (events.length > 0) postEvents(post, packEvents(events));
    events = [];
  };
  const flushQuotes = () => {
    if (quotes.length > 0) postQuotes(post, quotes, people);
    quotes = [];
  };
  const reader = createDatasetStreamReader({
    head: (dataset) => {
      people = peopleByIdOf(dataset.people);
      post({ type: 'head', dataset, leftOut: [] });
    },
    event: (event) => {
      events.push(event);
      if (events.length === CHUNK_SIZE) flushEvents();
    },
    quote: (quote) => {
      flushEvents();
      quotes.push(quote);
      if (quotes.length === CHUNK_SIZE) flushQuotes();
    },
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
      flushEvents();
      flushQuotes();
      post({ type: 'done', leftOut: outcome.leftOut });
    },
  };
}
