import { QueryClient } from '@tanstack/react-query';
import { configure, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { AppProviders } from '@/app/AppProviders';
import { Dashboard } from '@/app/Dashboard';
import { InProcessWorker } from '../fixtures/fakeWorker';
import { makeSampleDataset } from '../fixtures/sampleDataset';

// Sized for a busy two-core machine: a wait ends as soon as its condition holds, so a long limit
// costs nothing when the machine is idle.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * The shipped dataset, for the one smoke test on the real data. Behaviour tests use the sample
 * (SAMPLE_TEXT), so that editing the shipped data does not break them.
 */
// jsdom's URL is not Node's, so the path is resolved from the project root where Vitest runs.
export const DATASET_TEXT = readFileSync(resolve(process.cwd(), 'public/data/events.json'), 'utf8');

/** The small dataset the behaviour tests load: tests/fixtures/sampleDataset.ts. */
export const SAMPLE_TEXT = JSON.stringify(makeSampleDataset());

type Responder = (url: string) => Response | Promise<Response>;

/** Serves the sample dataset (or whatever `respond` says) to the app's fetch. */
export function stubFetch(respond: Responder = () => new Response(SAMPLE_TEXT, { status: 200 })) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => Promise.resolve(respond(String(input))));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Renders the whole dashboard at a URL, with a fresh query client that does not retry (or the
 * one given, e.g. the app's own to test its retries). Datasets load as in a browser, through the
 * worker client, with the worker's own code run in the test (InProcessWorker) unless the test has
 * put a worker of its own in place. Tests undo the stub with `vi.unstubAllGlobals()`.
 */
export function renderDashboard(search = '', options: { client?: QueryClient } = {}) {
  if (typeof Worker === 'undefined') vi.stubGlobal('Worker', InProcessWorker);
  window.history.replaceState(null, '', `/${search}`);
  const client =
    options.client ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders client={client}>
      <Dashboard />
    </AppProviders>,
  );
}

/**
 * The views follow an input once its frame is painted (useAfterPaint), marked busy meanwhile:
 * waits until nothing is busy.
 */
export async function viewsSettled() {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

/**
 * Each test of the dashboard starts on the sample dataset, in English, with real timers and no
 * stubbed globals left from the one before. Called once at the top of a test file.
 */
export function setUpDashboardTests() {
  beforeEach(() => {
    stubFetch();
    Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** The status line's count, in either language. */
export const status = () =>
  screen.getByText(/^Showing|^Đang hiển thị/, { selector: '[role="status"] strong' });
