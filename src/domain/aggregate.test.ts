import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import {
  computeDashboardView,
  countVisibleEvents,
  indexDataset,
  summarizePlaces,
} from './aggregate';
import { fromDayNumber, toDayNumber } from './dates';
import { isInRange } from '../../tests/fixtures/rangeOracle';
import { generateDataset, seededRandom } from '../../tests/fixtures/synthetic';
import { thinTimeline } from './thinTimeline';

const index = indexDataset(makeSampleDataset());
const ALL = { from: null, to: null };

describe('indexDataset', () => {
  it('sorts events by their position in time', () => {
    expect(index.events.map((e) => e.event.id)).toEqual(['e2', 'e1', 'e3', 'e4']);
  });
  it('groups quotes by event', () => {
    expect(index.quotesByEvent.get('e1')?.map((q) => q.id)).toEqual(['q1']);
    expect(index.quotesByEvent.get('e2')).toBeUndefined();
  });
  it('finds the extent once: the first day any event may fall on to the last', () => {
    // e2 (18 January 2022) is the first; e4 is known only to October 2025, so it may be the 31st.
    expect(index.extent).toEqual({ from: '2022-01-18', to: '2025-10-31' });
  });
  it('bins the events by month once, over the whole extent', () => {
    expect(index.monthBins[0]).toMatchObject({ month: '2022-01', count: 2 });
    expect(index.monthBins.at(-1)).toMatchObject({ month: '2025-10', count: 1 });
    expect(index.monthBins).toHaveLength(46);
    expect(index.monthBins.reduce((n, b) => n + b.count, 0)).toBe(4);
  });
  // A generous limit: the work is a fraction of a second, but CI is a busy two-core machine.
  it(
    'indexes 200,000 events (a spread of that many arguments would overflow the stack)',
    { timeout: 30_000 },
    () => {
      const sample = makeSampleDataset();
      const first = toDayNumber('2021-01-01');
      const events = Array.from({ length: 200_000 }, (_, i) => ({
        ...sample.events[0]!,
        id: `e${i}`,
        date: fromDayNumber(first + (i % 1800)),
      }));
      const big = indexDataset({ ...sample, events, quotes: [] });
      expect(big.extent).toEqual({ from: '2021-01-01', to: fromDayNumber(first + 1799) });
      expect(big.monthBins.reduce((n, b) => n + b.count, 0)).toBe(200_000);
    },
  );
  it('has an open extent and no bins without events', () => {
    const empty = indexDataset({ ...makeSampleDataset(), events: [], quotes: [] });
    expect(empty.extent).toEqual({ from: null, to: null });
    expect(empty.monthBins).toEqual([]);
  });
});

describe('summarizePlaces', () => {
  it('counts events, dates, the highest tension and held against planned', () => {
    const summaries = summarizePlaces(index.events, index.placesById);
    expect(summaries.map((s) => s.place.id)).toEqual(['geneva', 'budapest']);
    expect(summaries[0]).toMatchObject({
      eventCount: 2,
      eventIds: ['e1', 'e3'],
      firstDate: '2022-01-21',
      latestDate: '2023-02-01',
      maxTension: 6.4,
      heldCount: 2,
      notHeldCount: 0,
    });
    expect(summaries[1]).toMatchObject({ eventCount: 1, heldCount: 0, notHeldCount: 1 });
  });
  it('leaves out events that have no place', () => {
    const summaries = summarizePlaces(index.events, index.placesById);
    expect(summaries.flatMap((s) => s.eventIds)).not.toContain('e2');
  });
});

describe('computeDashboardView', () => {
  it('shows everything with no filter', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: null });
    expect(view.visibleEvents).toHaveLength(4);
    expect(view.totalEvents).toBe(4);
    expect(view.unplacedEvents.map((e) => e.event.id)).toEqual(['e2']);
    expect(view.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(view.series.every((p) => p.highlighted)).toBe(true);
  });

  it('narrows all views to a date range', () => {
    const view = computeDashboardView(index, {
      range: { from: '2022-01-01', to: '2022-12-31' },
      placeId: null,
    });
    expect(view.visibleEvents.map((e) => e.event.id)).toEqual(['e2', 'e1']);
    expect(view.placeSummaries.map((s) => s.place.id)).toEqual(['geneva']);
    expect(view.placeSummaries[0]!.eventCount).toBe(1);
    expect(view.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(view.series.map((p) => p.eventId)).toEqual(['e2', 'e1']);
  });

  it('selecting a place filters events and quotes and highlights its points', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: 'geneva' });
    expect(view.visibleEvents.map((e) => e.event.id)).toEqual(['e1', 'e3']);
    expect(view.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    // the markers and the timeline keep every place, so the selection can change
    expect(view.placeSummaries).toHaveLength(2);
    expect(view.series.filter((p) => p.highlighted).map((p) => p.eventId)).toEqual(['e1', 'e3']);
  });

  it('includes a month-precision event from a range that starts inside its month', () => {
    const view = computeDashboardView(index, {
      range: { from: '2023-02-20', to: '2023-03-05' },
      placeId: null,
    });
    expect(view.visibleEvents.map((e) => e.event.id)).toEqual(['e3']);
  });

  it('draws month-precision events mid-month', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: null });
    const e3 = view.series.find((p) => p.eventId === 'e3');
    expect(fromDayNumber(e3!.day)).toBe('2023-02-14');
  });

  it('selecting an event narrows the quotes to its own and marks its point', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: 'geneva', eventId: 'e3' });
    expect(view.selectedEvent?.id).toBe('e3');
    expect(view.quotes.map((q) => q.id)).toEqual(['q2']);
    expect(view.series.filter((p) => p.selected).map((p) => p.eventId)).toEqual(['e3']);
  });

  it('ignores a selected event that the filters hide', () => {
    const view = computeDashboardView(index, {
      range: { from: '2022-01-01', to: '2022-12-31' },
      placeId: null,
      eventId: 'e3',
    });
    expect(view.selectedEvent).toBeNull();
    expect(view.quotes.map((q) => q.id)).toEqual(['q1']);
  });

  it('returns empty views for a range with no events', () => {
    const view = computeDashboardView(index, {
      range: { from: '2024-01-01', to: '2024-06-30' },
      placeId: null,
    });
    expect(view.visibleEvents).toEqual([]);
    expect(view.placeSummaries).toEqual([]);
    expect(view.quotes).toEqual([]);
    expect(view.totalEvents).toBe(4);
  });
});

describe('facets (the filter’s keep)', () => {
  const keep = (e: { kind: string }) => e.kind === 'meeting';
  it('shows only the events the facets keep, in every view', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: null, keep });
    const meetings = index.events.filter((e) => e.event.kind === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.length).toBeLessThan(index.events.length);
    expect(view.visibleEvents.map((e) => e.event.id)).toEqual(meetings.map((e) => e.event.id));
    expect(view.series.map((p) => p.eventId)).toEqual(meetings.map((e) => e.event.id));
    expect(view.quotes.every((q) => meetings.some((e) => e.event.id === q.eventId))).toBe(true);
  });
  it('counts what the view shows', () => {
    const filter = { range: ALL, placeId: null, keep };
    const view = computeDashboardView(index, filter);
    expect(countVisibleEvents(index, filter)).toEqual({
      events: view.visibleEvents.length,
      quotes: view.quotes.length,
    });
  });
});

describe('countVisibleEvents', () => {
  it('counts what computeDashboardView shows, for every filter', () => {
    const filters = [
      { range: ALL, placeId: null },
      { range: { from: '2022-01-01', to: '2022-12-31' }, placeId: null },
      { range: ALL, placeId: 'geneva' },
      { range: ALL, placeId: 'geneva', eventId: 'e3' },
      { range: { from: '2024-01-01', to: '2024-06-30' }, placeId: null },
    ];
    for (const filter of filters) {
      const view = computeDashboardView(index, filter);
      expect(countVisibleEvents(index, filter)).toEqual({
        events: view.visibleEvents.length,
        quotes: view.quotes.length,
      });
    }
  });
});

describe('counting and slicing by day on a large dataset', () => {
  const big = indexDataset(generateDataset({ events: 3000, places: 20, seed: 3 }));
  const random = seededRandom(11);
  const randomDate = () => fromDayNumber(toDayNumber('2020-11-01') + Math.floor(random() * 1950));

  it('agrees with a plain scan over every event, for random ranges, places and selections', () => {
    for (let trial = 0; trial < 150; trial++) {
      const a = random() < 0.15 ? null : randomDate();
      const b = random() < 0.15 ? null : randomDate();
      const range = { from: a, to: b };
      const placeId = random() < 0.4 ? `place-${Math.floor(random() * 20)}` : null;
      const eventId = random() < 0.3 ? `event-${Math.floor(random() * 3000)}` : null;
      const filter = { range, placeId, eventId };
      const scanned = big.events.filter(
        (e) => isInRange(e.event, range) && (placeId === null || e.event.placeId === placeId),
      );
      const view = computeDashboardView(big, filter);
      expect(view.visibleEvents.map((e) => e.event.id)).toEqual(scanned.map((e) => e.event.id));
      expect(countVisibleEvents(big, filter)).toEqual({
        events: scanned.length,
        quotes: view.quotes.length,
      });
    }
  });
});

describe('the text of the events in a view', () => {
  it('is read only for the marks and rows that show it, not for every event in the range', () => {
    const sample = makeSampleDataset();
    let reads = 0;
    // Events whose titles count their reads, as the page's stored records decode on reading.
    const counted = sample.events.map((event) => {
      const { title, ...rest } = event;
      return Object.defineProperty(rest, 'title', {
        get: () => {
          reads += 1;
          return title;
        },
        enumerable: true,
      }) as typeof event;
    });
    const view = computeDashboardView(indexDataset({ ...sample, events: counted }), {
      range: ALL,
      placeId: null,
    });
    expect(view.series).toHaveLength(4);
    expect(reads).toBe(0);
    expect(view.series[0]?.title.en).toBe(sample.events.find((e) => e.id === 'e2')?.title.en);
    expect(reads).toBe(1);
  });
});

describe('the timeline series', () => {
  it('hands each point its title when read, and a mark made from it has it as its own', () => {
    const view = computeDashboardView(index, { range: ALL, placeId: null });
    const first = view.series[0];
    expect(first?.title).toEqual(index.events[0]?.event.title);
    // The points are read, never spread; the marks made from them are plain objects.
    expect({ ...thinTimeline(view.series, [0, 1])[0] }.title).toEqual(first?.title);
  });
});
