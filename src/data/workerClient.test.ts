import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, lastWorker } from '../../tests/fixtures/fakeWorker';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { DatasetError } from './datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import { shouldRetryDataset } from './datasetQuery';
import { validateInWorker } from './workerClient';
import type { IndexData } from '@/domain/query/indexData';

beforeEach(() => {
  FakeWorker.reset();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const request = { url: '/data/events.json' };
const load = (signal?: AbortSignal) => validateInWorker(request, signal, () => {});

describe('validateInWorker', () => {
  it('gathers what the worker sends, then stops it', async () => {
    const loading = load();
    lastWorker().sendDataset(makeSampleDataset());
    const { index, leftOut } = await loading;
    // In the index's order: by day.
    expect(Array.from({ length: index.eventCount }, (_, p) => index.idAt(p))).toEqual([
      'e2',
      'e1',
      'e3',
      'e4',
    ]);
    expect(leftOut).toEqual([]);
    expect(lastWorker().terminated).toBe(true);
  });

  it('reports an unexpected error in the worker as what it is, and it is not retried', async () => {
    const loading = load();
    lastWorker().send({
      type: 'error',
      kind: 'internal',
      detail: detail('unexpected', { name: 'RangeError', message: 'Invalid array length' }),
      problems: [],
      status: null,
    });
    const error = await loading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toMatchObject({ kind: 'internal', detail: { code: 'unexpected' } });
    expect(shouldRetryDataset(0, error)).toBe(false);
  });

  it('ends the load with an error when a message cannot be read, instead of waiting', async () => {
    const loading = load();
    lastWorker().garble();
    await expect(loading).rejects.toMatchObject({
      kind: 'internal',
      detail: { code: 'unreadable-message' },
    });
    expect(lastWorker().terminated).toBe(true);
  });

  it('says the worker failed when its script does, and does not call that the network', async () => {
    const loading = load();
    lastWorker().crash('Failed to fetch the script');
    await expect(loading).rejects.toMatchObject({
      kind: 'internal',
      detail: { code: 'worker-failed', values: { message: 'Failed to fetch the script' } },
    });
  });

  it('ends the load with an error when the index sent cannot be read, not a blank page', async () => {
    const loading = load();
    const data = { head: null } as unknown as IndexData;
    lastWorker().send({ type: 'index', data, leftOut: [] });
    await expect(loading).rejects.toMatchObject({ kind: 'internal' });
    expect(lastWorker().terminated).toBe(true);
  });

  it('passes on the problems of a refused dataset', async () => {
    const loading = load();
    const problems = [{ path: '', code: 'json-empty' as const, values: {} }];
    lastWorker().send({
      type: 'error',
      kind: 'json',
      detail: detail('invalid-dataset', { source: { url: request.url } }),
      problems,
      status: null,
    });
    await expect(loading).rejects.toMatchObject({ kind: 'json', problems });
  });

  it('does not start a worker for a load cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(load(controller.signal)).rejects.toBe(controller.signal.reason);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('stops the worker when the load is cancelled, and takes nothing it sends after', async () => {
    const controller = new AbortController();
    const loading = load(controller.signal);
    const worker = lastWorker();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    worker.sendDataset(makeSampleDataset());
    await expect(loading).rejects.toBe(controller.signal.reason);
    expect(worker.terminated).toBe(true);
  });

  it('stops listening to the signal once the load is over', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const loading = load(controller.signal);
    lastWorker().sendDataset(makeSampleDataset());
    await loading;
    const listener = add.mock.calls.find(([type]) => type === 'abort')?.[1];
    expect(listener).toBeTypeOf('function');
    expect(remove).toHaveBeenCalledWith('abort', listener);
  });
});

describe('shouldRetryDataset', () => {
  it('retries what may pass on a second try, never a fault in the reading itself', () => {
    const network = new DatasetError('network', detail('unreachable', { url: request.url }));
    expect(shouldRetryDataset(0, network)).toBe(true);
    expect(shouldRetryDataset(2, network)).toBe(false);
    expect(shouldRetryDataset(0, new TypeError('x is undefined'))).toBe(false);
  });

  it('says the browser cannot read data when it has no workers, naming what was asked', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(
      validateInWorker({ file: new Blob([]), name: 'mine.json' }, undefined, () => {}),
    ).rejects.toMatchObject({
      kind: 'unsupported',
      detail: { code: 'no-workers', values: { source: { file: 'mine.json' } } },
    });
    await expect(load()).rejects.toMatchObject({
      detail: { values: { source: { url: '/data/events.json' } } },
    });
  });
});
