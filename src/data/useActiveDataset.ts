import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import {
  datasetQueryOptions,
  DatasetError,
  loadDatasetBlob,
  type LoadedDataset,
  type OpenedFile,
} from './datasetQuery';
import { toDatasetError } from './datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import type { Problem } from '@/domain/dataset/problems';
import { clearSavedDataset, loadSavedDataset, saveDataset } from './savedDataset';
import { indexedDataset, openIndexedImport, type IndexedImport } from './openIndexed';
import type { KeptImport } from './savedDataset';

/** Files larger than this are refused before they are read: the limit the README states. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export const OPENED_DATASET_KEY = ['dataset', 'opened'] as const;

/** The dataset the user opened, if any, and the one they had opened before that could not be. */
export interface OpenedState {
  dataset: LoadedDataset | null;
  /** A file kept from an earlier visit that no longer opens: it is dropped, and the user told. */
  forgotten: { name: string; error: DatasetError } | null;
}

const NOTHING_OPENED: OpenedState = { dataset: null, forgotten: null };

/** Imports files kept from an earlier visit again, as they were chosen (the page's import). */
export type Reimport = (kept: KeptImport, signal: AbortSignal) => Promise<Converted>;

/**
 * The dataset the user opened on an earlier visit, read again in the worker, or imported again
 * (`reimport`) if it was kept as the files they chose. One that no longer opens is dropped and
 * reported (`forgotten`); an abort (the user chose something else meanwhile) leaves it kept.
 */
async function restoreOpenedDataset(signal: AbortSignal, reimport: Reimport): Promise<OpenedState> {
  const saved = await loadSavedDataset();
  if (!saved || signal.aborted) return NOTHING_OPENED;
  const { name, size, savedAt, file } = saved;
  const origin = { kind: 'file', name, size, savedAt } as const;
  try {
    if (!(file instanceof Blob))
      throw new DatasetError('internal', detail('saved-in-old-form', {}));
    if (saved.import) {
      const imported = await reimport(saved.import, signal);
      const dataset =
        'indexed' in imported
          ? indexedDataset(imported.indexed, imported.leftOut, origin)
          : await loadDatasetBlob(imported.file, origin, name, signal);
      return { dataset, forgotten: null };
    }
    const dataset = await loadDatasetBlob(file, origin, name, signal);
    return { dataset, forgotten: null };
  } catch (error) {
    if (signal.aborted) return NOTHING_OPENED;
    await clearSavedDataset();
    return { dataset: null, forgotten: { name: saved.name, error: toDatasetError(error) } };
  }
}

/**
 * Reads and validates a file the user opened, then has it shown (`show`) and kept; throws a
 * DatasetError if it is refused, or the signal's reason once a later choice has aborted it: a
 * file aborted while it is read is neither shown nor kept.
 */
export async function openDatasetFile(
  file: File,
  signal: AbortSignal,
  show: (dataset: LoadedDataset) => void,
  /** The rows an import left out before this file was made of them (shown with its own). */
  leftOutBefore: readonly Problem[] = [],
  /** The file is what an import made of the reader's: the limit was the chosen file's. */
  converted = false,
): Promise<OpenedFile> {
  if (!converted) refuseIfTooLarge(file);
  const origin = {
    kind: 'file',
    name: file.name,
    size: file.size,
    savedAt: new Date().toISOString(),
  } as const;
  let dataset: LoadedDataset;
  try {
    dataset = await loadDatasetBlob(file, origin, file.name, signal);
    if (leftOutBefore.length > 0)
      dataset = { ...dataset, leftOut: [...leftOutBefore, ...dataset.leftOut] };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw toDatasetError(error);
  }
  signal.throwIfAborted();
  // Shown and its saving begun in one step: a later choice's save or clear is queued after this
  // save (IndexedDB runs them in order), so what is kept is what the user chose last.
  show(dataset);
  const kept = await saveDataset({
    name: file.name,
    size: file.size,
    savedAt: origin.savedAt,
    file,
  });
  return { dataset, kept };
}

/** The limit the README states, on a file the reader chose, before anything reads it. */
function refuseIfTooLarge(file: File): void {
  if (file.size <= MAX_FILE_BYTES) return;
  const values = { name: file.name, bytes: file.size, maxBytes: MAX_FILE_BYTES };
  throw new DatasetError('too-large', detail('file-too-large', values));
}

/**
 * Opens what the reader chose: refused at once if it is past the limit (review C2: never after
 * minutes of work, nor for what an import makes of it), else converted first if it is of another
 * format, then read and shown.
 */
export async function openChosenFile(
  { file, signal, convert }: OpenRequest,
  show: (dataset: LoadedDataset) => void,
): Promise<OpenedFile> {
  refuseIfTooLarge(file);
  if (!convert) return openDatasetFile(file, signal, show);
  const converted = await convert(file, signal);
  if ('indexed' in converted)
    return openIndexedImport(converted.indexed, converted.leftOut, signal, show);
  return openDatasetFile(converted.file, signal, show, converted.leftOut, true);
}

/**
 * Makes a file of another format into this app's JSON before it is opened (features/dataset's
 * import), or for Parquet files straight into the dataset's index, with the problems of the rows
 * it left out; it stops when the signal aborts.
 */
export type FileConverter = (file: File, signal: AbortSignal) => Promise<Converted>;

/** What an import made of a file: this app's JSON, or the dataset's index; the rows left out. */
export type Converted = ({ file: File } | { indexed: IndexedImport }) & {
  leftOut: readonly Problem[];
};

/** Opening a file, as the page sees it. */
export interface OpenFileHandle {
  /** Opens a file (converted first, if given); it cancels an open still under way. */
  mutate: (file: File, convert?: FileConverter) => void;
  isPending: boolean;
  isError: boolean;
  error: DatasetError | null;
  /** The last file opened, and whether it was kept. */
  data: OpenedFile | undefined;
  reset: () => void;
}

interface OpenRequest {
  file: File;
  signal: AbortSignal;
  convert?: FileConverter;
}

/**
 * The dataset on screen: the one the user opened (kept across reloads), else the built-in one.
 * The user's last choice wins: opening a file cancels an open still under way, and so does
 * going back to the built-in dataset. A refused file leaves whatever was on screen in place.
 */
export function useActiveDataset(reimport: Reimport) {
  const queryClient = useQueryClient();
  /** The open under way, and the restore of the saved file: a new choice aborts both. */
  const opening = useRef<AbortController | null>(null);
  const restoring = useRef<AbortController | null>(null);

  const opened = useQuery({
    queryKey: OPENED_DATASET_KEY,
    queryFn: async () => {
      const controller = new AbortController();
      restoring.current = controller;
      const restored = await restoreOpenedDataset(controller.signal, reimport);
      // Whatever the user chose meanwhile stands.
      return controller.signal.aborted
        ? (queryClient.getQueryData<OpenedState>(OPENED_DATASET_KEY) ?? NOTHING_OPENED)
        : restored;
    },
    staleTime: Infinity,
    retry: false,
    // Read from this browser's storage: it does not wait for the network.
    networkMode: 'always',
    // Kept as produced: a dataset is not compared record by record with the one before.
    structuralSharing: false,
  });
  const builtIn = useQuery({
    ...datasetQueryOptions(),
    enabled: opened.isSuccess && opened.data.dataset === null,
  });

  const show = useCallback(
    (dataset: LoadedDataset) =>
      queryClient.setQueryData<OpenedState>(OPENED_DATASET_KEY, { dataset, forgotten: null }),
    [queryClient],
  );
  const mutation = useMutation({
    mutationFn: (request: OpenRequest) => openChosenFile(request, show),
    // A file from disk does not wait for the network.
    networkMode: 'always',
  });

  const { mutate: startOpening, reset } = mutation;
  /** A new choice: whatever is still being read for an earlier one is stopped. */
  const cancelEarlierChoices = useCallback(() => {
    opening.current?.abort();
    restoring.current?.abort();
    opening.current = null;
    restoring.current = null;
  }, []);

  const openFile = useCallback(
    (file: File, convert?: FileConverter) => {
      cancelEarlierChoices();
      const controller = new AbortController();
      opening.current = controller;
      startOpening({ file, signal: controller.signal, ...(convert ? { convert } : {}) });
    },
    [cancelEarlierChoices, startOpening],
  );

  const switchToBuiltIn = useCallback(async () => {
    cancelEarlierChoices();
    reset();
    queryClient.setQueryData<OpenedState>(OPENED_DATASET_KEY, NOTHING_OPENED);
    await clearSavedDataset();
  }, [cancelEarlierChoices, queryClient, reset]);

  const openedDataset = opened.data?.dataset ?? null;
  const forgotten = opened.data?.forgotten ?? null;
  const active = useMemo((): LoadedDataset | null => {
    if (openedDataset) return openedDataset;
    if (!builtIn.data) return null;
    return forgotten ? { ...builtIn.data, origin: { kind: 'built-in', forgotten } } : builtIn.data;
  }, [openedDataset, builtIn.data, forgotten]);

  const { isPending, isError, data } = mutation;
  // An aborted open is never the latest one, so its error is never shown.
  const error = mutation.error instanceof DatasetError ? mutation.error : null;
  const openFileHandle = useMemo<OpenFileHandle>(
    () => ({ mutate: openFile, isPending, isError, error, data, reset }),
    [openFile, isPending, isError, error, data, reset],
  );

  return {
    active,
    restoring: opened.isPending,
    builtIn,
    openFile: openFileHandle,
    switchToBuiltIn,
  };
}
