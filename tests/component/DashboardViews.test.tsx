// @vitest-environment jsdom
/**
 * The dashboard's linked views: the shipped data, a place, a range, an event, the unplaced.
 * (Dashboard.test.tsx, split by subject; the tests moved unchanged.)
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  DATASET_TEXT,
  renderDashboard,
  setUpDashboardTests,
  status,
  stubFetch,
  viewsSettled,
} from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const region = (name: string) => screen.getByRole('region', { name });
const findRegion = (name: string) => screen.findByRole('region', { name });
const searchParams = () => new URLSearchParams(window.location.search);

setUpDashboardTests();

describe('the shipped dataset (the one test on the real data)', () => {
  it('loads and shows every event, place and quote in the three views', async () => {
    const shipped = JSON.parse(DATASET_TEXT) as ReturnType<typeof makeSampleDataset>;
    const events = shipped.events.length;
    const placed = new Set(shipped.events.flatMap((e) => (e.placeId ? [e.placeId] : [])));
    stubFetch(() => new Response(DATASET_TEXT));
    renderDashboard();
    expect(
      await screen.findByText(new RegExp(`^Showing ${events} of ${events} events`)),
    ).toBeInTheDocument();
    const map = await within(region('Map')).findByTestId('map-stub');
    expect(within(map).getAllByRole('button')).toHaveLength(placed.size);
    for (const place of shipped.places.filter((p) => placed.has(p.id)))
      expect(
        within(map).getByRole('button', { name: (name) => name.startsWith(place.name.en) }),
      ).toBeInTheDocument();
    expect(
      within(await screen.findByTestId('chart-stub')).getAllByRole('listitem', { hidden: true }),
    ).toHaveLength(events);
    expect(
      within(region('Quotes')).getByText(`${shipped.quotes.length} quotes`),
    ).toBeInTheDocument();
    // The built-in data has the story's meetings.
    expect(screen.getByRole('button', { name: 'Story: the five meetings' })).toBeInTheDocument();
  });
});

describe('the dashboard', () => {
  it('loads the dataset and shows the three views with the page landmarks', async () => {
    renderDashboard();
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    // Until the data is in, the headline is the built-in dataset's, as the static header says it.
    const headline = screen.getByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent('The US and Russia met four times;');
    expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    // Then the finding of the data on screen (here the sample: one meeting, one planned).
    expect(headline).toHaveTextContent(/^The US and Russia met once in person$/);
    for (const name of ['Map', 'Tone over time', 'Quotes', 'Filters'])
      expect(region(name)).toBeInTheDocument();
    const map = await within(region('Map')).findByTestId('map-stub');
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Geneva: 2 events', 'Budapest: 1 event, 1 not held']);
    expect(within(region('Quotes')).getByText('3 quotes')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Sources and method');
  });

  it('clicking a marker filters every view and writes the place into the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const map = await screen.findByTestId('map-stub');
    await user.click(within(map).getByRole('button', { name: /^Geneva/ }));
    await viewsSettled();

    expect(searchParams().get('place')).toBe('geneva');
    expect(status()).toHaveTextContent('Showing 2 of 4 events in Geneva');
    expect(within(map).getByRole('button', { name: /^Geneva/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const quotes = region('Quotes');
    expect(within(quotes).getByText('2 quotes')).toBeInTheDocument();
    expect(within(quotes).getByRole('button', { name: 'Talks' })).toBeInTheDocument();
    expect(within(quotes).queryByRole('button', { name: 'Summit' })).not.toBeInTheDocument();
    const highlighted = within(await screen.findByTestId('chart-stub'))
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.dataset.highlighted === 'true');
    expect(highlighted).toHaveLength(2);

    await user.click(within(region('Map')).getByRole('button', { name: 'All places' }));
    await viewsSettled();
    expect(searchParams().get('place')).toBeNull();
    expect(status()).toHaveTextContent('Showing 4 of 4 events');
  });

  it('a date range narrows the markers, the timeline, the quotes and the status line', async () => {
    renderDashboard();
    await screen.findByTestId('map-stub');
    // Native date inputs take a whole date at once, as a picker sets it.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    await viewsSettled();

    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(status()).toHaveTextContent('Showing 1 of 4 events');
    const map = screen.getByTestId('map-stub');
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Budapest: 1 event, 1 not held']);
    expect(
      within(await screen.findByTestId('chart-stub')).getAllByRole('listitem', { hidden: true }),
    ).toHaveLength(1);
    expect(within(region('Quotes')).getByText('1 quote')).toBeInTheDocument();
    expect(within(region('Quotes')).queryByText('frank')).not.toBeInTheDocument();
  });

  it('presets and the timeline brush drive the same range', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('map-stub');
    await user.click(screen.getByRole('button', { name: 'Before the invasion' }));
    await viewsSettled();
    expect(screen.getByRole('button', { name: 'Before the invasion' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(searchParams().get('to')).toBe('2022-02-23');
    expect(status()).toHaveTextContent('Showing 2 of 4 events');
    expect(screen.getByLabelText('To')).toHaveValue('2022-02-23');

    await user.click(screen.getByRole('button', { name: 'brush 2025' }));
    await viewsSettled();
    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    expect(status()).toHaveTextContent('Showing 1 of 4 events');
  });

  it('selecting an event on the timeline shows its place, its quotes and its details', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('chart-stub');
    await user.click(screen.getByRole('button', { name: 'point: Accusation' }));
    await viewsSettled();

    expect(searchParams().get('event')).toBe('e3');
    expect(searchParams().get('place')).toBe('geneva');
    expect(
      within(screen.getByTestId('map-stub')).getByRole('button', { name: /^Geneva/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    const details = await screen.findByRole('article', { name: 'Selected event' });
    expect(within(details).getByRole('heading', { name: 'Accusation' })).toBeInTheDocument();
    expect(details).toHaveTextContent('He accused.');
    expect(within(region('Quotes')).getByText('1 quote')).toBeInTheDocument();
    expect(within(region('Quotes')).getByText('absurd')).toBeInTheDocument();
  });

  it('names the chart’s source under it, with a link to the sources and method', async () => {
    renderDashboard();
    const timeline = await findRegion('Tone over time');
    expect(
      await within(timeline).findByText(/^Source: 1 article \(Example Daily\)\./),
    ).toBeVisible();
    expect(within(timeline).getByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '#about-heading',
    );
    expect(document.getElementById('about-heading')).toHaveTextContent('Sources and method');
  });

  it('events without a place are listed beside the map and can be selected', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await within(await findRegion('Map')).findByTestId('map-stub');
    const list = region('Calls and statements with no place');
    const call = within(list).getByRole('button', { name: /Call/ });
    await user.click(call);
    await viewsSettled();
    expect(call).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(region('Quotes')).getByText('The articles quote no one directly for this event.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Selected event' })).toHaveTextContent(
      'They called.',
    );
  });
});
