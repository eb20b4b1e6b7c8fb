// @vitest-environment jsdom
/** A view that fails on one filter comes back when the filter changes. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { quoteListOf } from '@/domain/query/quoteList';
import type { QuotePanelProps } from '@/features/quotes/QuotePanel';
import { renderDashboard, stubFetch, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));
// A quote panel that cannot draw the sample's quote "q2" (of February 2023).
vi.mock('@/features/quotes/QuotePanel', () => ({
  QuotePanel: ({ index, set, placeFilter, selectedPosition }: QuotePanelProps) => {
    const list = quoteListOf(set, placeFilter, selectedPosition, null);
    const quotes = Array.from(list.take(list.count, false), index.quoteAt);
    if (quotes.some((q) => q.id === 'q2')) throw new Error('cannot draw q2');
    return <p>Quotes drawn: {quotes.length}</p>;
  },
}));

beforeEach(() => {
  stubFetch();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.unstubAllGlobals());

it('a view that failed on one filter is drawn again on another, and fails again on the first', async () => {
  const user = userEvent.setup();
  renderDashboard();
  const views = () => screen.getByTestId('map-stub').closest('.views') as HTMLElement;
  await screen.findByTestId('map-stub');
  expect(await within(views()).findByRole('alert')).toHaveTextContent(
    'This view could not be drawn from the data.',
  );

  await user.click(screen.getByRole('button', { name: 'Before the invasion' }));
  await viewsSettled();
  expect(within(views()).queryByRole('alert')).toBeNull();
  expect(screen.getByText('Quotes drawn: 1')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'All' }));
  await viewsSettled();
  expect(within(views()).getByRole('alert')).toHaveTextContent('This view could not be drawn');
});
