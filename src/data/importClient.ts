/**
 * Runs the import worker (importWorker.ts) for the page: a preview of the chosen files, then
 * their import, which gives this app's JSON as a File, opened as if the reader had chosen it (or,
 * for Parquet, the dataset's index); and an import kept from an earlier visit made again. An
 * abort (a newer choice, Cancel or Stop) terminates the worker.
 */
import type { ImportCounts } from '@/domain/import/builder';
import type { ImportPreview } from '@/domain/import/preview';
import { detail } from '@/domain/validation/loadFailure';
import type { Problem } from '@/domain/dataset/problems';
import { listenForAbort } from './abort';
import { DatasetError } from './datasetErrors';
import type {
  FoundSource,
  ImportChoices,
  ImportMessage,
  ImportRequest,
  SourceSummary,
} from './importProtocol';
import type { IndexedImport } from './openIndexed';
import type { KeptImport } from './savedDataset';
import { MAX_FILE_BYTES } from './useActiveDataset';

export type { ImportChoices } from './importProtocol';

export type ImportedFile = (
  | {
      /** The dataset as this app's JSON, named after the file: "events.CSV" → "events.json". */
      file: File;
    }
  /** Parquet files: the dataset read straight into its index (data/importIndex.ts). */
  | { indexed: IndexedImport }
) & {
  counts: ImportCounts;
  /** The rows left out, each named by its line. */
  leftOut: Problem[];
  notes: Problem[];
};

export interface ImportProgress {
  loaded: number;
  total: number;
  rows: number;
}

/** What the worker found the files to hold. */
export interface PreviewResult {
  preview: ImportPreview;
  sources: SourceSummary[];
  /** The files are this app's own JSON, to be opened as they are. */
  json: File | null;
}

/** "gdelt.export.CSV" → "gdelt.export.json" */
export function jsonNameOf(name: string): string {
  return `${name.replace(/\.[^./]*$/, '') || 'import'}.json`;
}

/** The first of the files past the limit, refused before anything is read (review C2). */
export function tooLarge(files: readonly File[]): DatasetError | null {
  const file = files.find((f) => f.size > MAX_FILE_BYTES);
  if (!file) return null;
  const values = { name: file.name, bytes: file.size, maxBytes: MAX_FILE_BYTES };
  return new DatasetError('too-large', detail('file-too-large', values));
}

type Settle = (outcome: () => void) => void;

/**
 * Starts a worker, sends it the request, and hands its messages to `handle` until it settles;
 * a worker that fails, a message that cannot be read, or the signal's abort settles it too.
 */
function runWorker<T>(
  startWorker: () => Worker,
  files: readonly File[],
  request: ImportRequest,
  signal: AbortSignal,
  handle: (message: ImportMessage, resolve: (value: T) => void, reject: Settle) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const refused = tooLarge(files);
    if (refused) return reject(refused);
    if (typeof Worker === 'undefined') {
      const source = { file: files[0]?.name ?? '' };
      return reject(new DatasetError('unsupported', detail('no-workers', { source })));
    }
    const worker = startWorker();
    const stopFollowingSignal = listenForAbort(signal, (reason) => settle(() => reject(reason)));
    function settle(outcome: () => void) {
      stopFollowingSignal();
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      outcome();
    }
    const fail = (message: string) =>
      settle(() => reject(new DatasetError('internal', detail('worker-failed', { message }))));
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message);
    };
    // A message that cannot be read (it could not be copied here) ends the import with an
    // error, rather than leaving the page waiting for an answer.
    worker.onmessageerror = () =>
      settle(() => reject(new DatasetError('internal', detail('unreadable-message', {}))));
    worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
      if (data.type === 'failed') return fail(data.message);
      if (data.type === 'refused') {
        const source = { file: files[0]?.name ?? '' };
        const error = new DatasetError(
          'shape',
          detail('invalid-dataset', { source }),
          data.problems,
        );
        return settle(() => reject(error));
      }
      handle(data, (value) => settle(() => resolve(value)), settle);
    };
    worker.postMessage(request);
  });
}

const chosenOf = (files: readonly File[]) => files.map((file) => ({ file, name: file.name }));

/**
 * What the files will give, read in a worker. For GDELT the actor countries of the whole files
 * follow (`onCountries`): the worker reads on until they are found or `signal` aborts.
 */
export async function previewInWorker(
  startWorker: () => Worker,
  files: readonly File[],
  choices: ImportChoices,
  signal: AbortSignal,
  onCountries: (codes: string[]) => void,
): Promise<PreviewResult> {
  let shown: (result: PreviewResult) => void = () => {};
  const preview = new Promise<PreviewResult>((resolve) => (shown = resolve));
  const request: ImportRequest = { type: 'preview', files: chosenOf(files), ...choices };
  const finished = runWorker<null>(startWorker, files, request, signal, (data, resolve) => {
    if (data.type === 'preview') {
      const json = data.json ? new File([data.json.file], data.json.name) : null;
      shown({ preview: data.preview, sources: data.sources, json });
      // No countries follow for a file read whole, or not GDELT's.
      const gdelt = data.sources.some((s) => /^gdelt/.test(s.detection.format ?? ''));
      if (json || data.preview.complete || !gdelt) resolve(null);
    } else if (data.type === 'countries') {
      onCountries(data.codes);
      resolve(null);
    }
  });
  // Whichever comes first: the preview, or why there is none.
  return Promise.race([preview, finished.then(() => preview)]);
}

/**
 * Imports the files in a worker, as the preview found them (`found`, file by file). Rejects with
 * a DatasetError naming why nothing can be shown, or with the signal's reason once it aborts.
 */
export function importInWorker(
  startWorker: () => Worker,
  files: readonly File[],
  choices: ImportChoices,
  found: FoundSource[] | null,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportedFile> {
  const request: ImportRequest = { type: 'import', files: chosenOf(files), found, ...choices };
  const name = jsonNameOf(files[0]?.name ?? 'import');
  return runWorker<ImportedFile>(startWorker, files, request, signal, (data, resolve) => {
    if (data.type === 'progress')
      onProgress({ loaded: data.loaded, total: data.total, rows: data.rows });
    else if (data.type === 'done') {
      const file = new File([data.json], name, { type: 'application/json' });
      resolve({ file, counts: data.counts, leftOut: data.leftOut, notes: data.notes });
    } else if (data.type === 'indexed') {
      const { counts, leftOut, notes } = data;
      const kept = { files: [...files], names: files.map((f) => f.name), choices, found };
      resolve({ indexed: { data: data.data, name, kept }, counts, leftOut, notes });
    }
  });
}

/** An import kept from an earlier visit (savedDataset.ts) made again, as it was chosen. */
export function reimportInWorker(
  startWorker: () => Worker,
  kept: KeptImport,
  signal: AbortSignal,
): Promise<ImportedFile> {
  const files = kept.files.map((blob, i) =>
    blob instanceof File ? blob : new File([blob], kept.names[i] ?? 'import'),
  );
  return importInWorker(startWorker, files, kept.choices, kept.found, signal, () => {});
}
