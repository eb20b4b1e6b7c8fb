/**
 * Runs an import in its worker (importWorker.ts) and gives back this app's JSON as a File, to be
 * opened as if the reader had chosen it. An abort (a newer choice, or Stop) terminates the worker.
 */
import type { ImportCounts } from '@/domain/import/builder';
import { detail } from '@/domain/loadFailure';
import type { Problem } from '@/domain/problems';
import type { Dyad } from '@/domain/tension';
import { listenForAbort } from './abort';
import { DatasetError } from './datasetErrors';
import type { ImportMessage, ImportRequest } from './importWorker';
import { MAX_FILE_BYTES } from './useActiveDataset';

export interface ImportedFile {
  /** The dataset as this app's JSON, named after the file: "events.CSV" → "events.json". */
  file: File;
  counts: ImportCounts;
  /** The rows left out, each named by its line. */
  leftOut: Problem[];
  notes: Problem[];
}

export interface ImportProgress {
  loaded: number;
  total: number;
  rows: number;
}

export interface ImportChoice {
  dyad: Dyad | null;
  onlyDyad: boolean;
}

/** "gdelt.export.CSV" → "gdelt.export.json" */
export function jsonNameOf(name: string): string {
  return `${name.replace(/\.[^./]*$/, '') || 'import'}.json`;
}

/**
 * Imports `file` in a worker that `startWorker` starts (its entry hands the worker the app's
 * words). Rejects with a DatasetError naming why nothing can be shown, or with the signal's
 * reason once it aborts.
 */
export function importInWorker(
  startWorker: () => Worker,
  file: File,
  choice: ImportChoice,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportedFile> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const source = { file: file.name };
    if (file.size > MAX_FILE_BYTES) {
      const values = { name: file.name, bytes: file.size, maxBytes: MAX_FILE_BYTES };
      reject(new DatasetError('too-large', detail('file-too-large', values)));
      return;
    }
    if (typeof Worker === 'undefined') {
      reject(new DatasetError('unsupported', detail('no-workers', { source })));
      return;
    }
    const worker = startWorker();
    const stopFollowingSignal = listenForAbort(signal, (reason) => settle(() => reject(reason)));
    function settle(outcome: () => void) {
      stopFollowingSignal();
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      outcome();
    }
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new DatasetError(
        'internal',
        detail('worker-failed', { message: event.message }),
      );
      settle(() => reject(error));
    };
    worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
      switch (data.type) {
        case 'progress':
          onProgress({ loaded: data.loaded, total: data.total, rows: data.rows });
          break;
        case 'done': {
          const json = new File([data.json], jsonNameOf(file.name), { type: 'application/json' });
          const { counts, leftOut, notes } = data;
          settle(() => resolve({ file: json, counts, leftOut, notes }));
          break;
        }
        case 'refused': {
          const error = new DatasetError(
            'shape',
            detail('invalid-dataset', { source }),
            data.problems,
          );
          settle(() => reject(error));
          break;
        }
        case 'failed': {
          const error = new DatasetError(
            'internal',
            detail('worker-failed', { message: data.message }),
          );
          settle(() => reject(error));
          break;
        }
      }
    };
    const request: ImportRequest = { file, name: file.name, ...choice };
    worker.postMessage(request);
  });
}
