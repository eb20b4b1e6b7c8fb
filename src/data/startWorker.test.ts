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

  it('in a sandboxed frame, starts a classic worker from a blob: URL that imports the script', async () => {
    vi.stubGlobal('Worker', SandboxedWorker);
    const worker = startWorker('/app/assets/datasetWorker.js') as unknown as SandboxedWorker;
    expect(SandboxedWorker.made).toEqual([worker]);
    // Classic: a module worker from a blob: URL fails in an opaque origin; it imports the module.
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
  it('reads relative URLs against the script’s URL, imports it, and hands it the messages held meanwhile', async () => {
    const fetched: unknown[] = [];
    const imported: string[] = [];
    let loaded: () => void = () => {};
    const received: unknown[] = [];
    const scope = Object.assign(new EventTarget(), {
      fetch: (input: unknown) => {
        fetched.push(input);
        return Promise.resolve(new Response('{}'));
      },
    });
    const script = workerBootstrap('https://example.org/app/assets/w.js');
    expect(script).toContain('import(base).then(');
    // Run as a worker runs it, with stand-ins for its globals; node:vm's import() needs a flag,
    // so a stand-in takes its place.
    runInNewContext(script.replace('import(base)', 'importModule(base)'), {
      self: scope,
      importModule: (url: string) => {
        imported.push(url);
        // The module sets its listener once loaded, as the worker's module does.
        return new Promise<void>((resolve) => {
          loaded = () => {
            scope.addEventListener('message', (e) => received.push((e as MessageEvent).data));
            resolve();
          };
        });
      },
      URL,
      MessageEvent,
    });
    expect(imported).toEqual(['https://example.org/app/assets/w.js']);
    scope.dispatchEvent(new MessageEvent('message', { data: 'sent while loading' }));
    expect(received).toEqual([]);
    loaded();
    await vi.waitFor(() => expect(received).toEqual(['sent while loading']));
    expect(received).toEqual(['sent while loading']);
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
