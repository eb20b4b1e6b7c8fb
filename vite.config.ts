/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { staticShellHtml } from './src/app/staticShell.ts';
import { findHeadline, type FindingInput } from './src/domain/scoring/finding.ts';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor } from './scripts/securityHeaders.ts';

export { CONTENT_SECURITY_POLICY };

/**
 * The Content-Security-Policy (scripts/securityHeaders.ts) in each built page, as a `<meta>`: only
 * in the build, as the dev server injects an inline script of its own for hot reloading. The
 * build also writes the headers a host should send (`dist/_headers`), and `vite preview` sends
 * them, so that the browser tests see what a deployment answers.
 */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    apply: (_, env) => env.command === 'build' || env.isPreview === true,
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://preview');
        for (const [name, value] of Object.entries(headersFor(pathname)))
          response.setHeader(name, value);
        next();
      });
    },
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
 * Writes the page's header into index.html (not into embed.html, which shows one view), so that
 * it paints before the JavaScript runs, with the headline found in the built-in dataset
 * (domain/finding.ts); the app gets the same finding as `__BUILT_IN_FINDING__`
 * (domain/builtIn/builtInFinding.ts), so its header says the same from the start.
 */
function staticShell(): Plugin {
  const dataset = JSON.parse(
    readFileSync(new URL('./public/data/events.json', import.meta.url), 'utf8'),
  ) as FindingInput;
  const finding = findHeadline(dataset);
  return {
    name: 'static-shell',
    config: () => ({ define: { __BUILT_IN_FINDING__: JSON.stringify(finding) } }),
    transformIndexHtml: (html, context) => {
      if (context.path.endsWith('/embed.html')) return html;
      const empty = '<div id="root"></div>';
      if (!html.includes(empty)) throw new Error('index.html has no empty <div id="root">');
      return html.replace(empty, `<div id="root">${staticShellHtml(finding)}</div>`);
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeaders(), staticShell()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // The dashboard, and the embed of one of its views (src/app/EmbedPage.tsx).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  // Module workers (both are started with `type: 'module'`), so that what a worker imports only
  // for some files (the Parquet reader, the unzipper) is a chunk of its own, fetched when needed.
  worker: {
    format: 'es',
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
