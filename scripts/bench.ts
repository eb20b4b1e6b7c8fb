/**
 * `npm run bench`: builds the app, serves it, and drives Debian's Chromium through loading,
 * date-range changes and marker clicks with synthetic datasets of growing size, then prints a
 * table and writes bench/results/latest.json. `--sizes 1000,10000` picks the sizes; add 1000000
 * for the million-event run (slow). Timings are medians of repeated interactions on this machine;
 * they are measured here, never asserted in tests.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { writeSyntheticDataset } from './generate-dataset';
import { withPreviewServer } from './previewServer';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;
/** Interactions timed per size; fewer for the largest, where each can take long. */
const interactionsFor = (size: number) => (size >= 100_000 ? 7 : 15);

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? (process.argv[sizesArg + 1] ?? '') : '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** All JavaScript and CSS the build ships, gzipped, by file. */
function bundleSizes(): { file: string; gzipKb: number }[] {
  return readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => ({ file: f, gzipKb: gzipSync(readFileSync(`dist/assets/${f}`)).length / 1024 }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

/** Time from a click to the next frame, measured in the page. */
async function timeClick(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (sel) => {
    const target = document.querySelector<HTMLElement>(sel);
    if (!target) throw new Error(`nothing matches ${sel}`);
    const start = performance.now();
    target.click();
    // The next frame's animation callbacks run once the click's update is committed, right
    // before that frame's style, layout and paint: the time to them is the time the reader waits
    // to see the views begin to change. (Work deferred to after the frame is not counted.)
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() => resolve(performance.now() - start)),
    );
  }, selector);
}

/** Waits until the views have caught up with the last change, as a reader would before the next. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.views')?.getAttribute('data-stale') === 'false',
    null,
    {
      timeout: 120_000,
    },
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function measure(size: number) {
  const file = `bench/data/events-${size}.json`;
  if (!existsSync(file)) writeSyntheticDataset(size);
  mkdirSync('dist/bench', { recursive: true });
  copyFileSync(file, `dist/bench/events-${size}.json`);
  const bytes = statSync(file).size;
  const url = `/bench/events-${size}.json`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    // The floor: a bare page that only downloads and parses the same file.
    const bare = await browser.newPage();
    await bare.goto(`${BASE}/favicon.svg`);
    const floor = await bare.evaluate(async (u) => {
      const start = performance.now();
      try {
        const text = await (await fetch(u)).text();
        JSON.parse(text);
        return { ms: performance.now() - start, error: null };
      } catch (error) {
        // Past V8's longest string (about 1.2 GB of JSON for a million events) neither the bare
        // page nor the app can hold the file as one text.
        return { ms: NaN, error: `${(error as Error).name}: ${(error as Error).message}` };
      }
    }, url);
    const floorMs = floor.ms;
    await bare.close();
    if (floor.error) console.log(`  the bare page failed: ${floor.error}`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.route('**/data/events.json', (route) => route.continue({ url: `${BASE}${url}` }));
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(`${BASE}/?lang=en`);
    // Usable: the status line counts every event (written "100,000" in English); or the app
    // says why it cannot load the file.
    const outcome = await page
      .waitForFunction(
        (expected) => {
          if (document.querySelector('[role="status"] strong')?.textContent === expected)
            return 'loaded';
          const alert = document.querySelector('.message--error');
          return alert ? `refused: ${alert.textContent ?? ''}` : false;
        },
        `Showing ${size.toLocaleString('en-GB')} of ${size.toLocaleString('en-GB')} events`,
        { timeout: 600_000, polling: 'raf' },
      )
      .then((handle) => handle.jsonValue())
      .catch((error: Error) => (crashed ? 'the page crashed' : `failed: ${error.message}`));
    if (outcome !== 'loaded') {
      console.log(`  the app did not load ${size} events: ${String(outcome)}`);
      return { events: size, fileMb: bytes / 1024 / 1024, floorMs, failure: String(outcome) };
    }
    const loadMs = await page.evaluate(() => performance.now());
    await page.waitForSelector('.leaflet-marker-pane [role="button"]', { timeout: 120_000 });
    // The chart is built when it comes near the screen (it starts below the first screen here):
    // scroll to it, so that every interaction below updates all three views.
    await page.locator('.panel--timeline').scrollIntoViewIfNeeded();
    await page.waitForSelector('.tension-chart .recharts-surface', { timeout: 120_000 });
    await settle(page);

    // The period presets in turn (All, Before the invasion, The war, Trump's term): each click
    // changes the date range of all three views.
    const rangeTimes: number[] = [];
    for (let i = 0; i < interactionsFor(size); i++) {
      rangeTimes.push(
        await timeClick(page, `.range-controls__presets button:nth-child(${((i + 1) % 4) + 1})`),
      );
      await settle(page);
    }
    const markerTimes: number[] = [];
    for (let i = 0; i < interactionsFor(size); i++) {
      markerTimes.push(
        await timeClick(page, `.leaflet-marker-pane [role="button"]:nth-child(${(i % 5) + 1})`),
      );
      await settle(page);
    }
    const stats = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        longTasks: w.__longTasks.length,
        longestTaskMs: Math.max(0, ...w.__longTasks),
        heapMb: memory ? memory.usedJSHeapSize / 1024 / 1024 : NaN,
        domNodes: document.getElementsByTagName('*').length,
        transferredKb:
          (resources.reduce((sum, r) => sum + r.transferSize, 0) +
            (navigation?.transferSize ?? 0)) /
          1024,
      };
    });
    return {
      events: size,
      fileMb: bytes / 1024 / 1024,
      floorMs,
      loadMs,
      loadVsFloor: loadMs / floorMs,
      rangeP50: percentile(rangeTimes, 50),
      rangeP95: percentile(rangeTimes, 95),
      markerP50: percentile(markerTimes, 50),
      markerP95: percentile(markerTimes, 95),
      ...stats,
    };
  } finally {
    await browser.close();
  }
}

await withPreviewServer(PORT, async () => {
  const bundles = bundleSizes();
  const results = [];
  for (const size of SIZES) {
    console.log(`measuring ${size.toLocaleString('en')} events…`);
    results.push(await measure(size));
  }
  const round = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
  console.log(
    '\nBundle (gzip): ' + bundles.map((b) => `${b.file} ${round(b.gzipKb, 1)} KB`).join(', '),
  );
  console.log(
    `Total JS + CSS: ${round(
      bundles.reduce((s, b) => s + b.gzipKb, 0),
      1,
    )} KB gzipped\n`,
  );
  const header = [
    'events',
    'file MB',
    'floor ms',
    'load ms',
    'load/floor',
    'range p50',
    'range p95',
    'marker p50',
    'marker p95',
    'long tasks',
    'longest ms',
    'heap MB',
    'DOM nodes',
    'transferred KB',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of results) {
    if ('failure' in r) {
      console.log(
        `| ${r.events} | ${round(r.fileMb, 1)} | ${round(r.floorMs)} | did not load: ${r.failure} |`,
      );
      continue;
    }
    console.log(
      `| ${[r.events, round(r.fileMb, 1), round(r.floorMs), round(r.loadMs), round(r.loadVsFloor, 2), round(r.rangeP50, 1), round(r.rangeP95, 1), round(r.markerP50, 1), round(r.markerP95, 1), r.longTasks, round(r.longestTaskMs), round(r.heapMb), r.domNodes, round(r.transferredKb)].join(' | ')} |`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: totalmem() / 1024 ** 3 }, bundles, results }, null, 2)}\n`,
  );
});
