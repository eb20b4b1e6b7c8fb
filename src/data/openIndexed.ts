/**
 * Opens a dataset an import read straight into its index (Parquet files: importIndex.ts): shown
 * as it comes from the import worker, with no second reading by the dataset worker; then kept
 * for the next visit as the JSON the import would otherwise have written (indexJson.ts).
 */
import { DatasetIndex } from '@/domain/query/datasetIndex';
import type { IndexData } from '@/domain/query/indexData';
import type { Problem } from '@/domain/dataset/problems';
import type { LoadedDataset, OpenedFile } from './datasetQuery';
import { datasetJson } from './indexJson';
import { saveDataset } from './savedDataset';

/** An import's dataset as its index, and the name of the JSON file it stands for. */
export interface IndexedImport {
  data: IndexData;
  name: string;
}

/** Lets the page draw between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function openIndexedImport(
  { data, name }: IndexedImport,
  leftOut: readonly Problem[],
  signal: AbortSignal,
  show: (dataset: LoadedDataset) => void,
): Promise<OpenedFile> {
  signal.throwIfAborted();
  const json = datasetJson(data);
  const savedAt = new Date().toISOString();
  const origin = { kind: 'file', name, size: json.size, savedAt } as const;
  const dataset: LoadedDataset = { index: new DatasetIndex(data), leftOut: [...leftOut], origin };
  show(dataset);
  const file = await json.file(name, nextTask);
  // A later choice made meanwhile is kept rather than this one (it has aborted this open).
  if (signal.aborted) return { dataset, kept: false };
  const kept = await saveDataset({ name, size: file.size, savedAt, file });
  return { dataset, kept };
}
