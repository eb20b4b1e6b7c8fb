#!/usr/bin/env node
/**
 * Prints the line coverage of each folder of src/ (features/ as one), from the summary Vitest
 * writes with `--coverage` (reports/coverage/coverage-summary.json). The thresholds themselves
 * are in vite.config.ts, and Vitest fails the run below them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const path = 'reports/coverage/coverage-summary.json';
if (!existsSync(path)) {
  console.log(`no coverage summary at ${path}`);
  process.exit(1);
}
const summary = JSON.parse(readFileSync(path, 'utf8'));
const folders = new Map();
for (const [file, { lines }] of Object.entries(summary)) {
  if (file === 'total') continue;
  const [top, name] = relative(resolve('src'), file).split(/[\\/]/);
  const folder = name === undefined ? 'src (entry)' : top;
  const sum = folders.get(folder) ?? { covered: 0, total: 0 };
  sum.covered += lines.covered;
  sum.total += lines.total;
  folders.set(folder, sum);
}
const percent = ({ covered, total }) => (total === 0 ? 100 : (100 * covered) / total).toFixed(1);
console.log('Line coverage by folder of src/:');
for (const [folder, sum] of [...folders].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `  ${folder.padEnd(12)} ${percent(sum).padStart(5)} %  (${sum.covered} of ${sum.total} lines)`,
  );
console.log(`  ${'all'.padEnd(12)} ${percent(summary.total.lines).padStart(5)} %`);
