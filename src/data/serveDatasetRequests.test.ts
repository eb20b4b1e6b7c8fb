import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BAD_DATASETS } from '../../tests/fixtures/bad/cases';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { buildSearchChunk } from '@/domain/store/searchColumn';
import { TextReader, unpackEvents, unpackQuotes } from '@/domain/store/storedRecords';
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
  it('sends a valid file back as a head, its records and the end', async () => {
    const text = JSON.stringify(makeSampleDataset());
    const posted = await ask({ file: fileWith(async () => text), name: 'sample.json' });
    expect(posted.map((m) => m.type)).toEqual(['head', 'events', 'quotes', 'done']);
  });

  it("moves the records' text to the page in buffers it transfers, not copies", async () => {
    const transferred: Transferable[][] = [];
    const own: DatasetWorkerScope = {
      postMessage: (message, transfer) => {
        if (message.type === 'events' || message.type === 'quotes')
          transferred.push(transfer ?? []);
      },
      onmessage: null,
      onmessageerror: null,
    };
    serveDatasetRequests(own);
    const text = JSON.stringify(makeSampleDataset());
    await own.onmessage?.({ data: { file: fileWith(async () => text), name: 'sample.json' } });
    expect(transferred).toHaveLength(2);
    // The quotes' message also moves the ends of its search chunk.
    expect(transferred.map((buffers) => buffers.length)).toEqual([2, 3]);
    for (const buffers of transferred) {
      expect(buffers.every((b) => b instanceof ArrayBuffer && b.byteLength > 0)).toBe(true);
    }
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
 * record whole, as JSON.stringify writes it).
 */
function answerOf(posted: WorkerMessage[]) {
  const reader = new TextReader();
  const error = posted.find((m) => m.type === 'error');
  if (error) return { ok: false as const, kind: error.kind, problems: error.problems };
  const head = posted.find((m) => m.type === 'head');
  const done = posted.find((m) => m.type === 'done');
  return {
    ok: true as const,
    head: head?.dataset,
    events: posted.flatMap((m) =>
      m.type === 'events' ? unpackEvents(m.items, reader).map((e) => e.toJSON()) : [],
    ),
    quotes: posted.flatMap((m) =>
      m.type === 'quotes' ? unpackQuotes(m.items, reader).map((q) => q.toJSON()) : [],
    ),
    search: posted.flatMap((m) => (m.type === 'quotes' ? [m.search] : [])),
    leftOut: done?.leftOut ?? head?.leftOut,
    finished: done !== undefined,
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
    // The quotes' search text, speakers named from the head, the same both ways.
    const people = new Map(data.people.map((p) => [p.id, p]));
    expect(whole.ok && whole.search).toEqual([
      buildSearchChunk(whole.ok ? whole.quotes : [], people),
    ]);
  });

  it('an opened file past the threshold is read as it streams, to the same records and problems', async () => {
    const data = makeSampleDataset();
    data.events[2] = { ...data.events[2]!, date: '2023-02-30' };
    const file = new Blob([JSON.stringify(data, null, 2)]);
    const wholePosted = await worker()(file);
    const piecesPosted = await worker(100)(file);
    const whole = answerOf(wholePosted);
    expect(whole.ok && whole.leftOut?.map((p) => p.path)).toEqual([
      'events[2].date',
      'quotes[1].eventId',
    ]);
    expect(answerOf(piecesPosted)).toEqual(whole);
    // Read in pieces, the head goes before the records are checked, so the list of what was left
    // out comes with the end: the sign that the file was streamed, not read whole.
    const headOf = (posted: WorkerMessage[]) => posted.find((m) => m.type === 'head');
    expect(headOf(wholePosted)).toMatchObject({ leftOut: whole.ok ? whole.leftOut : [] });
    expect(headOf(piecesPosted)).toMatchObject({ leftOut: [] });
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
