// @vitest-environment jsdom
/** While a large file downloads, the page shows how much has arrived. */
import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderDashboard, SAMPLE_TEXT, stubFetch } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

afterEach(() => vi.unstubAllGlobals());

it('shows a progress bar with the megabytes loaded, then the dashboard', async () => {
  const encoder = new TextEncoder();
  // 3 MB of white space before the dataset, sent in two parts with a pause between.
  const first = encoder.encode(' '.repeat(3 * 1024 * 1024));
  const rest = encoder.encode(SAMPLE_TEXT);
  let release: () => void = () => undefined;
  const paused = new Promise<void>((resolve) => (release = resolve));
  stubFetch(
    () =>
      new Response(
        new ReadableStream({
          async start(controller) {
            controller.enqueue(first);
            await paused;
            controller.enqueue(rest);
            controller.close();
          },
        }),
        { headers: { 'Content-Length': String(first.byteLength + rest.byteLength) } },
      ),
  );
  renderDashboard();
  const bar = await screen.findByRole('progressbar', { name: 'Download progress' });
  expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0.9);
  expect(screen.getByText(/^3\.0 of 3\.\d MB$/)).toBeInTheDocument();
  release();
  expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
});
