import { useDeferredValue } from 'react';
import { BUILT_IN_DATASET_URL, type LoadedDataset } from './datasetQuery';
import { DatasetError } from './datasetErrors';
import { useLoadProgress, type LoadProgress } from './loadProgress';
import { useActiveDataset, type FileConverter, type Reimport } from './useActiveDataset';

/** The dataset, as the page shows it: one state at a time. */
export type DatasetStatus =
  | {
      status: 'loading';
      /** The built-in dataset's download so far (null while a kept file is read again). */
      progress: LoadProgress | null;
      /** The built-in dataset is being downloaded, which may take long. */
      downloading: boolean;
    }
  | {
      status: 'error';
      error: unknown;
      /** The dataset arrived but is not valid (its problems are listed), rather than not at all. */
      invalid: boolean;
      retry: () => void;
      retrying: boolean;
    }
  | { status: 'ready'; loaded: LoadedDataset };

/** The user's own files, as the page offers them. */
export interface DatasetFiles {
  /** Opens a file (converted first, if given: an import); it cancels an open still under way. */
  open: (file: File, convert?: FileConverter) => void;
  opening: boolean;
  /** Why the file opened last was refused, until it is dismissed. */
  refused: DatasetError | null;
  dismissRefusal: () => void;
  /** The file opened last is shown but the browser would not keep it for the next visit. */
  notKept: boolean;
  switchToBuiltIn: () => void;
}

/**
 * The dataset's state folded into one union (the page is a switch over it), and the user's files.
 * The first render of a dataset's views is deferred (`useDeferredValue`): React renders it in
 * slices between frames. Nothing typed waits on it, unlike the views following an input, which
 * use hooks/useAfterPaint so that the input's own frame is painted first. `reimport` imports
 * files kept from an earlier visit again (the page's import worker, features/dataset).
 */
export function useDatasetStatus(reimport: Reimport): {
  dataset: DatasetStatus;
  files: DatasetFiles;
} {
  const { active, restoring, builtIn, openFile, switchToBuiltIn } = useActiveDataset(reimport);
  const shown = useDeferredValue(active);
  const progress = useLoadProgress(BUILT_IN_DATASET_URL);

  const files: DatasetFiles = {
    open: openFile.mutate,
    opening: openFile.isPending,
    refused: openFile.isError ? openFile.error : null,
    dismissRefusal: openFile.reset,
    notKept: openFile.data?.kept === false,
    switchToBuiltIn: () => void switchToBuiltIn(),
  };
  return { dataset: foldStatus(), files };

  function foldStatus(): DatasetStatus {
    if (shown) return { status: 'ready', loaded: shown };
    if (!restoring && builtIn.isError) {
      const { error } = builtIn;
      return {
        status: 'error',
        error,
        invalid: error instanceof DatasetError && error.problems.length > 0,
        retry: () => void builtIn.refetch(),
        retrying: builtIn.isFetching,
      };
    }
    return { status: 'loading', progress, downloading: builtIn.isFetching && !builtIn.data };
  }
}
