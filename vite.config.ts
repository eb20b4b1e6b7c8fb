/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { staticShellHtml } from './src/app/staticShell.ts';
import { findHeadline, type FindingInput } from './src/domain/finding.ts';

/**
 * The built page's Content-Security-Policy: scripts, styles, fonts and data only from the page's
 * own origin; no inline or foreign script, no eval, no plugins. Only in the build: the dev server
 * injects an inline script of its own for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the pictures the app draws for download (an SVG drawn onto a canvas).
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Writes the page's header into index.html, so that it paints before the JavaScript runs, with the
 * headline found in the built-in dataset (domain/finding.ts); the app gets the same finding as
 * `__BUILT_IN_FINDING__` (app/builtInFinding.ts), so its header says the same from the start.
 */
function staticShell(): Plugin {
  const dataset = JSON.parse(
    readFileSync(new URL('./public/data/events.json', import.meta.url), 'utf8'),
  ) as FindingInput;
  const finding = findHeadline(dataset);
  return {
    name: 'static-shell',
    config: () => ({ define: { __BUILT_IN_FINDING__: JSON.stringify(finding) } }),
    transformIndexHtml: (html) => {
      const empty = '<div id="root"></div>';
      if (!html.includes(empty)) throw new Error('index.html has no empty <div id="root">');
      return html.replace(empty, `<div id="root">${staticShellHtml(finding)}</div>`);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), staticShell()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
  },
  // As static hosts such as GitHub Pages answer: a sandboxed embed (an opaque origin) loads the
  // app's scripts, data and workers cross-origin, which CORS must allow.
  preview: {
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/component/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Limits sized for CI's busy 2-core machine (load 15–20 seen there; the 5 s default failed a
    // property test there): tests wait for conditions and never for a fixed time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // `npm test` runs with --coverage: line coverage per folder, and the run fails below these.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}'],
      reporter: [['text', { skipFull: true }], 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: {
        'src/domain/**': { lines: 90 },
        'src/data/**': { lines: 90 },
        'src/features/**': { lines: 70 },
      },
    },
  },
});
