/**
 * `npm run bench`: builds the app, serves it (`vite preview` on --port, default 4175 or
 * BENCH_PORT) and drives Debian's Chromium through synthetic datasets of each size (--sizes,
 * default 1000,10000,100000; 1000000 works, slowly), then prints a table per size and writes
 * every sample to bench/results/latest.json. Nothing here is a test: timings are measured, never
 * asserted. Options: --samples N (per interaction; 24, or 8 from a million), --quiet MS (400),
 * --timeout MS (60000; 300000 from a million), --only date,preset,… (see scripts/bench/);
 * `--only bundle` measures the bundle and the first screens alone.
 *
 * Definitions (scripts/bench/definitions.ts writes the same into the results):
 *
 * - First response: from the input event's `timeStamp` (a capturing listener on window records
 *   it) to the end of the first frame painted after it: the listener calls
 *   requestAnimationFrame, whose callback posts a MessageChannel message, which arrives once
 *   that frame's style, layout and paint are done.
 * - Settled: from the input event's `timeStamp` to the end of the first frame painted after the
 *   LAST DOM change the input caused in the dashboard (a MutationObserver on `#dashboard`,
 *   subtree, childList, attributes, characterData; after each batch, rAF + MessageChannel records
 *   its after-paint time), provided nothing is then dimmed or busy (`[aria-busy="true"]`,
 *   `[data-stale="true"]`). The last change is known once the page has been quiet for 400 ms: no
 *   DOM change and no long task ending, the main thread at most 30% busy (CDP TaskDuration),
 *   nothing dimmed or busy. 400 ms: the app defers its views by one frame plus a timeout, and
 *   work that starts later than that would be a bug of its own.
 * - Failure: not quiet within the timeout, or nothing changed: reported with its reason, no number.
 * - Flagged: a view that should have changed (status line, map, timeline, quotes; each region's
 *   DOM hashed before and after, form values and the range control left out) did not. Flagged
 *   samples are left out of the settled percentiles and counted apart.
 * - Brush frame rate: the From thumb dragged with a pointer move every ~16 ms for 2 s; frames
 *   painted per second (rAF count), and the steps of the thumbs that the status line and then the
 *   views followed. Playback: 4×, ~40 ticks; a tick's lag runs from the frame that painted its
 *   status line to the frame in which the views settled; "behind" counts ticks that began before
 *   the views had settled for the previous one.
 * - Heap: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage on the page and on each
 *   dedicated worker alive. Load: until the status line counts every event, against a bare page
 *   that fetches and JSON.parses the same file.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { bundleSizes, measureFirstScreen, type FirstScreen } from './bench/bundle';
import { DEFINITIONS } from './bench/definitions';
import { measureSize, type SizeResult } from './bench/measureSize';
import { parseOptions } from './bench/options';
import { formatBundle, formatSize } from './bench/report';
import { withPreviewServer } from './previewServer';

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => console.log(line);
const git = (command: string) => {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

await withPreviewServer(options.port, async (base) => {
  const bundles = bundleSizes();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  let firstScreen: FirstScreen | null = null;
  try {
    firstScreen = await measureFirstScreen(browser, base);
  } catch (error) {
    log(`first screen not measured: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
  const results: SizeResult[] = [];
  const write = () => {
    mkdirSync(dirname(options.out), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      commit: git('rev-parse HEAD'),
      commitSubject: git('log -1 --format=%s'),
      uncommittedChanges: git('status --porcelain') !== '',
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGb: totalmem() / 1024 ** 3,
        node: process.version,
        chromium: chromiumVersion,
        chromiumArgs: CHROMIUM_ARGS,
        viewport: '1280 × 900, headless',
      },
      options,
      definitions: DEFINITIONS,
      bundle: {
        files: bundles,
        totalGzipKb: bundles.reduce((s, b) => s + b.gzipKb, 0),
        firstScreen,
      },
      results,
    };
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  };
  const builds = [{ label: 'this build', distDir: 'dist', base }];
  const compared = options.compare;
  const measureAll = async () => {
    for (const size of options.sizes)
      for (const build of builds) {
        log(`measuring ${size.toLocaleString('en')} events, ${build.label}…`);
        results.push(await measureSize(size, build.base, options, log, build));
        // Written after every size: a run that breaks off later keeps what it measured.
        write();
      }
  };
  // `--only bundle`: the bundle and the first screens alone, no dataset sizes.
  const bundleOnly = options.only?.length === 1 && options.only[0] === 'bundle';
  if (bundleOnly) log('bundle only: no dataset sizes measured');
  else if (compared === null) await measureAll();
  else
    await withPreviewServer(
      options.port + 1,
      async (otherBase) => {
        builds.push({ label: options.compareLabel, distDir: compared, base: otherBase });
        await measureAll();
      },
      compared,
    );
  log('');
  log(`Chromium ${chromiumVersion}, commit ${git('rev-parse --short HEAD')}`);
  log(formatBundle(bundles, firstScreen));
  for (const result of results) log(`\n${formatSize(result)}`);
  log(`\nEvery sample: ${options.out}`);
});
