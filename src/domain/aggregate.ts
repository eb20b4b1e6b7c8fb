/**
 * Index once, query cheaply: the dataset is indexed when it loads, and each filter change derives
 * what the three views draw from that index.
 */
import { fromDayNumber, midpointOfSpan, spanOf, type DaySpan } from './dates';
import { ALL_DATES, overlaps, rangeToDays, type DateRange } from './dateRange';
import type { Dataset, DiplomaticEvent, Person, Place, Quote, Source } from './schema';
import { binByMonth, type MonthBin } from './timeAxis';
import { buildDayIndex, countInRange, rangeSlices, type DayIndex } from './dayIndex';
import { buildTimelineSeries, type TimelinePoint } from './store/timelineSeries';
import { buildSearchColumn, type SearchChunk, type SearchColumn } from './store/searchColumn';

export { buildTimelineSeries, type TimelinePoint };

export interface DatasetIndex {
  dataset: Dataset;
  /** Events sorted by date (then id), each with the days it may have happened on. */
  events: readonly IndexedEvent[];
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  quotesByEvent: ReadonlyMap<string, readonly Quote[]>;
  /** The quotes' folded text, for searching them without reading their text. */
  searchColumn: SearchColumn;
  /**
   * The dataset's dates, from the first day any event may fall on to the last (open without
   * events): the one extent the inputs, the status line, the chart and playback all use.
   */
  extent: DateRange;
  /** Events per month over the extent, for the overview strip under the timeline. */
  monthBins: readonly MonthBin[];
  /** For counting by binary search: the days of `events` in order, all events and per place. */
  byDay: DayIndex;
  byDayAtPlace: ReadonlyMap<string, DayIndex>;
}

export interface IndexedEvent {
  event: DiplomaticEvent;
  span: DaySpan;
  /** Where the event is drawn on a time axis (day number). */
  day: number;
}

/**
 * `search`: the quotes' search chunks, in the quotes' order, when the worker made them; otherwise
 * they are made here.
 */
export function indexDataset(dataset: Dataset, search?: readonly SearchChunk[]): DatasetIndex {
  const events = dataset.events
    .map((event) => {
      const span = spanOf(event.date, event.datePrecision);
      return { event, span, day: midpointOfSpan(span) };
    })
    // Ties by id in code-unit order: ids are lower-case ASCII (schema), and localeCompare's
    // collation made this sort most of the indexing time at 100,000 events.
    .sort(
      (a, b) => a.day - b.day || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    );

  const extent = extentOfSpans(events);
  const quotesByEvent = new Map<string, Quote[]>();
  for (const quote of dataset.quotes) {
    const list = quotesByEvent.get(quote.eventId);
    if (list) list.push(quote);
    else quotesByEvent.set(quote.eventId, [quote]);
  }

  const quoteCount = (i: number) => quotesByEvent.get(events[i]?.event.id ?? '')?.length ?? 0;
  const atPlace = new Map<string, number[]>();
  events.forEach(({ event }, i) => {
    if (event.placeId === null) return;
    const list = atPlace.get(event.placeId);
    if (list) list.push(i);
    else atPlace.set(event.placeId, [i]);
  });
  const dayIndex = (positions: number[]) => buildDayIndex(events, positions, quoteCount);
  const peopleById = new Map(dataset.people.map((p) => [p.id, p]));

  return {
    dataset,
    byDay: dayIndex(events.map((_, i) => i)),
    byDayAtPlace: new Map([...atPlace].map(([place, positions]) => [place, dayIndex(positions)])),
    events,
    eventsById: new Map(dataset.events.map((e) => [e.id, e])),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    peopleById,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    quotesByEvent,
    searchColumn: search
      ? { quotes: dataset.quotes, chunks: search }
      : buildSearchColumn(dataset.quotes, peopleById),
    extent: extent
      ? { from: fromDayNumber(extent.start), to: fromDayNumber(extent.end) }
      : ALL_DATES,
    monthBins: extent ? binByMonth(events, extent) : [],
  };
}

/** The first to the last day of the spans, or null for none. */
// A loop, not Math.min(...spread): spreading 400,000 arguments overflows the call stack.
function extentOfSpans(items: readonly { span: DaySpan }[]): DaySpan | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const { span } of items) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}

export interface PlaceSummary {
  place: Place;
  eventCount: number;
  /** Ids of the place's events, oldest first. */
  eventIds: string[];
  firstDate: string;
  latestDate: string;
  /** The highest tension among its scored events; null if none of them is scored. */
  maxTension: number | null;
  heldCount: number;
  /** Planned, postponed or cancelled: events that did not (yet) take place. */
  notHeldCount: number;
}

/** One summary per place with events, in the order of each place's first event. */
export function summarizePlaces(
  events: readonly IndexedEvent[],
  placesById: ReadonlyMap<string, Place>,
): PlaceSummary[] {
  const byPlace = new Map<string, PlaceSummary>();
  for (const { event } of events) {
    if (event.placeId === null) continue;
    const place = placesById.get(event.placeId);
    if (!place) continue;
    let summary = byPlace.get(place.id);
    if (!summary) {
      summary = {
        place,
        eventCount: 0,
        eventIds: [],
        firstDate: event.date,
        latestDate: event.date,
        maxTension: event.tension,
        heldCount: 0,
        notHeldCount: 0,
      };
      byPlace.set(place.id, summary);
    }
    summary.eventCount += 1;
    summary.eventIds.push(event.id);
    if (event.date < summary.firstDate) summary.firstDate = event.date;
    if (event.date > summary.latestDate) summary.latestDate = event.date;
    if (event.tension !== null)
      summary.maxTension =
        summary.maxTension === null ? event.tension : Math.max(summary.maxTension, event.tension);
    if (event.status === 'held') summary.heldCount += 1;
    else summary.notHeldCount += 1;
  }
  return [...byPlace.values()];
}

export interface DashboardFilter {
  range: DateRange;
  placeId: string | null;
  /** A selected event narrows the quotes to its own. */
  eventId?: string | null;
  /** The facets' test (facets.ts keepByFacets): only events it keeps are shown at all. */
  keep?: ((event: DiplomaticEvent) => boolean) | undefined;
}

export interface DashboardView {
  /** Every event in the date range, at any place or none. */
  rangeEvents: IndexedEvent[];
  /** The events shown: those in the range and, if a place is selected, at that place. */
  visibleEvents: IndexedEvent[];
  /** Markers: places with events in the range. */
  placeSummaries: PlaceSummary[];
  /** Events in the range that have no place (phone calls, statements). */
  unplacedEvents: IndexedEvent[];
  series: TimelinePoint[];
  /** Quotes of the visible events (or of the selected event), oldest first. */
  quotes: Quote[];
  /** The selected event, if it is among the visible ones. */
  selectedEvent: DiplomaticEvent | null;
  totalEvents: number;
}

/** Everything the three views draw for one filter state. */
export function computeDashboardView(index: DatasetIndex, filter: DashboardFilter): DashboardView {
  const days = rangeToDays(filter.range);
  // Only the events drawn near or inside the range can overlap it: a slice by binary search.
  const { start, end } = rangeSlices(index.byDay, days);
  const { keep } = filter;
  const rangeEvents = index.events
    .slice(start, end)
    .filter((e) => overlaps(e.span, days) && (keep === undefined || keep(e.event)));
  const visibleEvents =
    filter.placeId === null
      ? rangeEvents
      : rangeEvents.filter((e) => e.event.placeId === filter.placeId);
  const selected = visibleEvents.find((e) => e.event.id === filter.eventId)?.event ?? null;
  const quotes = selected
    ? [...(index.quotesByEvent.get(selected.id) ?? [])]
    : quotesOf(visibleEvents, index.quotesByEvent);
  return {
    rangeEvents,
    visibleEvents,
    placeSummaries: summarizePlaces(rangeEvents, index.placesById),
    unplacedEvents: rangeEvents.filter((e) => e.event.placeId === null),
    series: buildTimelineSeries(rangeEvents, filter.placeId, selected?.id ?? null),
    quotes,
    selectedEvent: selected,
    totalEvents: index.events.length,
  };
}

/** The events' quotes, in the events' order: a plain loop (flatMap is several times slower). */
function quotesOf(
  events: readonly IndexedEvent[],
  quotesByEvent: ReadonlyMap<string, readonly Quote[]>,
): Quote[] {
  const quotes: Quote[] = [];
  for (const { event } of events) {
    const own = quotesByEvent.get(event.id);
    if (own) for (const quote of own) quotes.push(quote);
  }
  return quotes;
}

/**
 * How many events and quotes a filter shows, counted without building the views: two binary
 * searches and the events near the range's ends, so it answers in the frame of the input.
 */
export function countVisibleEvents(
  index: DatasetIndex,
  filter: DashboardFilter,
): { events: number; quotes: number } {
  // With facets, every event in the range is tested: the views do the same work anyway.
  if (filter.keep) {
    const { visibleEvents, quotes } = computeDashboardView(index, filter);
    return { events: visibleEvents.length, quotes: quotes.length };
  }
  const byDay = filter.placeId === null ? index.byDay : index.byDayAtPlace.get(filter.placeId);
  if (!byDay) return { events: 0, quotes: 0 };
  const days = rangeToDays(filter.range);
  const counts = countInRange(byDay, index.events, days);
  // A selected event that is shown narrows the quotes to its own.
  const selected = filter.eventId ? index.eventsById.get(filter.eventId) : undefined;
  if (selected) {
    const span = spanOf(selected.date, selected.datePrecision);
    const atPlace = filter.placeId === null || selected.placeId === filter.placeId;
    if (atPlace && overlaps(span, days))
      return { ...counts, quotes: index.quotesByEvent.get(selected.id)?.length ?? 0 };
  }
  return counts;
}
