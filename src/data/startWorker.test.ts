import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWorker, workerBootstrap } from './startWorker';

/** A Worker as Chromium's is in a frame with an opaque origin: only blob: scripts may start. */
class SandboxedWorker {
  static made: SandboxedWorker[] = [];
  constructor(
    readonly url: string,
    readonly options?: WorkerOptions,
  ) {
    if (!url.startsWith('blob:'))
      throw new DOMException(
        `Script at '${url}' cannot be accessed from origin 'null'.`,
        'SecurityError',
      );
    SandboxedWorker.made.push(this);
  }
}

class OrdinaryWorker {
  constructor(
    readonly url: string,
    readonly options?: WorkerOptions,
  ) {}
}

const scripts = new Map<string, Blob>();

beforeEach(() => {
  SandboxedWorker.made = [];
  scripts.clear();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:null/${scripts.size}`;
    scripts.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.stubGlobal('location', new URL('https://example.org/app/embed.html?view=map'));
});
afterEach(() => vi.unstubAllGlobals());

describe('startWorker', () => {
  it('starts the worker from its own URL where it may', () => {
    vi.stubGlobal('Worker', OrdinaryWorker);
    const worker = startWorker('/app/assets/datasetWorker.js') as unknown as OrdinaryWorker;
    expect(worker).toBeInstanceOf(OrdinaryWorker);
    expect(worker.url).toBe('/app/assets/datasetWorker.js');
    expect(scripts.size).toBe(0);
  });

  it('in a sandboxed frame, starts a classic worker from a blob: URL that loads the script', async () => {
    vi.stubGlobal('Worker', SandboxedWorker);
    const worker = startWorker('/app/assets/datasetWorker.js') as unknown as SandboxedWorker;
    expect(SandboxedWorker.made).toEqual([worker]);
    // Classic: importScripts works there, and the built workers are classic scripts.
    expect(worker.options).toBeUndefined();
    const script = await scripts.get(worker.url)?.text();
    expect(script).toBe(workerBootstrap('https://example.org/app/assets/datasetWorker.js'));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(worker.url);
  });

  it('lets any other failure through', () => {
    vi.stubGlobal('Worker', function WorkersOff() {
      throw new TypeError('Workers are off');
    });
    expect(() => startWorker('/w.js')).toThrow('Workers are off');
  });
});

describe('workerBootstrap', () => {
  it('reads relative URLs against the script’s URL, then loads the script', async () => {
    const fetched: unknown[] = [];
    const imported: string[] = [];
    const scope = {
      fetch: (input: unknown) => {
        fetched.push(input);
        return Promise.resolve(new Response('{}'));
      },
    } as { fetch: (input: unknown, init?: unknown) => Promise<Response> };
    // Run as a worker runs it, as a script of its own, with stand-ins for its globals.
    runInNewContext(workerBootstrap('https://example.org/app/assets/w.js'), {
      self: scope,
      importScripts: (url: string) => imported.push(url),
      URL,
    });
    expect(imported).toEqual(['https://example.org/app/assets/w.js']);
    await scope.fetch('/app/data/events.json');
    await scope.fetch('https://other.example/x.json');
    expect(fetched).toEqual([
      'https://example.org/app/data/events.json',
      'https://other.example/x.json',
    ]);
  });

  it('quotes the URL as a string, whatever it holds', () => {
    expect(workerBootstrap('https://example.org/a";alert(1);"')).toContain(
      'const base = "https://example.org/a\\";alert(1);\\"";',
    );
  });
});
