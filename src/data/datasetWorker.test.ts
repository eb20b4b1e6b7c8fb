import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** The worker's global scope: what it posts is kept, and the test sends it requests. */
const scope = {
  posted: [] as WorkerMessage[],
  postMessage(message: WorkerMessage) {
    scope.posted.push(message);
  },
  onmessage: null as ((event: { data: WorkerRequest }) => Promise<void>) | null,
  onmessageerror: null as ((event: unknown) => void) | null,
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./datasetWorker');
  vi.unstubAllGlobals();
});

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
