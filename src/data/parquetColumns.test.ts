/**
 * A Parquet file's columns as the Parquet worker sends them and the import reads them
 * (parquetColumns.ts): every value reads as it did (as columnar.ts's fieldText writes it), a row
 * group at a time, from a worker or, where none starts, here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldText, type ColumnBatch } from '@/domain/import/columnar';
import { GDELT_2_COLUMNS } from '@/domain/import/formats';
import { gdeltParquet, gdeltRows } from '../../tests/fixtures/import/parquet';
import {
  parquetBatches,
  receivedBatch,
  receivedColumn,
  sendColumn,
  sentBuffers,
  type ParquetMessage,
  type ParquetRequest,
  type SentBatch,
} from './parquetColumns';
import { openParquet } from './parquetSource';

const texts = (column: ArrayLike<unknown> | undefined) => Array.from(column ?? [], fieldText);

describe('a column sent and received', () => {
  it.each([
    ['doubles with nulls, −0, NaN and infinities', [1.5, null, -0, Number.NaN, -Infinity, 2]],
    ['INT64s as big integers, with a null', [20220101n, null, 1022431001n]],
    ['a big integer past 2^53, kept as it is', [2n ** 60n, 1n]],
    ['text, repeated and missing', ['USA', 'RUS', 'USA', null, ' Moscow ', '']],
    ['nothing but nulls', [null, null]],
    ['mixed kinds, kept as they are', ['x', 1, true, null]],
  ])('%s: reads as it did', (_, values) => {
    const sent = sendColumn('c', values);
    expect(texts(receivedColumn(structuredClone(sent)))).toEqual(texts(values));
  });

  it('sends numbers and text codes as typed arrays, and each distinct text once', () => {
    const sent = sendColumn('c', ['a', 'b', 'a', 'a', null]);
    expect(sent).toMatchObject({ kind: 'texts', distinct: ['a', 'b'] });
    expect(sent.kind === 'texts' && [...sent.codes]).toEqual([0, 1, 0, 0, -1]);
    const numbers = sendColumn('n', [1, null]);
    expect(numbers.kind).toBe('numbers');
    const batch: SentBatch = { rowStart: 0, length: 2, columns: [sent, numbers] };
    expect(sentBuffers(batch)).toHaveLength(2);
  });

  it('gives the rows the very same string for the same text (lookups by text stay cheap)', () => {
    const [a, b] = receivedColumn(
      sendColumn('c', ['http://x.org/a', 'http://x.org/a']),
    ) as string[];
    expect(a).toBe(b);
    expect(receivedBatch({ rowStart: 5, length: 2, columns: [] }).rowStart).toBe(5);
  });
});

/** A worker in this thread: reads the file as parquetWorker.ts does and answers by messages. */
class ThreadWorker {
  static made = 0;
  onmessage: ((event: MessageEvent<ParquetMessage>) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    ThreadWorker.made += 1;
  }
  postMessage(request: ParquetRequest) {
    if (request.type !== 'read') return;
    void (async () => {
      const parquet = await openParquet(request.blob);
      for await (const batch of parquet.batches(request.columns)) {
        const columns = request.columns.map((name) => sendColumn(name, batch.column(name) ?? []));
        const sent = structuredClone({ rowStart: batch.rowStart, length: batch.length, columns });
        this.onmessage?.(new MessageEvent('message', { data: { type: 'batch', batch: sent } }));
      }
      this.onmessage?.(new MessageEvent('message', { data: { type: 'done' } }));
    })();
  }
  terminate() {
    this.terminated = true;
  }
}

async function collect(batches: AsyncGenerator<ColumnBatch>, columns: string[]) {
  const rows: string[][] = [];
  for await (const batch of batches)
    for (let i = 0; i < batch.length; i++)
      rows.push(columns.map((c) => fieldText(batch.column(c)?.[i])));
  return rows;
}

describe('a Parquet file’s batches', () => {
  afterEach(() => vi.unstubAllGlobals());
  const blob = new Blob([gdeltParquet(2, gdeltRows(2, 12), 40)]);
  const columns = ['GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'GoldsteinScale', 'ActionGeo_Lat'];
  const here = async () => (await openParquet(blob)).batches(columns);

  it('come from a worker where one starts, row for row as read here', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    ThreadWorker.made = 0;
    const expected = await collect(await here(), columns);
    const readHere = vi.fn(() => {
      throw new Error('read here');
    });
    const got = await collect(parquetBatches(readHere, blob, columns), columns);
    expect(ThreadWorker.made).toBe(1);
    expect(readHere).not.toHaveBeenCalled();
    expect(got).toEqual(expected);
    expect(got.length).toBeGreaterThan(40);
    expect(GDELT_2_COLUMNS).toEqual(expect.arrayContaining(columns));
  });

  it('are read here where no worker starts, or the worker fails before its first batch', async () => {
    const expected = await collect(await here(), columns);
    // Where the page's origin is opaque (a sandboxed embed), starting a worker throws.
    vi.stubGlobal('Worker', function NoWorker() {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    const readHere = await here();
    expect(
      await collect(
        parquetBatches(() => readHere, blob, columns),
        columns,
      ),
    ).toEqual(expected);
    class Failing extends ThreadWorker {
      postMessage() {
        queueMicrotask(() => this.onerror?.({ message: 'no script', preventDefault() {} }));
      }
    }
    vi.stubGlobal('Worker', Failing);
    const again = await here();
    expect(
      await collect(
        parquetBatches(() => again, blob, columns),
        columns,
      ),
    ).toEqual(expected);
  });
});
