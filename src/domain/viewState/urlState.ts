/**
 * The filter state lives in the URL, so a link restores a view and Back/Forward step through
 * filter changes. Parsing is forgiving: a bad value falls back to the default and is reported as
 * a notice; it is never echoed as markup and never throws.
 *
 * Hand-written, kept (review 2026-12 §2.2) over nuqs: the notices (what was dropped from a link,
 * and why) are a feature nuqs has no place for, and the state is a dozen plain parameters.
 */
import { isId, MAX_ID_LENGTH } from '../dataset/ids';
import { isCalendarDate } from '../dataset/dates';
import { FACETS, type FacetId, type FacetSelection } from '../query/facets';
import { LANGUAGES, type Language } from '../dataset/vocabulary';
import { STORY_STEPS } from '../builtIn/story';

export interface UrlState {
  from: string | null;
  to: string | null;
  place: string | null;
  event: string | null;
  lang: Language | null;
  /** The step of the guided story (1-based); while set, the step decides the view. */
  story: number | null;
  /** Values chosen in each facet: `?kind=meeting&kind=talks` (a parameter once for each). */
  facets: FacetSelection;
}

export const DEFAULT_URL_STATE: UrlState = {
  from: null,
  to: null,
  place: null,
  event: null,
  lang: null,
  story: null,
  facets: {},
};

const PARAMS = ['from', 'to', 'place', 'event', 'lang', 'story'] as const;
type Param = (typeof PARAMS)[number] | FacetId;

/** Longer values are not dates, languages or steps of ours: refused before any other check. */
export const MAX_PARAM_LENGTH = 64;
/** A facet's value may be a TimelineJS group's name, longer than an id. */
const MAX_FACET_VALUE_LENGTH = 200;
/** More values than a facet is ever shown with: a link is not a way to send a list. */
const MAX_FACET_VALUES = 50;

export type UrlNoticeReason =
  | 'hidden-facet'
  | 'invalid-date'
  | 'reversed-range'
  | 'unknown-language'
  | 'unknown-place'
  | 'unknown-event'
  | 'unknown-story'
  | 'story-unavailable'
  | 'repeated'
  | 'too-long'
  /** A facet's value that no event of the dataset has. */
  | 'unknown-value';

export interface UrlNotice {
  param: Param;
  reason: UrlNoticeReason;
}

/** parseUrlState("?from=2022-01-01&lang=vi") → { state: {from: "2022-01-01", lang: "vi", …}, notices: [] } */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const notices: UrlNotice[] = [];

  for (const param of PARAMS) {
    const values = params.getAll(param);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push({ param, reason: 'repeated' });
    const value = values[0] ?? '';
    // Ids have the schema's limit (ids.ts), so that every id a dataset holds can be linked to.
    const limit = param === 'place' || param === 'event' ? MAX_ID_LENGTH : MAX_PARAM_LENGTH;
    if (value.length > limit) {
      notices.push({ param, reason: 'too-long' });
      continue;
    }
    switch (param) {
      case 'from':
      case 'to':
        if (isCalendarDate(value)) state[param] = value;
        else notices.push({ param, reason: 'invalid-date' });
        break;
      case 'lang':
        if ((LANGUAGES as readonly string[]).includes(value)) state.lang = value as Language;
        else notices.push({ param, reason: 'unknown-language' });
        break;
      case 'story': {
        const step = /^[1-9]\d?$/.test(value) ? Number(value) : NaN;
        if (step >= 1 && step <= STORY_STEPS.length) state.story = step;
        else notices.push({ param, reason: 'unknown-story' });
        break;
      }
      case 'place':
      case 'event':
        if (isId(value)) state[param] = value;
        else notices.push({ param, reason: param === 'place' ? 'unknown-place' : 'unknown-event' });
        break;
    }
  }

  const facets: Partial<Record<FacetId, string[]>> = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet);
    if (values.length > MAX_FACET_VALUES || values.some((v) => v.length > MAX_FACET_VALUE_LENGTH))
      notices.push({ param: facet, reason: 'too-long' });
    const kept = [...new Set(values.slice(0, MAX_FACET_VALUES))].filter(
      (v) => v !== '' && v.length <= MAX_FACET_VALUE_LENGTH,
    );
    if (kept.length > 0) facets[facet] = kept;
  }
  state.facets = facets;

  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push({ param: 'to', reason: 'reversed-range' });
    state.from = params.get('to');
    state.to = params.get('from');
  }
  return { state, notices };
}

/** The ids a dataset has: its index's maps answer this as they are, without a copy of their keys. */
export interface IdLookup {
  has(id: string): boolean;
}

/** Whether the dataset has every meeting the guided story steps through, at its place. */
export function hasStoryMeetings(known: { places: IdLookup; events: IdLookup }): boolean {
  return STORY_STEPS.every(
    (step) => known.events.has(step.eventId) && known.places.has(step.placeId),
  );
}

/**
 * Drops what the dataset does not have (an unknown place or event, a story step on data without
 * the story's meetings, a facet's value no event has), with a notice.
 */
export function reconcileUrlState(
  state: UrlState,
  known: {
    places: IdLookup;
    events: IdLookup;
    facets?: (facet: FacetId) => IdLookup;
    /** Facets the panel does not offer for this dataset: they do not filter (review C6). */
    hidden?: ReadonlySet<FacetId>;
  },
): { state: UrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  let next = state;
  if (known.facets) {
    const facets: Partial<Record<FacetId, readonly string[]>> = {};
    for (const facet of FACETS) {
      const values = state.facets[facet] ?? [];
      if (values.length > 0 && known.hidden?.has(facet)) {
        notices.push({ param: facet, reason: 'hidden-facet' });
        continue;
      }
      const lookup = known.facets(facet);
      const kept = values.filter((value) => lookup.has(value));
      if (kept.length < values.length) notices.push({ param: facet, reason: 'unknown-value' });
      if (kept.length > 0) facets[facet] = kept;
    }
    if (notices.length > 0) next = { ...next, facets };
  }
  if (state.place !== null && !known.places.has(state.place)) {
    notices.push({ param: 'place', reason: 'unknown-place' });
    next = { ...next, place: null };
  }
  if (state.event !== null && !known.events.has(state.event)) {
    notices.push({ param: 'event', reason: 'unknown-event' });
    next = { ...next, event: null };
  }
  if (state.story !== null && !hasStoryMeetings(known)) {
    notices.push({ param: 'story', reason: 'story-unavailable' });
    next = { ...next, story: null };
  }
  return { state: next, notices };
}

/** The query string for a state, defaults dropped: "?from=2022-01-01&place=geneva" or "". */
export function urlStateToSearch(state: UrlState): string {
  const params = new URLSearchParams();
  for (const param of PARAMS) {
    const value = state[param];
    if (value !== null) params.set(param, String(value));
  }
  for (const facet of FACETS)
    for (const value of state.facets[facet] ?? []) params.append(facet, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
