/** A whole dataset indexed at once, on this thread: what the dataset worker does record by record. */
import type { Dataset } from '../dataset/schema';
import { DatasetIndex } from './datasetIndex';
import { IndexBuilder } from './indexBuilder';
import type { IndexData } from './indexData';

export function buildIndexData(
  dataset: Dataset,
  options?: ConstructorParameters<typeof IndexBuilder>[1],
): IndexData {
  const { events, quotes, ...head } = dataset;
  const builder = new IndexBuilder(head, options);
  for (const event of events) builder.addEvent(event);
  for (const quote of quotes) builder.addQuote(quote);
  return builder.finish();
}

export const indexDataset = (dataset: Dataset): DatasetIndex =>
  new DatasetIndex(buildIndexData(dataset));
