import { QueryClient } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, vi } from 'vitest';
import { AppProviders } from '@/app/AppProviders';
import { Dashboard } from '@/app/Dashboard';

// jsdom's URL is not Node's, so the path is resolved from the project root where Vitest runs.
export const DATASET_TEXT = readFileSync(resolve(process.cwd(), 'public/data/events.json'), 'utf8');

type Responder = (url: string) => Response | Promise<Response>;

/** Serves the dataset (or whatever `respond` says) to the app's fetch. */
export function stubFetch(respond: Responder = () => new Response(DATASET_TEXT, { status: 200 })) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => Promise.resolve(respond(String(input))));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole dashboard at a URL, with a fresh query client that does not retry. */
export function renderDashboard(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
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
