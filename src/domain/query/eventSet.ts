/**
 * The events a date range and the facets keep, as the views ask for them. Without facets it is
 * the index itself (each group's runs in the range, found by binary search: nothing grows with
 * the events in range); with facets, the positions that pass them, found by one typed pass over
 * the range's runs (no record is read). Every question the views ask is answered for both kinds.
 */
import { rangeToDays, type DateRange } from '../dataset/dateRange';
import { hasFacets, type FacetSelection } from './facets';
import type { DatasetIndex } from './datasetIndex';
import { chosenCodes, failedFacets } from './facetIndex';
import { runsLength, runsOf, type Groups } from './groups';
import { LANE_COUNT, rangeUnits, type LaneUnits } from './lanes';

export interface EventSet {
  index: DatasetIndex;
  /** The range's days (open ends ±Infinity) and its units in each lane. */
  start: number;
  end: number;
  units: LaneUnits;
  /** With facets chosen: the positions kept, ascending; null without (the index answers). */
  kept: Int32Array | null;
}

export function eventSetOf(
  index: DatasetIndex,
  range: DateRange,
  facets: FacetSelection,
): EventSet {
  const { start, end } = rangeToDays(range);
  const units = rangeUnits(start, end);
  if (!hasFacets(facets)) return { index, start, end, units, kept: null };
  const { columns, aggregates, codes } = index.data;
  const chosen = chosenCodes(facets, codes);
  const runs = runsOf(aggregates.all, 0, units);
  const kept = new Int32Array(runsLength(runs));
  let count = 0;
  mergeRuns(aggregates.all, runs, false, (p) => {
    if (failedFacets(columns, chosen, p) === 0) kept[count++] = p;
    return true;
  });
  return { index, start, end, units, kept: kept.slice(0, count) };
}

/** Whether event p is in the set (a place or none aside). */
export function inSet(set: EventSet, p: number): boolean {
  if (set.kept) return binarySearch(set.kept, p) >= 0;
  const { lane, unit } = set.index.data.columns;
  const [first, last] = set.units[lane[p] ?? 0] ?? [0, -1];
  const u = unit[p] ?? 0;
  return u >= first && u <= last;
}

export function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value ? lo : -1;
}

/**
 * Visits the positions of a group's runs in the index's order (or the reverse), merging the three
 * lanes, until `visit` returns false.
 */
export function mergeRuns(
  groups: Groups,
  runs: Int32Array,
  newestFirst: boolean,
  visit: (position: number) => boolean,
): void {
  const at = new Int32Array(LANE_COUNT);
  for (let lane = 0; lane < LANE_COUNT; lane++)
    at[lane] = newestFirst ? (runs[lane * 2 + 1] ?? 0) - 1 : (runs[lane * 2] ?? 0);
  for (;;) {
    let best = -1;
    let bestPosition = 0;
    for (let lane = 0; lane < LANE_COUNT; lane++) {
      const k = at[lane] ?? 0;
      const inside = newestFirst ? k >= (runs[lane * 2] ?? 0) : k < (runs[lane * 2 + 1] ?? 0);
      if (!inside) continue;
      const p = groups.positions[k] ?? 0;
      if (best === -1 || (newestFirst ? p > bestPosition : p < bestPosition)) {
        best = lane;
        bestPosition = p;
      }
    }
    if (best === -1) return;
    at[best] = (at[best] ?? 0) + (newestFirst ? -1 : 1);
    if (!visit(bestPosition)) return;
  }
}

/** Which events of the set a list shows: every one, those at a place, or those with none. */
export type PlaceFilter = { kind: 'all' } | { kind: 'place'; key: number } | { kind: 'unplaced' };

export const ALL_PLACES: PlaceFilter = { kind: 'all' };

/** The group and key that hold a place filter's events in the index. */
function groupOf(set: EventSet, filter: PlaceFilter): { groups: Groups; key: number } {
  const { aggregates, head } = set.index.data;
  if (filter.kind === 'all') return { groups: aggregates.all, key: 0 };
  return {
    groups: aggregates.byPlace,
    key: filter.kind === 'place' ? filter.key : head.places.length,
  };
}

const placeMatches = (set: EventSet, filter: PlaceFilter, p: number) => {
  if (filter.kind === 'all') return true;
  const place = set.index.data.columns.place[p] ?? -1;
  return filter.kind === 'place' ? place === filter.key : place < 0;
};

/**
 * The events of the set a place filter keeps, in order: how many, and the first `count` of them
 * (oldest or newest first), made only when asked.
 */
export interface PositionList {
  readonly length: number;
  take(count: number, newestFirst?: boolean): Int32Array;
  /** Visits the positions in order (or the reverse) until `visit` returns false. */
  walk(newestFirst: boolean, visit: (position: number) => boolean): void;
}

export function positionList(set: EventSet, filter: PlaceFilter): PositionList {
  const { kept } = set;
  if (kept) {
    const shown = filter.kind === 'all' ? kept : kept.filter((p) => placeMatches(set, filter, p));
    return {
      length: shown.length,
      take: (count, newestFirst = false) =>
        newestFirst
          ? shown.slice(Math.max(0, shown.length - count)).reverse()
          : shown.slice(0, count),
      walk: (newestFirst, visit) => {
        if (newestFirst) {
          for (let i = shown.length - 1; i >= 0; i--) if (!visit(shown[i] ?? 0)) return;
        } else for (const p of shown) if (!visit(p)) return;
      },
    };
  }
  const { groups, key } = groupOf(set, filter);
  const runs = runsOf(groups, key, set.units);
  return {
    length: runsLength(runs),
    take: (count, newestFirst = false) => {
      if (count <= 0) return new Int32Array(0);
      const taken = new Int32Array(Math.min(count, runsLength(runs)));
      let n = 0;
      mergeRuns(groups, runs, newestFirst, (p) => {
        taken[n++] = p;
        return n < taken.length;
      });
      return taken;
    },
    walk: (newestFirst, visit) => mergeRuns(groups, runs, newestFirst, visit),
  };
}

/** The runs of a place filter in the set's range (the index's kind only). */
export function runsOfFilter(
  set: EventSet,
  filter: PlaceFilter,
): { groups: Groups; runs: Int32Array } {
  const { groups, key } = groupOf(set, filter);
  return { groups, runs: runsOf(groups, key, set.units) };
}
