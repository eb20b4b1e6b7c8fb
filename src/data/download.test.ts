import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from './datasetErrors';
import { downloadDataset } from './download';

const URL = '/data/events.json';

/** A body that sends `first`, then fails as a dropped connection does. */
function breakingBody(first: string) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
    pull(controller) {
      controller.error(new TypeError('network error'));
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downloadDataset', () => {
  it('does not start a download that was cancelled before it began', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(downloadDataset(URL, controller.signal, () => {})).rejects.toBe(
      controller.signal.reason,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('stops listening to the signal once the download is over', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await expect(downloadDataset(URL, controller.signal, () => {})).resolves.toBe('{}');
    const listener = add.mock.calls.find(([type]) => type === 'abort')?.[1];
    expect(listener).toBeTypeOf('function');
    expect(remove).toHaveBeenCalledWith('abort', listener);
  });

  it('calls a body that breaks off an interrupted download: a network failure, retried', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(breakingBody('{"sour'))));
    await expect(downloadDataset(URL, undefined, () => {})).rejects.toMatchObject({
      kind: 'network',
      detail: { code: 'interrupted', values: { url: URL } },
    });
  });

  it('reports an error of its own while reading as internal, not as an interrupted download', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"sources": []}')));
    const error = await downloadDataset(URL, undefined, ({ loaded }) => {
      if (loaded > 0) throw new RangeError('Invalid string length');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toMatchObject({
      kind: 'internal',
      detail: { code: 'unexpected', values: { name: 'RangeError' } },
    });
  });
});
