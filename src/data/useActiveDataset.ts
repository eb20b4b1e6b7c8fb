import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  datasetQueryOptions,
  DatasetError,
  loadDatasetBlob,
  type LoadedDataset,
} from './datasetQuery';
import { detail } from './datasetErrors';
import { clearSavedDataset, loadSavedDataset, saveDataset } from './savedDataset';

/** Files larger than this are refused before they are read: the limit the README states. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

const SAVED_KEY = ['dataset', 'opened'] as const;

/** The dataset the user opened before, if any; one that no longer validates is forgotten. */
async function restoreOpenedDataset(): Promise<LoadedDataset | null> {
  const saved = await loadSavedDataset();
  if (!saved) return null;
  try {
    const { file, ...origin } = saved;
    if (!(file instanceof Blob)) throw new Error('kept in an older form');
    return await loadDatasetBlob(file, { kind: 'file', ...origin }, saved.name);
  } catch {
    await clearSavedDataset();
    return null;
  }
}

export interface OpenedFile {
  dataset: LoadedDataset;
  /** Whether the browser kept it for the next visit. */
  kept: boolean;
}

/** Reads, validates and keeps a file the user opened; throws a DatasetError if it is refused. */
export async function openDatasetFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) {
    throw new DatasetError(
      'too-large',
      detail('file-too-large', { name: file.name, bytes: file.size, maxBytes: MAX_FILE_BYTES }),
    );
  }
  const origin = {
    kind: 'file',
    name: file.name,
    size: file.size,
    savedAt: new Date().toISOString(),
  } as const;
  const dataset = await loadDatasetBlob(file, origin, file.name);
  const kept = await saveDataset({
    name: file.name,
    size: file.size,
    savedAt: origin.savedAt,
    file,
  });
  return { dataset, kept };
}

/**
 * The dataset on screen: the one the user opened (kept across reloads), else the built-in one.
 * A refused file leaves whatever was on screen in place.
 */
export function useActiveDataset() {
  const queryClient = useQueryClient();
  const opened = useQuery({
    queryKey: SAVED_KEY,
    queryFn: restoreOpenedDataset,
    staleTime: Infinity,
    retry: false,
  });
  const builtIn = useQuery({
    ...datasetQueryOptions(),
    enabled: opened.isSuccess && opened.data === null,
  });

  const openFile = useMutation({
    mutationFn: openDatasetFile,
    onSuccess: ({ dataset }) => queryClient.setQueryData(SAVED_KEY, dataset),
  });

  const { reset } = openFile;
  const switchToBuiltIn = useCallback(async () => {
    await clearSavedDataset();
    reset();
    queryClient.setQueryData(SAVED_KEY, null);
  }, [queryClient, reset]);

  return {
    active: opened.data ?? builtIn.data ?? null,
    restoring: opened.isPending,
    builtIn,
    openFile,
    switchToBuiltIn,
  };
}
