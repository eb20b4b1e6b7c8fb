/**
 * A Parquet file read by hyparquet (with hyparquet-compressors for the codecs past Snappy), loaded
 * only when a Parquet file is chosen: its own chunk of the import worker. It reads column by
 * column, a row group at a time, and only the columns asked for: the rows are never made into
 * objects here (domain/import/columnar.ts looks each row's fields up in the columns).
 * docs/SCALING.md says why hyparquet rather than DuckDB-Wasm.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { ColumnBatch } from '@/domain/import/columnar';

export interface ParquetSource {
  /** The top-level columns' names. */
  names: string[];
  rows: number;
  /** The rows, a row group at a time (`rowEnd`: stop there), as the columns named. */
  batches(columns: readonly string[], rowEnd?: number): AsyncGenerator<ColumnBatch>;
  /** How far a batch ending at `row` is through the file's bytes (for progress). */
  bytesBefore(row: number): number;
}

const bufferOf = (blob: Blob): AsyncBuffer => ({
  byteLength: blob.size,
  slice: (start, end) => blob.slice(start, end).arrayBuffer(),
});

export async function openParquet(blob: Blob): Promise<ParquetSource> {
  const file = bufferOf(blob);
  const metadata = await parquetMetadataAsync(file);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const groups: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    groups.push({ start, end, bytes: Number(group.total_byte_size) });
    start = end;
  }
  const total = groups.reduce((sum, g) => sum + g.bytes, 0) || 1;
  return {
    names,
    rows: Number(metadata.num_rows),
    bytesBefore(row) {
      let bytes = 0;
      for (const group of groups) if (group.end <= row) bytes += group.bytes;
      return Math.round((bytes / total) * blob.size);
    },
    async *batches(columns, rowEnd = Infinity) {
      for (const group of groups) {
        if (group.start >= rowEnd) return;
        const end = Math.min(group.end, rowEnd);
        const read = new Map<string, ArrayLike<unknown>>();
        await parquetRead({
          file,
          metadata,
          columns: [...columns],
          rowStart: group.start,
          rowEnd: end,
          compressors,
          onChunk: ({ columnName, columnData, rowStart }) => {
            // A chunk may begin before the rows asked for: cut to them.
            const from = group.start - rowStart;
            read.set(columnName, columnData.slice(from, from + (end - group.start)));
          },
        });
        yield {
          rowStart: group.start,
          length: end - group.start,
          column: (name) => read.get(name),
        };
      }
    },
  };
}
