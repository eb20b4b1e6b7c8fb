/** Everything measured at one dataset size, in one browser. */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { writeSyntheticDataset } from '../generate-dataset';
import { measureBrushRate, measurePlayback, type BrushRate, type PlaybackLag } from './continuous';
import { FAMILIES, type Family } from './families';
import { runFamily } from './interactions';
import { loadApp, measureFloor, type Floor } from './load';
import { measureHeap, type Heap } from './memory';
import { samplesFor, timeoutFor, wants, type BenchOptions } from './options';
import { restoreNeutral, scrollToRegion } from './page';
import { installProbe, MARKERS, REGIONS } from './probe';
import { Sampler, type Sample } from './sampler';
import { summarize, type Summary } from './stats';

export interface FamilyResult {
  family: Family;
  label: string;
  n: number;
  first: Summary;
  /** Over the samples that settled with every expected view changed. */
  settled: Summary;
  /** Samples that never settled (or changed nothing). */
  failures: number;
  /** Samples that settled, but a view that should have changed did not. */
  flagged: number;
}

export interface SizeResult {
  /** Which build: "this build", or the compared one's label. */
  build: string;
  events: number;
  fileMb: number;
  samplesPerInteraction: number;
  floor: Floor;
  loadMs: number | null;
  loadFailure: string | null;
  loadVsFloor: number | null;
  heapAfterLoad: Heap | null;
  heap: Heap | null;
  /** DOM nodes in the page after each family had settled, and the most of them. */
  domNodes: Record<string, number>;
  domNodesMax: number | null;
  families: FamilyResult[];
  all: Omit<FamilyResult, 'family' | 'label'> | null;
  longTasks: { count: number; longestMs: number };
  brushRate: BrushRate | null;
  playback: PlaybackLag | null;
  /** The machine's load average (1, 5, 15 min) when this size began and ended: others share it. */
  loadAverage: { start: number[]; end: number[] };
  /** Measures that broke off, and why. */
  errors: string[];
  samples: Sample[];
}

export function summarizeSamples(samples: readonly Sample[]) {
  const clean = samples.filter((s) => s.failure === null && s.missing.length === 0);
  return {
    n: samples.length,
    first: summarize(samples.map((s) => s.firstMs ?? NaN)),
    settled: summarize(clean.map((s) => s.settledMs ?? NaN)),
    failures: samples.filter((s) => s.failure !== null).length,
    flagged: samples.filter((s) => s.failure === null && s.missing.length > 0).length,
  };
}

function prepareDataset(size: number, distDir: string): { path: string; fileMb: number } {
  const file = `bench/data/events-${size}.json`;
  if (!existsSync(file)) writeSyntheticDataset(size);
  mkdirSync(`${distDir}/bench`, { recursive: true });
  const copy = `${distDir}/bench/events-${size}.json`;
  if (!existsSync(copy) || statSync(copy).size !== statSync(file).size) copyFileSync(file, copy);
  return { path: `/bench/events-${size}.json`, fileMb: statSync(file).size / 1024 / 1024 };
}

export async function measureSize(
  size: number,
  base: string,
  options: BenchOptions,
  log: (line: string) => void,
  build = { label: 'this build', distDir: 'dist' },
): Promise<SizeResult> {
  const { path, fileMb } = prepareDataset(size, build.distDir);
  const samplesPerInteraction = samplesFor(size, options);
  const result: SizeResult = {
    build: build.label,
    events: size,
    fileMb,
    samplesPerInteraction,
    floor: { ms: NaN, error: null },
    loadMs: null,
    loadFailure: null,
    loadVsFloor: null,
    heapAfterLoad: null,
    heap: null,
    domNodes: {},
    domNodesMax: null,
    families: [],
    all: null,
    longTasks: { count: 0, longestMs: 0 },
    brushRate: null,
    playback: null,
    loadAverage: { start: loadavg(), end: [] },
    errors: [],
    samples: [],
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    result.floor = await measureFloor(browser, base, path);
    log(`  floor: ${result.floor.error ?? `${Math.round(result.floor.ms)} ms`}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await installProbe(page);
    const load = await loadApp(page, base, path, size);
    result.loadMs = load.ms;
    result.loadFailure = load.failure;
    if (load.ms === null) {
      log(`  the app did not load ${size} events: ${load.failure}`);
      return result;
    }
    result.loadVsFloor = Number.isFinite(result.floor.ms) ? load.ms / result.floor.ms : null;
    log(`  load: ${Math.round(load.ms)} ms`);
    // The map and the chart are built when they come near the screen: bring each near once, so
    // that every interaction below reaches all three views.
    const inRegion = (name: string, selector: string) =>
      page.waitForSelector(`${name} ${selector}`, { timeout: 300_000 });
    await scrollToRegion(page, REGIONS.map);
    await inRegion(REGIONS.map, MARKERS);
    await scrollToRegion(page, REGIONS.timeline);
    await inRegion(REGIONS.timeline, '.event-mark, .timeline-cells');
    await inRegion(REGIONS.timeline, '[role="slider"]');
    const sampler = await Sampler.open(page, {
      quietMs: options.quietMs,
      timeoutMs: timeoutFor(size, options),
    });
    await restoreNeutral(sampler);
    result.heapAfterLoad = await measureHeap(page);

    const attempt = async (name: string, work: () => Promise<void>) => {
      if (!wants(name, options)) return;
      try {
        await work();
      } catch (error) {
        result.errors.push(`${name}: ${(error as Error).message.split('\n')[0] ?? ''}`);
        log(`    ${name} broke off: ${(error as Error).message.split('\n')[0] ?? ''}`);
        await restoreNeutral(sampler).catch(() => undefined);
      }
    };
    for (const family of Object.keys(FAMILIES) as Family[]) {
      if (family === 'brushRelease') continue;
      await attempt(family, async () => {
        const started = Date.now();
        const samples = await runFamily(sampler, family, samplesPerInteraction);
        result.samples.push(...samples);
        result.domNodes[family] = await page.evaluate(
          () => document.getElementsByTagName('*').length,
        );
        log(
          `    ${family}: ${samples.length} samples, ${Math.round((Date.now() - started) / 1000)} s`,
        );
      });
    }
    await attempt('brushRate', async () => {
      result.brushRate = await measureBrushRate(sampler);
    });
    await attempt('playback', async () => {
      result.playback = await measurePlayback(sampler);
    });
    await restoreNeutral(sampler);
    await sampler.arm();
    await sampler.collect();
    result.heap = await measureHeap(page);
    result.domNodes.end = await page.evaluate(() => document.getElementsByTagName('*').length);
  } catch (error) {
    result.errors.push(`broke off: ${(error as Error).message.split('\n')[0] ?? ''}`);
    log(`  broke off: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
  result.loadAverage.end = loadavg();
  const counts = Object.values(result.domNodes);
  result.domNodesMax = counts.length > 0 ? Math.max(...counts) : null;
  result.families = (Object.entries(FAMILIES) as [Family, string][])
    .map(([family, label]) => ({
      family,
      label,
      ...summarizeSamples(result.samples.filter((s) => s.family === family)),
    }))
    .filter((f) => f.n > 0);
  result.all = result.samples.length > 0 ? summarizeSamples(result.samples) : null;
  result.longTasks = {
    count: result.samples.reduce((sum, s) => sum + s.longTasks, 0),
    longestMs: Math.max(0, ...result.samples.map((s) => s.longestTaskMs)),
  };
  return result;
}
