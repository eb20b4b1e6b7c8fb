/**
 * What the build ships (all JavaScript and CSS, gzipped) and what a phone's first screen fetches:
 * the app opened at 360 × 640 with its own dataset, without scrolling, JS and CSS counted until
 * the network is idle. Sizes are the files' gzip sizes from dist/ (`vite preview` does not
 * compress, so the bytes on the wire would say nothing about a real server).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

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
   * JS and CSS fetched before the first idle: the page loaded with requestIdleCallback held back
   * (what the page puts off until it is idle is by definition not needed for the first screen),
   * until network idle.
   */
  beforeIdle: BundleFile[];
  beforeIdleGzipKb: number;
  /** Whether the status line had its data then: the first screen was complete without idle work. */
  statusShown: boolean;
  /** JS and CSS fetched until network idle with idle callbacks running as usual. */
  untilNetworkIdle: BundleFile[];
  untilNetworkIdleGzipKb: number;
}

async function fetchedScripts(browser: Browser, base: string, holdIdle: boolean) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    if (holdIdle) await page.addInitScript(() => (window.requestIdleCallback = () => 0));
    const paths = new Set<string>();
    context.on('request', (request) => {
      const type = request.resourceType();
      if (type === 'script' || type === 'stylesheet') paths.add(new URL(request.url()).pathname);
    });
    await page.goto(`${base}/?lang=en`, { waitUntil: 'networkidle' });
    const statusShown = await page
      .getByRole('status')
      .filter({ hasText: /^Showing / })
      .count()
      .then((n) => n > 0);
    const files = [...paths].map((path) => ({
      file: path.replace(/^\//, ''),
      gzipKb: gzipKb(`dist${path}`),
    }));
    return { files, statusShown };
  } finally {
    await context.close();
  }
}

export async function measureFirstScreen(browser: Browser, base: string): Promise<FirstScreen> {
  const held = await fetchedScripts(browser, base, true);
  const usual = await fetchedScripts(browser, base, false);
  return {
    beforeIdle: held.files,
    beforeIdleGzipKb: sum(held.files),
    statusShown: held.statusShown,
    untilNetworkIdle: usual.files,
    untilNetworkIdleGzipKb: sum(usual.files),
  };
}
