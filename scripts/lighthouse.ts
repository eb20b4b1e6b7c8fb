/**
 * `npm run lighthouse`: Lighthouse 13.5 (fetched from the npm registry by npx; it runs on
 * Node 20.20 despite its engine warning) on the built app with the mobile preset, in Debian's
 * Chromium. Prints the category scores and the main metrics, and writes the report to
 * bench/results/lighthouse.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withPreviewServer } from './previewServer';

const PORT = 4176;
const URL = `http://127.0.0.1:${PORT}/`;
const REPORT = 'bench/results/lighthouse.json';

await withPreviewServer(PORT, async () => {
  mkdirSync('bench/results', { recursive: true });
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
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { displayValue?: string }>;
  };
  for (const [name, category] of Object.entries(report.categories)) {
    console.log(`${name}: ${Math.round((category.score ?? 0) * 100)}`);
  }
  for (const audit of [
    'largest-contentful-paint',
    'first-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`${audit}: ${report.audits[audit]?.displayValue ?? '–'}`);
  }
});
