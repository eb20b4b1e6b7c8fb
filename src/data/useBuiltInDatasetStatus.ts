import { useQuery } from '@tanstack/react-query';
import { BUILT_IN_DATASET_URL, datasetQueryOptions } from './datasetQuery';
import { DatasetError } from './datasetErrors';
import { useLoadProgress } from './loadProgress';
import type { DatasetStatus } from './useDatasetStatus';

/**
 * The built-in dataset's state, for an embed: an embed shows what its author published, never a
 * file its reader once opened on the full dashboard, and it reads nothing from storage.
 */
export function useBuiltInDatasetStatus(): DatasetStatus {
  const builtIn = useQuery(datasetQueryOptions());
  const progress = useLoadProgress(BUILT_IN_DATASET_URL);
  if (builtIn.data) return { status: 'ready', loaded: builtIn.data };
  if (builtIn.isError) {
    const { error } = builtIn;
    return {
      status: 'error',
      error,
      invalid: error instanceof DatasetError && error.problems.length > 0,
      retry: () => void builtIn.refetch(),
      retrying: builtIn.isFetching,
    };
  }
  return { status: 'loading', progress, downloading: builtIn.isFetching };
}

/**
 * Whether the dataset of `head` is the built-in one (what an embed shows), not a file the reader
 * opened. It only looks at the built-in dataset's query, never starts it.
 */
export function useIsBuiltInDataset(head: object): boolean {
  const { data } = useQuery({ ...datasetQueryOptions(), enabled: false });
  return data?.index.head === head;
}
