/**
 * Starts the app's workers (the dataset's and the import's), also where the page cannot start
 * them from their own URL: in an `<iframe sandbox>` without `allow-same-origin` the page's origin
 * is opaque (`null`), every file of the app is cross-origin to it, and Chromium refuses
 * `new Worker(url)` with a SecurityError. Such a page can still start a classic worker from a
 * `blob:` URL it made itself (a module worker from one fails there, measured in Chromium 150);
 * that worker imports the app's worker module with `import()` (the built workers are ES modules,
 * see vite.config.ts, fetched with CORS: the host sends `Access-Control-Allow-Origin: *`, see
 * scripts/securityHeaders.ts). Nothing is stored either way.
 */

/**
 * A worker running `scriptUrl` (the URL Vite gives for `./x.ts?worker&url`). It is an ordinary
 * worker from the app's own URL wherever it may be; otherwise the fallback above.
 */
export function startWorker(scriptUrl: string): Worker {
  try {
    return new Worker(scriptUrl, { type: 'module' });
  } catch (error) {
    if (!isSecurityError(error)) throw error;
    const absolute = new URL(scriptUrl, globalThis.location?.href).href;
    const blobUrl = URL.createObjectURL(
      new Blob([workerBootstrap(absolute)], { type: 'text/javascript' }),
    );
    try {
      return new Worker(blobUrl);
    } finally {
      // The worker holds its script from here on (a blob URL's entry is taken when it is parsed).
      URL.revokeObjectURL(blobUrl);
    }
  }
}

function isSecurityError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SecurityError';
}

/**
 * The script of the fallback worker. A worker from a `blob:` URL has that URL as its base, against
 * which no relative URL can be read (`fetch("/data/events.json")` would throw): relative URLs are
 * read against the script's own URL, as they are in a worker started from it. Messages that come
 * while the module loads are held and handed to it once it has set its listeners (a worker's
 * messages are not held for a module still loading: they would be lost).
 *
 * workerBootstrap("https://example.org/assets/w.js") →
 * `…const base = "https://example.org/assets/w.js";… import(base).then(…)…`
 */
export function workerBootstrap(absoluteScriptUrl: string): string {
  // JSON.stringify makes the URL a string literal, whatever characters it holds.
  return `"use strict";
const base = ${JSON.stringify(absoluteScriptUrl)};
const fetchFromBlob = self.fetch.bind(self);
self.fetch = (input, init) =>
  fetchFromBlob(typeof input === "string" ? new URL(input, base).href : input, init);
const held = [];
const hold = (event) => {
  held.push(event);
  event.stopImmediatePropagation();
};
self.addEventListener("message", hold);
import(base).then(() => {
  self.removeEventListener("message", hold);
  for (const event of held)
    self.dispatchEvent(new MessageEvent("message", { data: event.data, ports: [...event.ports] }));
});
`;
}
