/**
 * Opens a dataset an import read straight into its index (Parquet files: importIndex.ts): shown
 * as it comes from the import worker, with no second reading by the dataset worker; then the
 * files the reader chose are kept for the next visit, to be imported again (savedDataset.ts).
 */
import { DatasetIndex } from '@/domain/query/datasetIndex';
import type { IndexData } from '@/domain/query/indexData';
import type { Problem } from '@/domain/dataset/problems';
import type { DatasetOrigin, LoadedDataset, OpenedFile } from './datasetQuery';
import { saveDataset, type KeptImport } from './savedDataset';

/** An import's dataset as its index, the name it is shown by, and what to keep of it. */
export interface IndexedImport {
  data: IndexData;
  name: string;
  kept: KeptImport;
}

/** The dataset an import read into its index, as the page shows it. */
export const indexedDataset = (
  { data }: IndexedImport,
  leftOut: readonly Problem[],
  origin: DatasetOrigin,
): LoadedDataset => ({ index: new DatasetIndex(data), leftOut: [...leftOut], origin });

export async function openIndexedImport(
  indexed: IndexedImport,
  leftOut: readonly Problem[],
  signal: AbortSignal,
  show: (dataset: LoadedDataset) => void,
): Promise<OpenedFile> {
  signal.throwIfAborted();
  const { name, kept } = indexed;
  const savedAt = new Date().toISOString();
  const size = kept.files.reduce((sum, file) => sum + file.size, 0);
  const dataset = indexedDataset(indexed, leftOut, { kind: 'file', name, size, savedAt });
  show(dataset);
  const [file] = kept.files;
  if (!file) return { dataset, kept: false };
  const saved = await saveDataset({ name, size, savedAt, file, import: kept });
  return { dataset, kept: saved };
}
