import { useMemo } from 'react';
import {
  computeDashboardView,
  countVisibleEvents,
  type DashboardView,
  type DatasetIndex,
} from '@/domain/aggregate';
import { rangeToDays } from '@/domain/dateRange';
import { keepByFacets } from '@/domain/facets';
import type { DiplomaticEvent } from '@/domain/schema';
import { chartDomain } from '@/domain/timeAxis';
import type { ViewFilters } from '@/domain/viewFilters';
import { useAfterPaint } from '@/hooks/useAfterPaint';
import { describeFilter } from '@/i18n/describeFilter';
import { useI18n } from '@/i18n/I18nProvider';

export interface PreparedView {
  /** What the three views draw, for `viewFilters`. */
  view: DashboardView;
  /** The filters the views follow: those on screen, one painted frame late. */
  viewFilters: ViewFilters;
  /** The views still show an earlier filter: they are dimmed and marked busy meanwhile. */
  stale: boolean;
  /** The events and quotes the filters on screen hold, counted at once for the status line. */
  counts: { events: number; quotes: number };
  /** The timeline's time axis. */
  domain: [number, number];
  /** The events the views show, for the downloads. */
  visibleEvents: readonly DiplomaticEvent[];
  /** The view in one sentence: "Showing 4 of 20 events in Geneva, …". */
  description: string;
}

/**
 * The most events in range for which the views are built in the input's own frame. The views'
 * own drawing is bounded (at most 400 timeline marks, a marker a place, a page of quotes); what
 * grows with the range is gathering the events for them, a few milliseconds for this many. Above
 * it they follow a frame later (hooks/useAfterPaint), the status line answering first.
 */
export const IN_FRAME_EVENTS = 2_000;

/**
 * What the views show for the filters. The inputs and the status line answer at once; the three
 * views follow in the same frame when few events are in range, and otherwise once that answer is
 * painted, in a render React can interrupt (hooks/useAfterPaint).
 */
export function useDashboardView(index: DatasetIndex, filters: ViewFilters): PreparedView {
  const i18n = useI18n();
  const keepShown = useMemo(() => keepByFacets(filters.facets), [filters.facets]);
  const counts = useMemo(
    () =>
      countVisibleEvents(index, {
        range: filters.range,
        placeId: filters.place,
        eventId: filters.event,
        keep: keepShown,
      }),
    [index, filters, keepShown],
  );
  // The views' work grows with the events in the range, at any place (the map and the timeline
  // show them all); a frame's wait, and the views dimmed meanwhile, only where it is large.
  const inRange = useMemo(
    () =>
      filters.place === null
        ? counts.events
        : countVisibleEvents(index, { range: filters.range, placeId: null }).events,
    [index, filters, counts],
  );
  const viewFilters = useAfterPaint(filters, inRange > IN_FRAME_EVENTS);
  const { range, place, event, facets } = viewFilters;
  const keep = useMemo(() => keepByFacets(facets), [facets]);
  const view = useMemo(
    () => computeDashboardView(index, { range, placeId: place, eventId: event, keep }),
    [index, range, place, event, keep],
  );
  const extentDays = useMemo(() => rangeToDays(index.extent), [index.extent]);
  const domain = useMemo(() => chartDomain(range, extentDays), [range, extentDays]);
  const visibleEvents = useMemo(() => view.visibleEvents.map((e) => e.event), [view]);

  const selectedPlace = filters.place === null ? null : index.placesById.get(filters.place);
  const description = describeFilter(i18n, {
    shown: counts.events,
    total: index.events.length,
    placeName: selectedPlace ? i18n.pick(selectedPlace.name) : null,
    range: filters.range,
    extent: index.extent,
  });
  return {
    view,
    viewFilters,
    stale: viewFilters !== filters,
    counts,
    domain,
    visibleEvents,
    description,
  };
}
