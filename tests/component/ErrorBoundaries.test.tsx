// @vitest-environment jsdom
/** One view that throws on odd data shows a message; the other views keep working. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderDashboard, stubFetch, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', () => ({
  default: () => {
    throw new Error('the chart cannot draw this');
  },
}));

beforeEach(() => {
  stubFetch();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.unstubAllGlobals());

it('keeps the map and the quotes working when the chart fails', async () => {
  const user = userEvent.setup();
  renderDashboard();
  const timeline = await screen.findByRole('region', { name: 'Tone over time' });
  expect(await within(timeline).findByRole('alert')).toHaveTextContent(
    'This view could not be drawn from the data.',
  );

  const map = screen.getByRole('region', { name: 'Map' });
  await user.click(await within(map).findByRole('button', { name: /^Geneva/ }));
  await viewsSettled();
  expect(
    within(screen.getByRole('region', { name: 'Quotes' })).getByText('2 quotes'),
  ).toBeInTheDocument();
  // The data table, the chart's text alternative, still works.
  await user.click(within(timeline).getByText('Show the data as a table'));
  await viewsSettled();
  expect(within(timeline).getByRole('table')).toBeInTheDocument();
});
