/**
 * Loading: the floor (a bare page that only downloads and parses the same file) and the app's
 * load (until its status line counts every event), as the earlier bench measured them.
 */
import type { Browser, Page } from '@playwright/test';

export interface Floor {
  ms: number;
  error: string | null;
}

/** A bare page of the same origin fetches the file and JSON.parses it. */
export async function measureFloor(browser: Browser, base: string, url: string): Promise<Floor> {
  const bare = await browser.newPage();
  try {
    await bare.goto(`${base}/favicon.svg`);
    return await bare.evaluate(async (u) => {
      const start = performance.now();
      try {
        JSON.parse(await (await fetch(u)).text());
        return { ms: performance.now() - start, error: null };
      } catch (error) {
        // Past V8's longest string (about 1.2 GB of JSON for a million events) the bare page
        // cannot hold the file as one text.
        return { ms: NaN, error: `${(error as Error).name}: ${(error as Error).message}` };
      }
    }, url);
  } catch (error) {
    // At a million events the bare page's renderer runs out of memory and dies.
    return {
      ms: NaN,
      error: `the bare page crashed: ${(error as Error).message.split('\n')[0] ?? ''}`,
    };
  } finally {
    await bare.close().catch(() => undefined);
  }
}

export type LoadOutcome = { ms: number; failure: null } | { ms: null; failure: string };

/**
 * Opens the app (its dataset request answered with `datasetPath`) and waits until the status line
 * counts every event ("Showing 100,000 of 100,000 events"), or the app says why it cannot. The
 * time is from navigation start, in the page's clock.
 */
export async function loadApp(
  page: Page,
  base: string,
  datasetPath: string,
  size: number,
): Promise<LoadOutcome> {
  await page.route('**/data/events.json', (route) =>
    route.continue({ url: `${base}${datasetPath}` }),
  );
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(`${base}/?lang=en`);
  const count = size.toLocaleString('en-GB');
  const outcome = await page
    .waitForFunction(
      (expected) => {
        const status = document.querySelector('section[aria-label="Filters"] [role="status"]');
        if (status?.textContent?.includes(expected)) return 'loaded';
        const alert = document.querySelector('.message--error');
        return alert ? `refused: ${alert.textContent ?? ''}` : false;
      },
      `Showing ${count} of ${count} events`,
      { timeout: 900_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue())
    .catch((error: Error) => (crashed ? 'the page crashed' : `failed: ${error.message}`));
  if (outcome !== 'loaded') return { ms: null, failure: String(outcome) };
  return { ms: await page.evaluate(() => performance.now()), failure: null };
}
