/**
 * A Parquet file's columns read in a worker of their own (parquetWorker.ts), so that on a machine
 * with two cores the next row group is decoded while the import maps this one (issue 21: decoding
 * is a fifth of a million rows' import). What goes between the two is built to cost little to
 * send and to read: numbers as one Float64Array (a null is NaN, as a delimited file's empty field
 * reads the same: fieldText gives "" for both), text as each distinct value once and an
 * Int32Array of which (−1: none), so that the rows name the very same strings, as hyparquet's own
 * dictionaries give them; anything else (a big integer past 2^53, a date) as it was.
 */
import type { ColumnBatch } from '@/domain/import/columnar';

export type SentColumn =
  | { name: string; kind: 'numbers'; values: Float64Array }
  | { name: string; kind: 'texts'; distinct: string[]; codes: Int32Array }
  | { name: string; kind: 'values'; values: unknown[] };

export interface SentBatch {
  rowStart: number;
  length: number;
  columns: SentColumn[];
}

/** What the page's import worker asks of the Parquet worker. */
export type ParquetRequest =
  | { type: 'read'; blob: Blob; columns: string[] }
  /** One more batch may be sent (it keeps at most a few ahead). */
  | { type: 'next' };

export type ParquetMessage =
  { type: 'batch'; batch: SentBatch } | { type: 'done' } | { type: 'failed'; message: string };

/** A column as sent: its numbers or its texts, else as it is. */
export function sendColumn(name: string, column: ArrayLike<unknown>): SentColumn {
  const n = column.length;
  let numbers = true;
  let texts = true;
  for (let i = 0; i < n && (numbers || texts); i++) {
    const value = column[i];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') numbers = false;
    else if (typeof value === 'number') texts = false;
    else if (typeof value === 'bigint' && Number.isSafeInteger(Number(value))) texts = false;
    else numbers = texts = false;
  }
  if (numbers && (n === 0 || !texts)) {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const value = column[i];
      values[i] = value === null || value === undefined ? Number.NaN : Number(value);
    }
    return { name, kind: 'numbers', values };
  }
  if (texts) {
    const distinct: string[] = [];
    const known = new Map<string, number>();
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const value = column[i];
      if (typeof value !== 'string') {
        codes[i] = -1;
        continue;
      }
      let code = known.get(value);
      if (code === undefined) known.set(value, (code = distinct.push(value) - 1));
      codes[i] = code;
    }
    return { name, kind: 'texts', distinct, codes };
  }
  return { name, kind: 'values', values: Array.from(column) };
}

/** The buffers of a batch, to transfer rather than copy. */
export const sentBuffers = (batch: SentBatch): ArrayBuffer[] =>
  batch.columns.flatMap((column) =>
    column.kind === 'numbers'
      ? [column.values.buffer as ArrayBuffer]
      : column.kind === 'texts'
        ? [column.codes.buffer as ArrayBuffer]
        : [],
  );

/** A column as the import reads it (columnar.ts): its values, a row at a time. */
export function receivedColumn(column: SentColumn): ArrayLike<unknown> {
  if (column.kind !== 'texts') return column.values;
  const { distinct, codes } = column;
  const values = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) values[i] = distinct[codes[i] ?? -1] ?? null;
  return values;
}

export function receivedBatch(sent: SentBatch): ColumnBatch {
  const columns = new Map(sent.columns.map((c) => [c.name, receivedColumn(c)] as const));
  return { rowStart: sent.rowStart, length: sent.length, column: (name) => columns.get(name) };
}

/**
 * The batches of a Parquet file, read in a worker of their own where one can be started (not
 * where the page's origin is opaque: an embed in `<iframe sandbox>`, startWorker.ts), else here;
 * also here if that worker fails before its first batch.
 */
export async function* parquetBatches(
  readHere: () => AsyncGenerator<ColumnBatch>,
  blob: Blob,
  columns: string[],
): AsyncGenerator<ColumnBatch> {
  const worker = startParquetWorker();
  if (worker) {
    let first = true;
    try {
      for await (const batch of fromWorker(worker, blob, columns)) {
        first = false;
        yield batch;
      }
      return;
    } catch (error) {
      if (!first) throw error;
    }
  }
  yield* readHere();
}

function startParquetWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

async function* fromWorker(
  worker: Worker,
  blob: Blob,
  columns: string[],
): AsyncGenerator<ColumnBatch> {
  const queue: ParquetMessage[] = [];
  let wake: (() => void) | null = null;
  const arrive = (message: ParquetMessage) => {
    queue.push(message);
    wake?.();
    wake = null;
  };
  worker.onmessage = ({ data }: MessageEvent<ParquetMessage>) => arrive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    arrive({ type: 'failed', message: event.message || 'The Parquet reader did not start.' });
  };
  worker.onmessageerror = () => arrive({ type: 'failed', message: 'A batch could not be read.' });
  const ask = (request: ParquetRequest) => worker.postMessage(request);
  ask({ type: 'read', blob, columns });
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift();
      if (message === undefined || message.type === 'done') return;
      if (message.type === 'failed') throw new Error(message.message);
      ask({ type: 'next' });
      yield receivedBatch(message.batch);
    }
  } finally {
    worker.terminate();
  }
}
