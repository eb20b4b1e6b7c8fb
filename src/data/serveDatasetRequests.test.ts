import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BAD_DATASETS } from '../../tests/fixtures/bad/cases';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { indexBuffers } from '@/domain/query/indexData';
import { RecordReader } from '@/domain/query/records';
import type { DiplomaticEvent, Quote } from '@/domain/dataset/schema';
import { serveDatasetRequests, type DatasetWorkerScope } from './serveDatasetRequests';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** The worker's global scope: what it posts is kept, and the test sends it requests. */
const scope: DatasetWorkerScope & { posted: WorkerMessage[] } = {
  posted: [],
  postMessage(message) {
    scope.posted.push(message);
  },
  onmessage: null,
  onmessageerror: null,
};
serveDatasetRequests(scope);

/** Sends a request and waits for the worker's answer to end (its last message). */
async function ask(data: WorkerRequest): Promise<WorkerMessage[]> {
  scope.posted = [];
  await scope.onmessage?.({ data });
  return scope.posted;
}

const fileWith = (text: () => Promise<string>) => ({ text }) as unknown as Blob;

describe('the dataset worker', () => {
  it('sends a valid file back as its index, once', async () => {
    const text = JSON.stringify(makeSampleDataset());
    const posted = await ask({ file: fileWith(async () => text), name: 'sample.json' });
    expect(posted.map((m) => m.type)).toEqual(['index']);
  });

  it("moves the index's arrays to the page in buffers it transfers, not copies", async () => {
    const transferred: Transferable[][] = [];
    let sent: WorkerMessage | null = null;
    const own: DatasetWorkerScope = {
      postMessage: (message, transfer) => {
        sent = message;
        transferred.push(transfer ?? []);
      },
      onmessage: null,
      onmessageerror: null,
    };
    serveDatasetRequests(own);
    const text = JSON.stringify(makeSampleDataset());
    await own.onmessage?.({ data: { file: fileWith(async () => text), name: 'sample.json' } });
    const message = sent as WorkerMessage | null;
    if (message?.type !== 'index') throw new Error('no index was sent');
    const buffers = transferred[0] ?? [];
    // Every typed array of the index (the records' bytes among them) goes, none twice.
    expect(buffers).toEqual(indexBuffers(message.data));
    expect(buffers.length).toBeGreaterThan(40);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    for (const chunk of message.data.eventRecords.packed.chunks)
      expect(buffers).toContain(chunk.buffer);
  });

  it('reports an unexpected error as internal, not as a network failure', async () => {
    const posted = await ask({
      file: fileWith(() => Promise.reject(new TypeError('reading is not a function'))),
      name: 'odd.json',
    });
    expect(posted).toEqual([
      {
        type: 'error',
        kind: 'internal',
        detail: {
          code: 'unexpected',
          values: { name: 'TypeError', message: 'reading is not a function' },
        },
        problems: [],
        status: null,
      },
    ]);
  });

  it('says why a file is refused, naming it', async () => {
    const posted = await ask({ file: fileWith(async () => '{"events": [1,'), name: 'notes.json' });
    expect(posted).toMatchObject([
      {
        type: 'error',
        kind: 'json',
        detail: { code: 'invalid-dataset', values: { source: { file: 'notes.json' } } },
        problems: [{ code: 'json-syntax' }],
      },
    ]);
  });

  it('answers a request it cannot read with an error, so the page does not wait', () => {
    scope.posted = [];
    scope.onmessageerror?.({});
    expect(scope.posted).toMatchObject([
      { type: 'error', kind: 'internal', detail: { code: 'unreadable-message' } },
    ]);
  });
});

/** A worker of its own, reading downloads larger than `readInPiecesAbove` record by record. */
function worker(readInPiecesAbove?: number) {
  const posted: WorkerMessage[] = [];
  const own: DatasetWorkerScope = {
    postMessage: (message) => posted.push(message),
    onmessage: null,
    onmessageerror: null,
  };
  serveDatasetRequests(own, { readInPiecesAbove });
  return async (request: string | Blob) => {
    await own.onmessage?.({
      data: typeof request === 'string' ? { url: request } : { file: request, name: 'big.json' },
    });
    return posted;
  };
}

/**
 * The answer a worker sent, put together as the page does: the verdict and what it holds (each
 * record whole, in the order the file gave them).
 */
function answerOf(posted: WorkerMessage[]) {
  const error = posted.find((m) => m.type === 'error');
  if (error) return { ok: false as const, kind: error.kind, problems: error.problems };
  const index = posted.find((m) => m.type === 'index');
  if (!index) return { ok: true as const, finished: false };
  const { data } = index;
  const events = new RecordReader<DiplomaticEvent>(data.eventRecords.packed);
  const quotes = new RecordReader<Quote>(data.quoteRecords);
  return {
    ok: true as const,
    head: data.head,
    events: Array.from({ length: data.columns.count }, (_, slot) => events.read(slot)),
    quotes: Array.from({ length: data.quoteSlots.length }, (_, slot) => quotes.read(slot)),
    search: data.search,
    leftOut: index.leftOut,
    finished: true,
  };
}

const serve = (text: string) =>
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(text, { status: 200 })));

describe('a download', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports its progress, then sends the dataset', async () => {
    const text = JSON.stringify(makeSampleDataset());
    serve(text);
    const posted = await worker()('/data/events.json');
    expect(posted[0]).toEqual({ type: 'progress', loaded: 0, total: null });
    expect(posted.filter((m) => m.type === 'progress').at(-1)).toMatchObject({
      loaded: new TextEncoder().encode(text).byteLength,
    });
    const answer = answerOf(posted);
    expect(answer).toMatchObject({ ok: true, finished: true, leftOut: [] });
    expect(answer.ok && answer.events).toEqual(makeSampleDataset().events);
  });

  it('past the threshold, is read record by record, to the same records and problems', async () => {
    const data = makeSampleDataset();
    // One event with an impossible date: it and its quote are left out, and said so, both ways.
    data.events[2] = { ...data.events[2]!, date: '2023-02-30' };
    const text = JSON.stringify(data, null, 2);
    serve(text);
    const whole = answerOf(await worker()('/data/events.json'));
    serve(text);
    const inPieces = answerOf(await worker(100)('/data/events.json'));
    expect(whole.ok && whole.leftOut?.map((p) => p.path)).toEqual([
      'events[2].date',
      'quotes[1].eventId',
    ]);
    expect(inPieces).toEqual(whole);
  });

  it('an opened file past the threshold is read as it streams, to the same records and problems', async () => {
    const data = makeSampleDataset();
    data.events[2] = { ...data.events[2]!, date: '2023-02-30' };
    const file = new Blob([JSON.stringify(data, null, 2)]);
    const wholePosted = await worker()(file);
    // Read in pieces, the file is never read whole as one text: the sign it was streamed.
    const readWhole = vi.spyOn(file, 'text');
    const piecesPosted = await worker(100)(file);
    expect(readWhole).not.toHaveBeenCalled();
    const whole = answerOf(wholePosted);
    expect(whole.ok && whole.leftOut?.map((p) => p.path)).toEqual([
      'events[2].date',
      'quotes[1].eventId',
    ]);
    expect(answerOf(piecesPosted)).toEqual(whole);
  });

  it('names the address it could not find', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    expect(answerOf(await worker()('/data/gone.json'))).toEqual({
      ok: false,
      kind: 'http',
      problems: [],
    });
  });
});

describe('the bad corpus, read whole and record by record, gets one verdict', () => {
  afterEach(() => vi.unstubAllGlobals());
  const dir = fileURLToPath(new URL('../../tests/fixtures/bad/', import.meta.url));

  it.each(BAD_DATASETS.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    serve(text);
    const whole = answerOf(await worker()('/data/events.json'));
    serve(text);
    const inPieces = answerOf(await worker(10)('/data/events.json'));
    expect(whole.ok).toBe(!c.refused);
    expect(inPieces.ok).toBe(whole.ok);
    if (!whole.ok || !inPieces.ok) {
      expect(inPieces.ok ? null : inPieces.kind).toBe(whole.ok ? null : whole.kind);
      return;
    }
    expect(inPieces).toEqual(whole);
  });
});
