/**
 * What the views show, resolved from the link, the dataset and playback. The precedence, written
 * down once:
 *
 * 1. **The story.** An open story step decides the range, the place and the event.
 * 2. **The URL.** Otherwise the link does: its range, and its place and event where the dataset
 *    has them. An id the dataset lacks is dropped with a notice, and so is a story step on data
 *    without the story's meetings.
 * 3. **Playback.** While it plays (never inside the story: playing leaves it first), its window is
 *    the range on screen; the URL's place and event stay. The reader still wins: any range the
 *    reader sets stops playback (app/useDashboardFilters.ts), so a window never outlives a choice.
 */
import type { DateRange } from '../dataset/dateRange';
import { hasFacets, type FacetId, type FacetSelection } from '../query/facets';
import { storyStep, type StoryStep } from '../builtIn/story';
import {
  hasStoryMeetings,
  reconcileUrlState,
  type IdLookup,
  type UrlNotice,
  type UrlState,
} from './urlState';

/** The filters the three views, the counts and the downloads follow. */
export interface ViewFilters {
  range: DateRange;
  place: string | null;
  event: string | null;
  /** The facets' values chosen (domain/facets.ts): they narrow every view. */
  facets: FacetSelection;
}

/** The ids a dataset has (its index's maps answer as they are), and its facets' values. */
export interface DatasetIds {
  placesById: IdLookup;
  eventsById: IdLookup;
  facetValues?: (facet: FacetId) => IdLookup;
  /** The facets the panel does not offer (asked only when the link names a facet). */
  hiddenFacets?: () => ReadonlySet<FacetId>;
}

export interface ResolvedView {
  /** What is on screen. */
  filters: ViewFilters;
  /** The range the reader chose: the open step's, else the URL's. Playback plays over it. */
  chosenRange: DateRange;
  /** The open story step. */
  story: { number: number; step: StoryStep } | null;
  /** Whether the dataset has the story's meetings (else there is no story to open). */
  storyAvailable: boolean;
  /** The URL's state less what the dataset lacks: what the link becomes once the notices are read. */
  state: UrlState;
  /** The state of what is on screen, for a link to it (the playback window while it plays). */
  shownState: UrlState;
  /** Why parts of the link were ignored: the URL's own reasons, then the dataset's. */
  notices: UrlNotice[];
}

/**
 * resolveViewFilters({state: {place: "atlantis", …}, notices: []}, index) →
 * {filters: {place: null, …}, notices: [{param: "place", reason: "unknown-place"}], …}
 */
export function resolveViewFilters(
  url: { state: UrlState; notices: readonly UrlNotice[] },
  dataset: DatasetIds,
  playbackWindow: DateRange | null = null,
): ResolvedView {
  const known = {
    places: dataset.placesById,
    events: dataset.eventsById,
    ...(dataset.facetValues ? { facets: dataset.facetValues } : {}),
    ...(dataset.hiddenFacets && Object.keys(url.state.facets).length > 0
      ? { hidden: dataset.hiddenFacets() }
      : {}),
  };
  const reconciled = reconcileUrlState(url.state, known);
  const { state } = reconciled;
  const step = storyStep(state.story);
  const story = step && state.story !== null ? { number: state.story, step } : null;

  const chosenRange = step ? step.range : { from: state.from, to: state.to };
  const range = step || playbackWindow === null ? chosenRange : playbackWindow;
  const filters: ViewFilters = step
    ? { range, place: step.placeId, event: step.eventId, facets: state.facets }
    : { range, place: state.place, event: state.event, facets: state.facets };

  return {
    filters,
    chosenRange,
    story,
    storyAvailable: hasStoryMeetings(known),
    state,
    shownState: { ...state, from: range.from, to: range.to },
    notices: [...url.notices, ...reconciled.notices],
  };
}

/** Whether anything narrows the view: Reset has something to clear. */
export function isFiltered({ range, place, event, facets }: ViewFilters): boolean {
  return (
    range.from !== null ||
    range.to !== null ||
    place !== null ||
    event !== null ||
    hasFacets(facets)
  );
}
