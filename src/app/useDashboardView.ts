import { useCallback, useMemo } from 'react';
import { countShown, type ShownCounts } from '@/domain/query/counts';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import {
  ALL_PLACES,
  eventSetOf,
  inSet,
  positionList,
  type EventSet,
  type PlaceFilter,
  type PositionList,
} from '@/domain/query/eventSet';
import { summarizePlaces, type PlaceSummary } from '@/domain/query/placeSummaries';
import { quoteListOf } from '@/domain/query/quoteList';
import { timelineOf, type TimelineModel } from '@/domain/query/timelineModel';
import type { DiplomaticEvent, Quote } from '@/domain/dataset/schema';
import { chartDomain } from '@/domain/query/timeAxis';
import type { ViewFilters } from '@/domain/viewState/viewFilters';
import { describeFilter } from '@/i18n/describeFilter';
import { useI18n } from '@/i18n/I18nProvider';

export interface PreparedView {
  /** The filters the views show. */
  viewFilters: ViewFilters;
  /** The views still show an earlier filter: they are dimmed and marked busy meanwhile. */
  stale: boolean;
  /** The events the range and facets keep, as the index answers for them. */
  set: EventSet;
  /** The selected place as the views ask for it (all places, or one). */
  placeFilter: PlaceFilter;
  /** The selected event's position, if it is among the events shown; else null. */
  selectedPosition: number | null;
  selectedEvent: DiplomaticEvent | null;
  /** The events and quotes the filters show, for the status line. */
  counts: ShownCounts;
  timeline: TimelineModel;
  /** Markers: places with events in the range. */
  places: readonly PlaceSummary[];
  /** Events in the range with no place (calls, statements). */
  unplaced: PositionList;
  /** Every event in the range, at any place: the timeline's data table. */
  inRange: PositionList;
  /** The timeline's time axis. */
  domain: [number, number];
  /** The view in one sentence: "Showing 4 of 20 events in Geneva, …". */
  description: string;
  /** The events and quotes shown, made when a download asks for them. */
  rows: () => { events: DiplomaticEvent[]; quotes: Quote[] };
}

/**
 * What the views show for the filters, read from the index (domain/query): every part costs what
 * it shows, not what the dataset holds, so the views follow an input in its own frame; each part
 * is kept until what it depends on changes (a marker click recomputes the place's highlights and
 * quotes, not the map's markers).
 */
export function useDashboardView(index: DatasetIndex, filters: ViewFilters): PreparedView {
  const i18n = useI18n();
  const { range, place, event, facets } = filters;
  const set = useMemo(() => eventSetOf(index, range, facets), [index, range, facets]);
  const placeKey = place === null ? null : (index.placeKey.get(place) ?? -1);
  const placeFilter = useMemo(
    (): PlaceFilter => (placeKey === null ? ALL_PLACES : { kind: 'place', key: placeKey }),
    [placeKey],
  );
  const eventPosition = event === null ? -1 : index.positionOf(event);
  const selectedPosition =
    eventPosition >= 0 &&
    inSet(set, eventPosition) &&
    (placeKey === null || index.data.columns.place[eventPosition] === placeKey)
      ? eventPosition
      : null;
  const selectedEvent = selectedPosition === null ? null : index.eventAt(selectedPosition);
  const counts = useMemo(
    () => countShown(set, placeFilter, selectedPosition),
    [set, placeFilter, selectedPosition],
  );
  const timeline = useMemo(
    () => timelineOf(set, placeKey, selectedPosition),
    [set, placeKey, selectedPosition],
  );
  const places = useMemo(() => summarizePlaces(set), [set]);
  const unplaced = useMemo(() => positionList(set, { kind: 'unplaced' }), [set]);
  const inRange = useMemo(() => positionList(set, ALL_PLACES), [set]);
  const domain = useMemo(
    () => chartDomain(range, index.extentDays ?? { start: 0, end: 0 }),
    [range, index.extentDays],
  );
  const rows = useCallback(() => {
    const shown = positionList(set, placeFilter);
    const events = Array.from(shown.take(shown.length), (p) => index.eventAt(p));
    const quoteList = quoteListOf(set, placeFilter, selectedPosition, null);
    const quotes = Array.from(quoteList.take(quoteList.count, false), (q) => index.quoteAt(q));
    return { events, quotes };
  }, [index, set, placeFilter, selectedPosition]);

  const selectedPlace = place === null ? null : index.placesById.get(place);
  const description = describeFilter(i18n, {
    shown: counts.events,
    total: index.eventCount,
    placeName: selectedPlace ? i18n.pick(selectedPlace.name) : null,
    range,
    extent: index.extent,
  });
  return {
    viewFilters: filters,
    stale: false,
    set,
    placeFilter,
    selectedPosition,
    selectedEvent,
    counts,
    timeline,
    places,
    unplaced,
    inRange,
    domain,
    description,
    rows,
  };
}
