/**
 * Facets: filters by what an event is rather than when or where. Kind, status, group (TimelineJS
 * groups), actor country (the CAMEO actor codes of its acts; where a dataset codes fewer than two,
 * its participants instead) and CAMEO root code. Within a facet the values chosen are alternatives
 * (kind is a meeting OR talks); across facets they all hold. Each value is counted over the events
 * the OTHER filters keep, so a count says what choosing it would show.
 */
import { cameoRoot } from '../scoring/cameoRoot';
import { overlaps, rangeToDays, type DateRange } from '../dataset/dateRange';
import type { DaySpan } from '../dataset/dates';
import type { DiplomaticEvent } from '../dataset/schema';

export const FACETS = ['kind', 'status', 'group', 'actor', 'participant', 'cameo'] as const;
export type FacetId = (typeof FACETS)[number];

/** The values chosen in each facet; a facet absent or empty does not filter. */
export type FacetSelection = Readonly<Partial<Record<FacetId, readonly string[]>>>;

export const NO_FACETS: FacetSelection = {};

/** A value of a facet and how many events have it. */
export type FacetCounts = Record<FacetId, ReadonlyMap<string, number>>;

/** An event's values for a facet: one kind, none or several actors. */
export function facetValuesOf(event: DiplomaticEvent, facet: FacetId): readonly string[] {
  switch (facet) {
    case 'kind':
      return [event.kind];
    case 'status':
      return [event.status];
    case 'group':
      return event.group === undefined ? [] : [event.group];
    case 'participant':
      // A person listed twice is one participant: an event counts once for them.
      return [...new Set(event.participants)];
    case 'actor': {
      const codes = new Set<string>();
      for (const { actor, target } of event.actions) {
        if (actor !== null) codes.add(actor);
        if (target !== null) codes.add(target);
      }
      return [...codes];
    }
    case 'cameo':
      return [...new Set(event.actions.map((action) => cameoRoot(action.cameo)))];
  }
}

/** Whether any facet has a value chosen. */
export function hasFacets(selection: FacetSelection): boolean {
  return FACETS.some((facet) => (selection[facet]?.length ?? 0) > 0);
}

/**
 * The test an event must pass for the facets chosen (all but `except`), or undefined when none
 * is chosen: the views then skip it.
 */
export function keepByFacets(
  selection: FacetSelection,
  except?: FacetId,
): ((event: DiplomaticEvent) => boolean) | undefined {
  const tests = FACETS.filter((facet) => facet !== except && (selection[facet]?.length ?? 0) > 0)
    .map((facet) => ({ facet, chosen: new Set(selection[facet]) }))
    .map(
      ({ facet, chosen }) =>
        (event: DiplomaticEvent) =>
          facetValuesOf(event, facet).some((value) => chosen.has(value)),
    );
  if (tests.length === 0) return undefined;
  return (event) => tests.every((test) => test(event));
}

const emptyCounts = (): Record<FacetId, Map<string, number>> => ({
  kind: new Map(),
  status: new Map(),
  group: new Map(),
  actor: new Map(),
  participant: new Map(),
  cameo: new Map(),
});

/**
 * Each facet's values, counted over `events` (those the date range and place keep) that pass the
 * other facets chosen. One pass: an event failing two facets counts for none; failing one, only
 * for that one's values.
 */
export function countFacets(
  events: Iterable<DiplomaticEvent>,
  selection: FacetSelection,
): FacetCounts {
  const counts = emptyCounts();
  const chosen = FACETS.map((facet) => {
    const values = selection[facet] ?? [];
    return values.length === 0 ? null : new Set(values);
  });
  const passes: boolean[] = FACETS.map(() => true);
  for (const event of events) {
    let failed = 0;
    FACETS.forEach((facet, i) => {
      const set = chosen[i];
      const pass = !set || facetValuesOf(event, facet).some((value) => set.has(value));
      passes[i] = pass;
      if (!pass) failed += 1;
    });
    if (failed > 1) continue;
    FACETS.forEach((facet, i) => {
      if (failed === 1 && passes[i]) return;
      const map = counts[facet];
      for (const value of facetValuesOf(event, facet)) map.set(value, (map.get(value) ?? 0) + 1);
    });
  }
  return counts;
}

const datasetCounts = new WeakMap<readonly DiplomaticEvent[], FacetCounts>();

/** Every value of each facet in a dataset's events, counted once per list of events. */
export function facetsOfDataset(events: readonly DiplomaticEvent[]): FacetCounts {
  let counts = datasetCounts.get(events);
  if (!counts) {
    counts = countFacets(events, NO_FACETS);
    datasetCounts.set(events, counts);
  }
  return counts;
}

/**
 * The facets worth showing for a dataset, in order: those with two values or more (one value
 * filters nothing); participants only where the acts name fewer than two actor countries.
 */
export function shownFacets(all: FacetCounts): FacetId[] {
  return FACETS.filter((facet) => {
    if (all[facet].size < 2) return false;
    return facet !== 'participant' || all.actor.size < 2;
  });
}

/** The selection with `value` of `facet` chosen or not. */
export function toggleFacetValue(
  selection: FacetSelection,
  facet: FacetId,
  value: string,
  on: boolean,
): FacetSelection {
  const current = selection[facet] ?? [];
  const next = on
    ? current.includes(value)
      ? current
      : [...current, value]
    : current.filter((v) => v !== value);
  const result: Partial<Record<FacetId, readonly string[]>> = {};
  for (const id of FACETS) {
    const values = id === facet ? next : selection[id];
    if (values && values.length > 0) result[id] = values;
  }
  return result;
}

/** The events a date range and place keep, for counting the facets over them. */
export function* eventsInView(
  events: Iterable<{ event: DiplomaticEvent; span: DaySpan }>,
  range: DateRange,
  place: string | null,
): Generator<DiplomaticEvent> {
  const days = rangeToDays(range);
  for (const { event, span } of events)
    if (overlaps(span, days) && (place === null || event.placeId === place)) yield event;
}
