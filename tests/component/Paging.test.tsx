// @vitest-environment jsdom
/**
 * The three "Show more" lists page alike (hooks/usePages): a page at a time; after the last page
 * the button goes and focus moves to the first item it showed; a list with other items (a new
 * filter) starts again at its first page; the same list with a selection made in it keeps its
 * pages, so the item chosen stays on screen.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DateRange } from '@/domain/dataset/dateRange';
import {
  ALL_PLACES,
  eventSetOf,
  positionList,
  type EventSet,
  type PositionList,
} from '@/domain/query/eventSet';
import { indexDataset } from '@/domain/query/indexDataset';
import { UnplacedPanel } from '@/features/map/UnplacedPanel';
import { QuotePanel } from '@/features/quotes/QuotePanel';
import { TABLE_PAGE, TimelineTable } from '@/features/timeline/TimelineTable';
import { I18nProvider } from '@/i18n/I18nProvider';
import { generateDataset } from '../fixtures/synthetic';

// Hundreds of rows drawn and clicked through: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** 300 events over 2021–2025, 58 of them without a place, one quote each. */
const INDEX = indexDataset(generateDataset({ events: 300, places: 20 }));

interface Filter {
  range: DateRange;
  eventId: string | null;
}
const ALL: Filter = { range: { from: null, to: null }, eventId: null };

/**
 * What the dashboard hands these lists for a filter, kept per range as the dashboard keeps it
 * (useDashboardView memoises on the range): a selection does not make new lists.
 */
const views = new Map<string, { set: EventSet; unplaced: PositionList; inRange: PositionList }>();
function viewOf(partial: Partial<Filter>) {
  const filter = { ...ALL, ...partial };
  const key = JSON.stringify(filter.range);
  let view = views.get(key);
  if (!view) {
    const set = eventSetOf(INDEX, filter.range, {});
    view = {
      set,
      unplaced: positionList(set, { kind: 'unplaced' }),
      inRange: positionList(set, ALL_PLACES),
    };
    views.set(key, view);
  }
  const position = filter.eventId === null ? -1 : INDEX.positionOf(filter.eventId);
  return {
    ...view,
    selectedPosition: position >= 0 ? position : null,
    selectedEvent: position >= 0 ? INDEX.eventAt(position) : null,
  };
}
/** The positions of a list, in order. */
const all = (list: PositionList) => Array.from(list.take(list.length));

const inEnglish = (ui: ReactNode) => <I18nProvider lang="en">{ui}</I18nProvider>;

describe('the events without a place, beside the map', () => {
  const panel = (filter: Partial<Filter>) => {
    const view = viewOf(filter);
    return inEnglish(
      <UnplacedPanel
        unplacedEvents={view.unplaced}
        eventAt={INDEX.eventAt}
        selectedEventId={view.selectedEvent?.id ?? null}
        onSelectEvent={() => {}}
      />,
    );
  };
  const list = () =>
    within(screen.getByRole('region', { name: 'Calls and statements with no place' })).getByRole(
      'list',
    );
  const items = () => within(list()).getAllByRole('listitem');
  const unplaced = all(viewOf({}).unplaced);

  it('shows a page, then the rest, then gives focus to the first event of the last page', async () => {
    expect(unplaced).toHaveLength(58);
    render(panel({}));
    expect(items()).toHaveLength(30);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 28 more' }));
    expect(items()).toHaveLength(58);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    expect(within(items()[30]!).getByRole('button')).toHaveFocus();
  });

  it('starts again at the first page on a new range', async () => {
    const { rerender } = render(panel({}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 28 more' }));
    const range = { from: '2022-01-01', to: '2025-12-31' };
    expect(viewOf({ range }).unplaced.length).toBeGreaterThan(30);
    rerender(panel({ range }));
    expect(items()).toHaveLength(30);
  });

  it('keeps the pages shown when an event is chosen in the list', async () => {
    const { rerender } = render(panel({}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 28 more' }));
    const chosen = INDEX.idAt(unplaced[45]!);
    rerender(panel({ eventId: chosen }));
    expect(items()).toHaveLength(58);
    expect(within(items()[45]!).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the timeline’s data table', () => {
  const table = (filter: Partial<Filter>) => {
    const view = viewOf(filter);
    return inEnglish(
      <TimelineTable
        events={view.inRange}
        index={INDEX}
        placeId={null}
        selectedEventId={view.selectedEvent?.id ?? null}
        onSelectEvent={() => {}}
      />,
    );
  };
  const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

  it('shows a page of rows, then the rest, then gives focus to the first row of the last page', async () => {
    render(table({}));
    expect(rows()).toHaveLength(TABLE_PAGE);
    expect(screen.getByText(/^The first 200 of 300 rows\./)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toHaveLength(300);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    expect(within(rows()[TABLE_PAGE]!).getByRole('button')).toHaveFocus();
  });

  it('starts again at the first page on a new range', async () => {
    const { rerender } = render(table({}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    rerender(table({ range: { from: '2021-06-01', to: '2025-12-31' } }));
    expect(rows()).toHaveLength(TABLE_PAGE);
  });

  it('keeps the rows shown when a row’s event is chosen (the rows are rebuilt with it)', async () => {
    const { rerender } = render(table({}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 100 more' }));
    const chosen = INDEX.idAt(all(viewOf({}).inRange)[250]!);
    rerender(table({ eventId: chosen }));
    expect(rows()).toHaveLength(300);
    expect(within(rows()[250]!).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the quotes', () => {
  const quotePanel = (filter: Partial<Filter>) => {
    const view = viewOf(filter);
    return inEnglish(
      <QuotePanel
        index={INDEX}
        set={view.set}
        placeFilter={ALL_PLACES}
        selectedPosition={view.selectedPosition}
        selectedEvent={view.selectedEvent}
        onSelectEvent={() => {}}
      />,
    );
  };
  const figures = () => screen.getAllByRole('figure');
  // 2024 onwards: 100 quotes or so, two pages.
  const range = { from: '2024-01-01', to: '2025-12-31' };
  // One quote an event.
  const count = viewOf({ range }).inRange.length;

  it('shows a page of quotes, then the rest, then gives focus to the first quote of the last page', async () => {
    expect(count).toBeGreaterThan(60);
    expect(count).toBeLessThanOrEqual(120);
    render(quotePanel({ range }));
    expect(figures()).toHaveLength(60);
    const rest = count - 60;
    await userEvent
      .setup()
      .click(
        screen.getByRole('button', { name: `Show ${rest} more quote${rest === 1 ? '' : 's'}` }),
      );
    expect(figures()).toHaveLength(count);
    expect(
      screen.queryByRole('button', { name: /^Show \d+ more quotes?$/ }),
    ).not.toBeInTheDocument();
    expect(figures()[60]).toHaveFocus();
  });

  it('starts again at the first page on a new range, a search or another order', async () => {
    const user = userEvent.setup();
    const { rerender } = render(quotePanel({}));
    await user.click(screen.getByRole('button', { name: 'Show 60 more quotes' }));
    expect(figures()).toHaveLength(120);

    rerender(quotePanel({ range: { from: '2021-06-01', to: '2025-12-31' } }));
    expect(figures()).toHaveLength(60);

    await user.click(screen.getByRole('button', { name: 'Show 60 more quotes' }));
    await user.selectOptions(screen.getByLabelText('Order'), 'Newest first');
    expect(figures()).toHaveLength(60);

    await user.click(screen.getByRole('button', { name: 'Show 60 more quotes' }));
    await user.type(screen.getByLabelText('Search quotes'), 'ninh');
    // The search narrows the list (it runs deferred): the count says how far.
    const matching = Number(
      (await screen.findByText(/^\d+ of \d+ quotes$/)).textContent?.split(' ')[0],
    );
    expect(matching).toBeGreaterThan(60);
    expect(figures()).toHaveLength(60);
  });
});
