import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Dataset } from '@/domain/dataset/schema';
import { makeSampleDataset } from '../fixtures/sampleDataset';

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a request to
 * any origin but the page's own.
 */
export const test = base.extend<{
  guard: { problems: string[]; allow: (pattern: RegExp) => void };
}>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          new URL(url).origin !== origin
        ) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      // A test that provokes an error on purpose (a 500 from the server) allows its console line.
      await use({ problems, allow: (pattern) => allowed.push(pattern) });
      const unexpected = problems.filter((p) => !allowed.some((pattern) => pattern.test(p)));
      expect(unexpected, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Stops the page's clock (installed with page.clock.install() before the page loads) where it
 * is: from then on timers fire only as the test runs the clock, so a test decides exactly how
 * far playback goes and never waits on real time.
 */
export async function holdClock(page: Page) {
  // The clock runs while the test asks it the time: on a busy machine it can pass the moment
  // asked for before the pause arrives, so the pause is set a little ahead and tried again.
  for (let attempt = 0; ; attempt++) {
    const ahead = await page.evaluate(() => Date.now() + 50);
    try {
      await page.clock.pauseAt(ahead);
      return;
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('past')) throw error;
    }
  }
}

/** Where the app fetches its built-in dataset. */
export const DATASET_ROUTE = '**/data/events.json';

/** The small dataset the behaviour tests load instead of the shipped one (tests/fixtures). */
export const SAMPLE = makeSampleDataset();

/**
 * Serves `dataset` (the sample by default) as the built-in dataset, so that a behaviour test does
 * not depend on the shipped data, which is edited: only the smoke test reads that.
 */
export async function serveDataset(page: Page | BrowserContext, dataset: Dataset = SAMPLE) {
  await page.route(DATASET_ROUTE, (route) =>
    route.fulfill({
      body: JSON.stringify(dataset),
      contentType: 'application/json',
      // As the app's server answers: an embed in a sandboxed frame reads it cross-origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
}

export const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map' });
export const quotesRegion = (page: Page) => page.getByRole('region', { name: 'Quotes' });
export const timelineRegion = (page: Page) => page.getByRole('region', { name: 'Tone over time' });
export const statusLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing|Đang hiển thị/ });

/** The map's place markers: the buttons Leaflet makes of them, in either language. */
export const markers = (page: Page) => page.locator('.leaflet-marker-pane');

/**
 * Scrolls the map into view, as a reader does, and waits until it has drawn its markers: the map
 * is built when it comes near the screen (it starts below the chart, under the first screen).
 */
export async function waitForMarkers(page: Page, count: number) {
  // By its class, not its name: the page may be in either language.
  await page.locator('.panel--map').scrollIntoViewIfNeeded();
  await expect(markers(page).getByRole('button')).toHaveCount(count);
}

/** Scrolls the timeline into view and waits for the chart (built as soon as its code is in). */
export async function showTimeline(page: Page) {
  // By its class, not its name: the page may be in either language.
  const timeline = page.locator('.panel--timeline');
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('.recharts-surface').first()).toBeVisible();
}
