/**
 * Index once, query cheaply: the dataset is indexed when it loads, and each filter change derives
 * what the three views draw from that index.
 */
import { midpointOf, spanOf, type DaySpan } from './dates';
import { overlaps, rangeToDays, type DateRange } from './dateRange';
import type {
  Dataset,
  DiplomaticEvent,
  EventCategory,
  EventKind,
  EventStatus,
  LocalizedText,
  Person,
  Place,
  Quote,
  Source,
} from './schema';

export interface DatasetIndex {
  dataset: Dataset;
  /** Events sorted by date (then id), each with the days it may have happened on. */
  events: readonly IndexedEvent[];
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  quotesByEvent: ReadonlyMap<string, readonly Quote[]>;
}

export interface IndexedEvent {
  event: DiplomaticEvent;
  span: DaySpan;
  /** Where the event is drawn on a time axis (day number). */
  day: number;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const events = dataset.events
    .map((event) => ({
      event,
      span: spanOf(event.date, event.datePrecision),
      day: midpointOf(event.date, event.datePrecision),
    }))
    .sort((a, b) => a.day - b.day || a.event.id.localeCompare(b.event.id));

  const quotesByEvent = new Map<string, Quote[]>();
  for (const quote of dataset.quotes) {
    const list = quotesByEvent.get(quote.eventId);
    if (list) list.push(quote);
    else quotesByEvent.set(quote.eventId, [quote]);
  }

  return {
    dataset,
    events,
    eventsById: new Map(dataset.events.map((e) => [e.id, e])),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    peopleById: new Map(dataset.people.map((p) => [p.id, p])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    quotesByEvent,
  };
}

export interface PlaceSummary {
  place: Place;
  eventCount: number;
  /** Ids of the place's events, oldest first. */
  eventIds: string[];
  firstDate: string;
  latestDate: string;
  maxTension: number;
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
    summary.maxTension = Math.max(summary.maxTension, event.tension);
    if (event.status === 'held') summary.heldCount += 1;
    else summary.notHeldCount += 1;
  }
  return [...byPlace.values()];
}

export interface TimelinePoint {
  eventId: string;
  /** Day number of the point's position (the middle of the month for month precision). */
  day: number;
  tension: number;
  kind: EventKind;
  status: EventStatus;
  category: EventCategory;
  title: LocalizedText;
  placeId: string | null;
  date: string;
  datePrecision: DiplomaticEvent['datePrecision'];
  /** In the selected place (or no place is selected). */
  highlighted: boolean;
  selected: boolean;
}

export function buildTimelineSeries(
  events: readonly IndexedEvent[],
  selectedPlaceId: string | null,
  selectedEventId: string | null = null,
): TimelinePoint[] {
  return events.map(({ event, day }) => ({
    eventId: event.id,
    day,
    tension: event.tension,
    kind: event.kind,
    status: event.status,
    category: event.category,
    title: event.title,
    placeId: event.placeId,
    date: event.date,
    datePrecision: event.datePrecision,
    highlighted: selectedPlaceId === null || event.placeId === selectedPlaceId,
    selected: event.id === selectedEventId,
  }));
}

export interface DashboardFilter {
  range: DateRange;
  placeId: string | null;
  /** A selected event narrows the quotes to its own. */
  eventId?: string | null;
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
  const rangeEvents = index.events.filter((e) => overlaps(e.span, days));
  const visibleEvents =
    filter.placeId === null
      ? rangeEvents
      : rangeEvents.filter((e) => e.event.placeId === filter.placeId);
  const selected = visibleEvents.find((e) => e.event.id === filter.eventId)?.event ?? null;
  const quotes = selected
    ? [...(index.quotesByEvent.get(selected.id) ?? [])]
    : visibleEvents.flatMap(({ event }) => index.quotesByEvent.get(event.id) ?? []);
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

/**
 * How many events and quotes a filter shows, counted without building the views: cheap enough
 * to answer in the same frame as the input that changed the filter.
 */
export function countVisibleEvents(
  index: DatasetIndex,
  filter: DashboardFilter,
): { events: number; quotes: number } {
  const days = rangeToDays(filter.range);
  let events = 0;
  let quotes = 0;
  let selectedQuotes: number | null = null;
  for (const { event, span } of index.events) {
    if (!overlaps(span, days)) continue;
    if (filter.placeId !== null && event.placeId !== filter.placeId) continue;
    events += 1;
    const count = index.quotesByEvent.get(event.id)?.length ?? 0;
    quotes += count;
    if (event.id === filter.eventId) selectedQuotes = count;
  }
  return { events, quotes: selectedQuotes ?? quotes };
}
