/**
 * `npm run lighthouse`: Lighthouse 13.5 (fetched from the npm registry by npx; it runs on
 * Node 20.20 despite its engine warning) on the built app with the mobile preset, in Debian's
 * Chromium. Runs it `--runs N` times (default 3, one after the other), prints each run's category
 * scores and main metrics and then the median of each, and writes the last report to
 * bench/results/lighthouse.json (every run's to lighthouse-N.json). `--port` (default 4176, or
 * LIGHTHOUSE_PORT) is where the built app is served for it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withPreviewServer } from './previewServer';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const PORT = Number(option('port') ?? process.env.LIGHTHOUSE_PORT ?? 4176);
const RUNS = Number(option('runs') ?? 3);
if (!(PORT > 0) || !(RUNS >= 1)) throw new Error('--port and --runs want positive numbers');
const URL = `http://127.0.0.1:${PORT}/`;
const REPORT = 'bench/results/lighthouse.json';
const METRICS = [
  'largest-contentful-paint',
  'first-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { displayValue?: string; numericValue?: number; score?: number | null; title?: string }
  >;
}

interface Run {
  scores: Record<string, number>;
  metrics: Record<string, number>;
  /** Audits that did not pass (score below 0.9), by id: what to fix. */
  failing: string[];
}

function lighthouseOnce(): Run {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  execFileSync(
    'npx',
    [
      '--yes',
      'lighthouse@13.5.0',
      URL,
      '--quiet',
      '--form-factor=mobile',
      `--chrome-flags=${flags}`,
      '--output=json',
      `--output-path=${REPORT}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
  );
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([name, c]) => [name, Math.round((c.score ?? 0) * 100)]),
  );
  const metrics = Object.fromEntries(
    METRICS.map((id) => [id, report.audits[id]?.numericValue ?? Number.NaN]),
  );
  const failing = Object.entries(report.audits)
    .filter(([, a]) => typeof a.score === 'number' && a.score < 0.9)
    .map(([id, a]) => `${id} (${a.displayValue ?? a.score})`);
  return { scores, metrics, failing };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
const metricText = (id: string, value: number) =>
  id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;

await withPreviewServer(PORT, async () => {
  mkdirSync('bench/results', { recursive: true });
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const run = lighthouseOnce();
    copyFileSync(REPORT, REPORT.replace(/\.json$/, `-${i}.json`));
    runs.push(run);
    console.log(
      `run ${i}: ${Object.entries(run.scores)
        .map(([name, score]) => `${name} ${score}`)
        .join(
          ', ',
        )}; ${METRICS.map((id) => `${id} ${metricText(id, run.metrics[id] ?? Number.NaN)}`).join(', ')}`,
    );
    if (run.failing.length > 0) console.log(`  below 0.9: ${run.failing.join(', ')}`);
  }
  console.log(`median of ${RUNS}:`);
  for (const name of Object.keys(runs[0]?.scores ?? {}))
    console.log(`${name}: ${median(runs.map((r) => r.scores[name] ?? Number.NaN))}`);
  for (const id of METRICS)
    console.log(`${id}: ${metricText(id, median(runs.map((r) => r.metrics[id] ?? Number.NaN)))}`);
});
