/**
 * How long a GDELT Parquet file takes to open through the app's import, in Debian's Chromium
 * (headless): from choosing the file (the file input's `change`) to the first frame in which
 * every view shows its data (the status line counts the events, the map has places, the timeline
 * cells, nothing busy), with the preview's Open clicked as soon as it shows. Builds are compared
 * in one run, alternating, each in a fresh browser; the JS heap of the page and of the workers
 * still alive is read after a forced garbage collection once the views show the data.
 *
 *   npx tsx scripts/bench-parquet.ts --file /tmp/gdelt-1m.parquet --runs 3 \
 *     --build before=/tmp/before/dist --build after=dist [--port 4176]
 *
 * Make the file with `npx tsx scripts/make-gdelt-parquet.ts 1000000 /tmp/gdelt-1m.parquet`.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { measureHeap, type Heap } from './bench/memory';
import { withPreviewServer } from './previewServer';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = option('file') ?? '/tmp/gdelt-1m.parquet';
const runs = Number(option('runs') ?? 1);
const basePort = Number(option('port') ?? process.env.BENCH_PORT ?? 4176);
const builds = args
  .flatMap((arg, i) => (arg === '--build' ? [args[i + 1] ?? ''] : []))
  .map((spec) => {
    const [label = '', dir = ''] = spec.split('=');
    return { label, dir };
  });
if (builds.length === 0) builds.push({ label: 'this', dir: 'dist' });

interface Run {
  build: string;
  run: number;
  /** From choosing the file to the preview shown, to Open clicked, to every view showing data. */
  previewMs: number | null;
  openToViewsMs: number | null;
  totalMs: number | null;
  events: string | null;
  heap: Heap | null;
  failure: string | null;
}

/** Every view shows the data: the status line counts them all, map and timeline drawn, nothing busy. */
function allViewsShowData(): string | false {
  const alert = document.querySelector('.message--error');
  if (alert) return `refused: ${alert.textContent ?? ''}`;
  const status = document.querySelector('section[aria-label="Filters"] [role="status"]');
  const match = /Showing ([\d,]+) of ([\d,]+) events/.exec(status?.textContent ?? '');
  if (!match || match[1] !== match[2] || Number(match[2]?.replace(/,/g, '')) < 1000) return false;
  const map = document.querySelector('section[aria-label="Map"]');
  const places = map?.querySelectorAll(
    '.leaflet-marker-pane [role="button"], .place-list button, canvas',
  );
  if (!places || places.length === 0) return false;
  const timeline = document.querySelector('section[aria-label="Tone over time"]');
  if (!timeline?.querySelector('.timeline-cells path')) return false;
  if (document.querySelector('#dashboard [aria-busy="true"], #dashboard [data-stale="true"]'))
    return false;
  return match[2] ?? '';
}

async function openOnce(page: Page, base: string): Promise<Omit<Run, 'build' | 'run' | 'heap'>> {
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    window.addEventListener('change', () => (marks.chosen ??= performance.now()), true);
  });
  await page.goto(`${base}/?lang=en`);
  await page
    .locator('section[aria-label="Filters"] [role="status"]')
    .filter({ hasText: /Showing \d+ of \d+ events/ })
    .waitFor({ timeout: 120_000 });
  await page.getByLabel('Open a data file…').setInputFiles(file);
  const open = page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ timeout: 300_000 });
  const shown = await page.evaluate(() => performance.now());
  await open.click();
  const clicked = await page.evaluate(() => performance.now());
  const outcome = await page
    .waitForFunction(allViewsShowData, undefined, { timeout: 1_200_000, polling: 'raf' })
    .then((handle) => handle.jsonValue())
    .catch((error: Error) => `failed: ${error.message.split('\n')[0] ?? ''}`);
  const done = await page.evaluate(() => performance.now());
  const chosen = await page.evaluate(
    () => (window as unknown as { __marks: { chosen?: number } }).__marks.chosen ?? NaN,
  );
  if (typeof outcome !== 'string' || outcome.startsWith('failed') || outcome.startsWith('refused'))
    return {
      previewMs: shown - chosen,
      openToViewsMs: null,
      totalMs: null,
      events: null,
      failure: String(outcome),
    };
  return {
    previewMs: shown - chosen,
    openToViewsMs: done - clicked,
    totalMs: done - chosen,
    events: outcome,
    failure: null,
  };
}

const results: Run[] = [];
const fmt = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
for (let run = 1; run <= runs; run++) {
  for (const [i, build] of builds.entries()) {
    await withPreviewServer(
      basePort + i,
      async (base) => {
        const browser = await chromium.launch({
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        });
        try {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          let crashed = false;
          page.on('crash', () => (crashed = true));
          const timing = await openOnce(page, `${base}`).catch((error: Error) => ({
            previewMs: null,
            openToViewsMs: null,
            totalMs: null,
            events: null,
            failure: crashed ? 'the page crashed' : (error.message.split('\n')[0] ?? ''),
          }));
          const heap = timing.failure ? null : await measureHeap(page).catch(() => null);
          const result = { build: build.label, run, ...timing, heap };
          results.push(result);
          const heapText = heap
            ? `heap page ${heap.pageMb.toFixed(0)} MB (+${(heap.pageBuffersMb ?? NaN).toFixed(0)} MB buffers), workers ${heap.workers.map((w) => w.mb.toFixed(0)).join(' + ') || '0'} MB`
            : '';
          console.log(
            `${build.label.padEnd(8)} run ${run}: total ${fmt(result.totalMs)} (preview ${fmt(result.previewMs)}, Open → all views ${fmt(result.openToViewsMs)}), ${result.events ?? '?'} events ${heapText}${result.failure ? ` FAILED ${result.failure}` : ''}`,
          );
        } finally {
          await browser.close();
        }
      },
      build.dir,
    );
  }
}
console.log(JSON.stringify(results));
