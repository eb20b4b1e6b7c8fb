import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from './datasetErrors';
import { downloadDataset, joinText, MAX_TEXT_LENGTH, STALL_TIMEOUT_MS } from './download';

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

  it('hands a download past the threshold to the large file’s reader, piece by piece', async () => {
    const text = '{"sources": [], "people": []}';
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(text)));
    const pieces: string[] = [];
    const result = await downloadDataset(URL, undefined, () => {}, {
      onPiece: (piece) => pieces.push(piece),
      above: 10,
    });
    expect(result).toBeNull();
    expect(pieces.join('')).toBe(text);
  });

  it('keeps a download under the threshold as one text', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    const onPiece = vi.fn();
    await expect(downloadDataset(URL, undefined, () => {}, { onPiece, above: 10 })).resolves.toBe(
      '{}',
    );
    expect(onPiece).not.toHaveBeenCalled();
  });

  it.each([
    [404, 'Not Found', 'not-found', '404 Not Found'],
    [503, '', 'server-error', '503'],
  ])('names an HTTP %i by its status', async (status, statusText, code, said) => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status, statusText })));
    await expect(downloadDataset(URL, undefined, () => {})).rejects.toMatchObject({
      kind: 'http',
      status,
      detail: { code, values: { url: URL, status: said } },
    });
  });

  it('calls a server that cannot be reached a network failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(downloadDataset(URL, undefined, () => {})).rejects.toMatchObject({
      kind: 'network',
      detail: { code: 'unreachable' },
    });
  });
});

describe('a download that stops', () => {
  afterEach(() => vi.useRealTimers());

  it('is given up when no answer comes for 30 seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    );
    const result = downloadDataset(URL, undefined, () => {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS);
    expect(await result).toMatchObject({
      kind: 'timeout',
      detail: { code: 'no-answer', values: { url: URL, seconds: 30 } },
    });
  });

  it('is given up when its bytes stop coming for 30 seconds', async () => {
    vi.useFakeTimers();
    const silent = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"sour'));
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(silent)));
    const result = downloadDataset(URL, undefined, () => {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS);
    expect(await result).toMatchObject({
      kind: 'timeout',
      detail: { code: 'stalled', values: { url: URL, seconds: 30 } },
    });
  });
});

describe('joinText', () => {
  it('says a text longer than a string can hold is too large, not that it broke off', () => {
    const tooLong = Object.assign(['a'], {
      join(): string {
        throw new RangeError('Invalid string length');
      },
    });
    expect(() => joinText(tooLong, URL, 600_000_000)).toThrow(
      expect.objectContaining({
        kind: 'too-large',
        detail: {
          code: 'text-too-long',
          values: { url: URL, bytes: 600_000_000, maxCharacters: MAX_TEXT_LENGTH },
        },
      }),
    );
  });
});
