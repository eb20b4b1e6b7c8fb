import { queryOptions } from '@tanstack/react-query';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { Problem } from '@/domain/dataset/problems';
import { DatasetError, toDatasetError } from './datasetErrors';
import { type DatasetErrorKind } from '@/domain/validation/loadFailure';
import { reportProgress, type LoadProgress } from './loadProgress';
import { validateInWorker } from './workerClient';

/** The built-in dataset, served beside the app (public/data/events.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export type DatasetOrigin =
  | {
      kind: 'built-in';
      /** The file the user had opened, which could not be opened again, and why. */
      forgotten?: { name: string; error: DatasetError };
    }
  | { kind: 'file'; name: string; size: number; savedAt: string };

/** A dataset ready to draw: indexed, with the problems of any records that were left out. */
export interface LoadedDataset {
  index: DatasetIndex;
  leftOut: readonly Problem[];
  origin: DatasetOrigin;
}

/** A file the user opened, shown, and whether the browser kept it for the next visit. */
export interface OpenedFile {
  dataset: LoadedDataset;
  /** Whether the browser kept it for the next visit. */
  kept: boolean;
}

/**
 * Parses, validates and indexes a file the user opened, in the worker. An abort stops the worker
 * and rejects with its reason.
 */
export async function loadDatasetBlob(
  blob: Blob,
  origin: DatasetOrigin,
  name: string,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const { index, leftOut } = await validateInWorker({ file: blob, name }, signal, () => {});
  return { index, leftOut, origin };
}

/**
 * Fetches, parses, validates and indexes a dataset; throws a DatasetError that names the problem.
 * The download, parsing and validation run in a worker, so that the page never freezes on a large
 * file.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const origin = { kind: 'built-in' } as const;
  const onProgress = (progress: LoadProgress) => reportProgress(url, progress);
  try {
    const { index, leftOut } = await validateInWorker({ url }, signal, onProgress);
    return { index, leftOut, origin };
  } catch (error) {
    // A cancelled load rejects with the abort's reason, which TanStack Query recognises.
    if (signal?.aborted) throw error;
    throw toDatasetError(error);
  } finally {
    reportProgress(url, null);
  }
}

/** Retry what may pass on a second try (network, timeouts, 5xx), never what will fail the same way. */
export function shouldRetryDataset(failureCount: number, error: unknown): boolean {
  if (!(error instanceof DatasetError)) return false;
  const transient =
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status ?? 0) >= 500);
  return transient && failureCount < 2;
}

/**
 * How the dataset's query retries: set as the app's query-client default for `['dataset']`
 * (app/queryClient.ts), not in the query options, so that a test's client with `retry: false` wins.
 */
export const DATASET_RETRY = {
  retry: shouldRetryDataset,
  retryDelay: (attempt: number) => Math.min(1000 * 2 ** attempt, 8000),
};

export function datasetQueryOptions(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A static file: it does not change while the page is open.
    staleTime: Infinity,
    // The dataset is not JSON-like (Maps in its index) and can hold a million records: kept as
    // produced, not compared record by record with the one before.
    structuralSharing: false,
  });
}

export { DatasetError, type DatasetErrorKind };
