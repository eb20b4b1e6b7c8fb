#!/usr/bin/env node
/**
 * Prints the plain closing line CI reads, `N passed, N failed`, from the JSON reports of Vitest
 * (reports/vitest.json) and Playwright (reports/playwright.json). Exits 1 if any test failed or a
 * report is missing, so a run that stopped early (say, at lint) never reads as green.
 */
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else missing.push('reports/vitest.json');

const playwright = read('reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
} else missing.push('reports/playwright.json');

if (missing.length > 0)
  console.log(`missing test reports: ${missing.join(', ')} (the run stopped before them)`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
