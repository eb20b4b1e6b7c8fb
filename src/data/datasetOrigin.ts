/**
 * Which dataset is on screen, for what speaks of it (review C3, C7): the built-in dataset's own
 * words (its story's periods, its method, its citation and file names) belong to it alone; other
 * data is named by its own title or file name. Provided by the page (app/Dashboard.tsx).
 */
import { createContext, useContext } from 'react';
import type { DatasetOrigin } from './datasetQuery';

export const DatasetOriginContext = createContext<DatasetOrigin | null>(null);

export interface DatasetIdentity {
  /** The built-in dataset (or none yet): its own words apply. */
  builtIn: boolean;
  /** The file the reader opened, if any. */
  fileName: string | null;
}

export function useDatasetIdentity(): DatasetIdentity {
  const origin = useContext(DatasetOriginContext);
  return origin?.kind === 'file'
    ? { builtIn: false, fileName: origin.name }
    : { builtIn: true, fileName: null };
}
