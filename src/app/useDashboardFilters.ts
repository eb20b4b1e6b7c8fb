import { hiddenFacets } from '@/domain/query/hiddenFacets';
import { useCallback, useMemo, useState } from 'react';
import type { UrlStateHandle } from '@/data/useUrlState';
import { rangeToDays, type DateRange } from '@/domain/dataset/dateRange';
import type { FacetSelection } from '@/domain/query/facets';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { urlStateToSearch, type UrlNotice, type UrlState } from '@/domain/viewState/urlState';
import {
  isFiltered,
  resolveViewFilters,
  type DatasetIds,
  type ResolvedView,
  type ViewFilters,
} from '@/domain/viewState/viewFilters';
import { usePlayback, type Playback } from '@/features/playback/usePlayback';

export interface DashboardFilters {
  /** What the views show (domain/viewFilters.ts says what decides it). */
  filters: ViewFilters;
  /** Anything to reset. */
  filtered: boolean;
  story: ResolvedView['story'];
  storyAvailable: boolean;
  notices: readonly UrlNotice[];
  /** The query string of the view on screen, for Copy link. */
  linkSearch: string;
  /** Playing leaves the story first: the story would hold the view still. */
  playback: Playback;
  /** A range the reader sets (dates, a period, the strip, a cell of the chart): it stops playback and wins. */
  setRange: (range: DateRange) => void;
  /**
   * The range a drag shows, step by step: the views follow it, the link is not written until
   * `setRange` (or `null`, a drag let go or cancelled). It stops playback, as any range the reader
   * sets does.
   */
  previewRange: (range: DateRange | null) => void;
  selectPlace: (placeId: string | null) => void;
  /** An event, with its place, so that the map shows where it happened. */
  selectEvent: (eventId: string | null) => void;
  /** The facets' values chosen (domain/facets.ts). */
  setFacets: (facets: FacetSelection) => void;
  /** Every filter off and playback stopped. */
  reset: () => void;
  /** Opens the story at its first step, or closes it (the URL's filters return). */
  toggleStory: () => void;
  goToStep: (step: number) => void;
  /** Closes the story keeping what its step showed. */
  leaveStory: () => void;
  /** Writes the link without what the dataset lacks, so its notices go. */
  dismissNotices: () => void;
}

/**
 * The filters of the page: resolved from the URL and the dataset, changed only through the
 * functions here. Every change made in the views leaves the story, keeping what its step showed.
 */
export function useDashboardFilters(url: UrlStateHandle, index: DatasetIndex): DashboardFilters {
  const { state, notices, update } = url;
  // What the link is checked against: the dataset's places, events and facets' values.
  const ids = useMemo(
    (): DatasetIds => ({
      placesById: index.placesById,
      eventsById: index.eventsById,
      // Counted once, in the worker (the index's facet totals).
      facetValues: (facet) => index.facetValuesOf(facet),
      hiddenFacets: () => hiddenFacets(index.facetValues()),
    }),
    [index],
  );
  const chosen = useMemo(() => resolveViewFilters({ state, notices }, ids), [state, notices, ids]);

  /** Writes a change into the URL over what the view shows now, leaving the story. */
  const change = useCallback(
    (patch: Partial<UrlState>) =>
      update((current) => {
        const { range, place, event, facets } = resolveViewFilters(
          { state: current, notices: [] },
          ids,
        ).filters;
        return { from: range.from, to: range.to, place, event, facets, ...patch, story: null };
      }),
    [update, ids],
  );
  const commitRange = useCallback(
    (range: DateRange) => change({ from: range.from, to: range.to }),
    [change],
  );
  const extentDays = useMemo(() => rangeToDays(index.extent), [index.extent]);
  const playback = usePlayback(extentDays, chosen.chosenRange, commitRange);
  const shown = useMemo(
    () =>
      playback.window === null
        ? chosen
        : resolveViewFilters({ state, notices }, ids, playback.window),
    [chosen, playback.window, state, notices, ids],
  );

  // A drag of the strip shows its range at each step, over the link's, until it is let go; it
  // belongs to the range it was dragged over, so a new range from elsewhere (Back, a preset, a
  // story step) ends it even if the drag's end was never seen (C1).
  const [dragged, setDragged] = useState<{ range: DateRange; over: DateRange } | null>(null);

  // One identity per value: a change of language, say, does not make the views work again.
  const { range: shownRange, place, event, facets } = shown.filters;
  const draggedOver =
    dragged !== null && dragged.over.from === shownRange.from && dragged.over.to === shownRange.to
      ? dragged.range
      : null;
  const { from, to } = draggedOver ?? shownRange;
  const range = useMemo(() => ({ from, to }), [from, to]);
  // The URL is parsed again on each change: the facets keep one identity while they are equal.
  const facetsKey = JSON.stringify(facets);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- by value, through facetsKey
  const stableFacets = useMemo(() => facets, [facetsKey]);
  const filters = useMemo(
    () => ({ range, place, event, facets: stableFacets }),
    [range, place, event, stableFacets],
  );

  const { stop: stopPlayback } = playback;
  const setRange = useCallback(
    (next: DateRange) => {
      stopPlayback();
      setDragged(null);
      commitRange(next);
    },
    [stopPlayback, commitRange],
  );
  const { from: overFrom, to: overTo } = shownRange;
  const previewRange = useCallback(
    (next: DateRange | null) => {
      if (next !== null) stopPlayback();
      setDragged(next === null ? null : { range: next, over: { from: overFrom, to: overTo } });
    },
    [stopPlayback, overFrom, overTo],
  );
  const selectPlace = useCallback(
    (placeId: string | null) => change({ place: placeId, event: null }),
    [change],
  );
  const selectEvent = useCallback(
    (eventId: string | null) =>
      change(
        eventId === null
          ? { event: null }
          : { event: eventId, place: index.eventsById.get(eventId)?.placeId ?? null },
      ),
    [change, index],
  );

  // Every handler keeps one identity while what it acts on is unchanged (review C15): a view
  // wrapped in memo later is not drawn again for a new function that does the same.
  const storyOpen = shown.story !== null;
  const { play: startPlayback } = playback;
  const play = useCallback(() => {
    if (storyOpen) change({});
    startPlayback();
  }, [storyOpen, change, startPlayback]);
  const setFacets = useCallback((next: FacetSelection) => change({ facets: next }), [change]);
  const reset = useCallback(() => {
    stopPlayback();
    setDragged(null);
    update({ from: null, to: null, place: null, event: null, story: null, facets: {} });
  }, [stopPlayback, update]);
  const toggleStory = useCallback(
    () => update({ story: storyOpen ? null : 1 }),
    [update, storyOpen],
  );
  const goToStep = useCallback((step: number) => update({ story: step }), [update]);
  const leaveStory = useCallback(() => change({}), [change]);
  const dismissNotices = useCallback(
    () =>
      update(
        (current) => {
          const kept = resolveViewFilters({ state: current, notices: [] }, ids).state;
          return { place: kept.place, event: kept.event, story: kept.story, facets: kept.facets };
        },
        { replace: true },
      ),
    [update, ids],
  );
  return {
    filters,
    filtered: isFiltered(filters),
    story: shown.story,
    storyAvailable: shown.storyAvailable,
    notices: shown.notices,
    linkSearch: urlStateToSearch(shown.shownState),
    playback: { ...playback, play },
    setRange,
    previewRange,
    selectPlace,
    selectEvent,
    setFacets,
    reset,
    toggleStory,
    goToStep,
    leaveStory,
    dismissNotices,
  };
}
