/**
 * What the build ships (all JavaScript and CSS, gzipped) and what a first screen fetches: the app
 * opened with its own dataset, without scrolling, on a phone (360 × 640) and on a laptop
 * (1366 × 768). Sizes are the files' gzip sizes from dist/ (`vite preview` does not compress, so
 * the bytes on the wire would say nothing about a real server); every script and stylesheet the
 * page or its workers request counts, whatever its type of request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

export interface BundleFile {
  file: string;
  gzipKb: number;
}

const gzipKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;
const sum = (files: readonly BundleFile[]) => files.reduce((total, f) => total + f.gzipKb, 0);

export function bundleSizes(): BundleFile[] {
  return readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file) => ({ file, gzipKb: gzipKb(`dist/assets/${file}`) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

export interface FirstScreen {
  /**
   * The phone (360 × 640): JS and CSS fetched before the first idle, the page loaded with
   * requestIdleCallback held back (what the page puts off until it is idle is by definition not
   * needed for the first screen), until network idle.
   */
  beforeIdle: BundleFile[];
  beforeIdleGzipKb: number;
  /** Whether the status line had its data then: the first screen was complete without idle work. */
  statusShown: boolean;
  /** The phone: JS and CSS fetched until network idle with idle callbacks running as usual. */
  untilNetworkIdle: BundleFile[];
  untilNetworkIdleGzipKb: number;
  /** The laptop (1366 × 768), where the chart is on the first screen: see `measureDesktop`. */
  desktop: DesktopFirstScreen;
  /** The same in Vietnamese (each language's words are fetched only by a page read in it). */
  desktopVi: DesktopFirstScreen;
}

export interface DesktopFirstScreen {
  /**
   * JS and CSS requested from the navigation until the first screen is complete: the status line
   * counts the data ("Showing …") and the chart has drawn its plot (an SVG in the chart's frame).
   * Idle callbacks run as usual, so anything the page prefetches before that moment counts too.
   */
  untilDrawn: BundleFile[];
  untilDrawnGzipKb: number;
  /** Whether the first screen completed (within 30 s); if not, `untilDrawn` is what came by then. */
  drawn: boolean;
  /** JS and CSS requested until network idle after that, no scrolling: what the page adds on its own. */
  untilNetworkIdle: BundleFile[];
  untilNetworkIdleGzipKb: number;
}

const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };

/** Opens a page in its own context and keeps the path of every script and stylesheet requested. */
async function withRequests<T>(
  browser: Browser,
  device: BrowserContextOptions,
  work: (page: Page, requested: () => BundleFile[], quiet: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(device);
  try {
    const page = await context.newPage();
    const paths = new Set<string>();
    let inFlight = 0;
    let lastActivity = Date.now();
    const settle = () => {
      inFlight -= 1;
      lastActivity = Date.now();
    };
    // The context's requests include the workers': their scripts are part of what the page costs.
    context.on('request', (request) => {
      inFlight += 1;
      lastActivity = Date.now();
      const path = new URL(request.url()).pathname;
      if (/\.(js|css)$/.test(path)) paths.add(path);
    });
    context.on('requestfinished', settle);
    context.on('requestfailed', settle);
    const requested = () =>
      [...paths].map((path) => ({ file: path.replace(/^\//, ''), gzipKb: gzipKb(`dist${path}`) }));
    // Network idle from now on (Playwright's 'networkidle' fires once per navigation, perhaps
    // already): no request in flight and none begun for a second, or 20 s at most.
    const quiet = async () => {
      const until = Date.now() + 20_000;
      while (Date.now() < until && (inFlight > 0 || Date.now() - lastActivity < 1000))
        await page.waitForTimeout(100);
    };
    return await work(page, requested, quiet);
  } finally {
    await context.close();
  }
}

const statusShown = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /^Showing / })
    .count()
    .then((n) => n > 0);

async function phone(browser: Browser, base: string, holdIdle: boolean) {
  return withRequests(browser, PHONE, async (page, requested) => {
    if (holdIdle) await page.addInitScript(() => (window.requestIdleCallback = () => 0));
    await page.goto(`${base}/?lang=en`, { waitUntil: 'networkidle' });
    return { files: requested(), statusShown: await statusShown(page) };
  });
}

/**
 * The laptop's first screen: the page opened at 1366 × 768 and watched until the status line shows
 * the data and the chart is drawn; the requests made until then are the first screen's. That is the
 * moment a reader has what the page opens on; what comes later (idle prefetches, views further
 * down) waits for no one. Then, to see what the page fetches on its own, until network idle.
 */
export async function measureDesktop(
  browser: Browser,
  base: string,
  lang: 'en' | 'vi' = 'en',
): Promise<DesktopFirstScreen> {
  return withRequests(browser, LAPTOP, async (page, requested, quiet) => {
    await page.goto(`${base}/?lang=${lang}`);
    const drawn = await page
      .waitForFunction(
        (showing) =>
          [...document.querySelectorAll('[role="status"]')].some((s) =>
            s.textContent?.startsWith(showing),
          ) && document.querySelector('.tension-chart__main svg') !== null,
        lang === 'vi' ? 'Đang hiển thị ' : 'Showing ',
        { timeout: 30_000, polling: 'raf' },
      )
      .then(
        () => true,
        () => false,
      );
    const untilDrawn = requested();
    await quiet();
    const untilNetworkIdle = requested();
    return {
      untilDrawn,
      untilDrawnGzipKb: sum(untilDrawn),
      drawn,
      untilNetworkIdle,
      untilNetworkIdleGzipKb: sum(untilNetworkIdle),
    };
  });
}

export async function measureFirstScreen(browser: Browser, base: string): Promise<FirstScreen> {
  const held = await phone(browser, base, true);
  const usual = await phone(browser, base, false);
  return {
    beforeIdle: held.files,
    beforeIdleGzipKb: sum(held.files),
    statusShown: held.statusShown,
    untilNetworkIdle: usual.files,
    untilNetworkIdleGzipKb: sum(usual.files),
    desktop: await measureDesktop(browser, base, 'en'),
    desktopVi: await measureDesktop(browser, base, 'vi'),
  };
}
