/**
 * The Parquet worker's own code (parquetWorker.ts), run here with a stand-in for its scope: every
 * row group sent as it is read, its arrays' buffers transferred, then `done`; a file that is not
 * Parquet answered by `failed`, never by silence.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gdeltParquet, gdeltRows } from '../../tests/fixtures/import/parquet';
import type { ParquetMessage, ParquetRequest } from './parquetColumns';

interface Posted {
  message: ParquetMessage;
  transfer: Transferable[];
}

let posted: Posted[];
let scope: {
  onmessage: ((event: { data: ParquetRequest }) => void) | null;
  postMessage: (message: ParquetMessage, transfer?: Transferable[]) => void;
};

beforeEach(async () => {
  posted = [];
  scope = {
    onmessage: null,
    postMessage: (message, transfer = []) => {
      posted.push({ message, transfer });
      // The import takes each batch as it comes and asks for one more.
      if (message.type === 'batch')
        queueMicrotask(() => scope.onmessage?.({ data: { type: 'next' } }));
    },
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./parquetWorker');
});
afterEach(() => vi.unstubAllGlobals());

const COLUMNS = ['GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'GoldsteinScale'];

describe('the Parquet worker', () => {
  it('sends every row group as it is read, with its buffers transferred, then done', async () => {
    const rows = gdeltRows(2, 12);
    const blob = new Blob([gdeltParquet(2, rows, 40)]);
    scope.onmessage?.({ data: { type: 'read', blob, columns: COLUMNS } });
    await vi.waitFor(() => expect(posted.at(-1)?.message.type).toBe('done'));
    const batches = posted.flatMap(({ message, transfer }) =>
      message.type === 'batch' ? [{ batch: message.batch, transfer }] : [],
    );
    expect(batches.length).toBe(Math.ceil(rows.length / 40));
    expect(batches.reduce((sum, { batch }) => sum + batch.length, 0)).toBe(rows.length);
    for (const { batch, transfer } of batches) {
      expect(batch.columns.map((c) => c.name)).toEqual(COLUMNS);
      expect(batch.columns.map((c) => c.kind)).toEqual(['numbers', 'numbers', 'texts', 'numbers']);
      expect(transfer).toHaveLength(COLUMNS.length);
    }
  });

  it('answers a file that is not Parquet with failed, and why', async () => {
    scope.onmessage?.({
      data: { type: 'read', blob: new Blob(['not parquet']), columns: COLUMNS },
    });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]?.message).toMatchObject({ type: 'failed', message: expect.any(String) });
  });
});
