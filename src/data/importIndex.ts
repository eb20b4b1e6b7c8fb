/**
 * An import read straight into the dataset's index (issue 21): the records the import keeps are
 * already checked and scored as a dataset file's are (domain/import/builder.ts runs the same
 * checks), so they go into the index one by one as the rows are read, never written as this
 * app's JSON and read and checked again by the dataset worker. Nothing is held as records: each
 * event is packed into the index as it is kept, and a GDELT row checked on its values
 * (gdeltColumns.ts) is kept as columns (`row`). The import worker uses it for Parquet files (a
 * million rows); the browser keeps the files themselves for the next visit (openIndexed.ts).
 */
import type { RecordSink } from '@/domain/import/builder';
import type { DatasetHead } from '@/domain/dataset/schema';
import type { Dyad } from '@/domain/scoring/tension';
import { IndexBuilder } from '@/domain/query/indexBuilder';

export interface IndexSink {
  sink: RecordSink;
  builder: IndexBuilder;
}

/**
 * A sink that indexes what the import keeps: the head as the import's JSON would have it (its
 * dyad, when one was chosen), its places, people and sources as they come.
 */
export function indexSink(dyad: Dyad | undefined): IndexSink {
  const head: DatasetHead = {
    ...(dyad === undefined ? {} : { dyad: [...dyad] }),
    sources: [],
    people: [],
    places: [],
  };
  const builder = new IndexBuilder(head);
  return {
    builder,
    sink: {
      sources: (source) => builder.addSource(source),
      people: (person) => builder.addPerson(person),
      places: (place) => builder.addPlace(place),
      events: (event) => builder.addEvent(event),
      row: (row) => builder.addRow(row),
      quotes: (quote) => builder.addQuote(quote),
    },
  };
}
