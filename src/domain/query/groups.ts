/**
 * Events grouped by a key (a place, a row of the timeline, a facet's value) and by precision lane,
 * each group in the index's order (by day), with its events' units beside them, so that the
 * events of a group in a date range are one run found by two binary searches. Built once in the
 * dataset worker by a counting sort (linear); every array is typed, so the whole goes to the page
 * without a copy. Sums over a run come from prefix sums over the same order (`prefixOver`): any
 * range's totals are two lookups a lane.
 */
import { LANE_COUNT, type LaneUnits } from './lanes';

export interface Groups {
  /** How many keys. Group g = key × LANE_COUNT + lane holds positions[offsets[g] … offsets[g+1]). */
  keys: number;
  offsets: Int32Array;
  /** Event positions (in the index's order), ascending within each group. */
  positions: Int32Array;
  /** The unit of each entry in its lane (lanes.ts): ascending within each group. */
  units: Int32Array;
}

/** What a grouping needs of every event: its lane and its unit there. */
export interface LaneColumns {
  lane: Uint8Array;
  unit: Int32Array;
}

/**
 * The groups of `count` events with one key each (`keyOf` → 0 … keys − 1, or −1 for none), or
 * several (`keysOf` calls `add` once a key): a counting sort, two passes over the events.
 */
export function buildGroups(
  count: number,
  keys: number,
  columns: LaneColumns,
  keysOf: (position: number, add: (key: number) => void) => void,
): Groups {
  const groupCount = keys * LANE_COUNT;
  const offsets = new Int32Array(groupCount + 1);
  for (let p = 0; p < count; p++) {
    const lane = columns.lane[p] ?? 0;
    keysOf(p, (key) => {
      offsets[key * LANE_COUNT + lane + 1] = (offsets[key * LANE_COUNT + lane + 1] ?? 0) + 1;
    });
  }
  for (let g = 0; g < groupCount; g++) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0);
  const total = offsets[groupCount] ?? 0;
  const positions = new Int32Array(total);
  const units = new Int32Array(total);
  const next = offsets.slice(0, groupCount);
  for (let p = 0; p < count; p++) {
    const lane = columns.lane[p] ?? 0;
    const unit = columns.unit[p] ?? 0;
    keysOf(p, (key) => {
      const g = key * LANE_COUNT + lane;
      const at = next[g] ?? 0;
      positions[at] = p;
      units[at] = unit;
      next[g] = at + 1;
    });
  }
  return { keys, offsets, positions, units };
}

/** Groups of a single-valued key column (−1: in no group). */
export function groupByColumn(
  count: number,
  keys: number,
  columns: LaneColumns,
  key: (position: number) => number,
): Groups {
  return buildGroups(count, keys, columns, (p, add) => {
    const k = key(p);
    if (k >= 0) add(k);
  });
}

/** First index in [lo, hi) whose unit is ≥ `unit` (or > with `after`). */
function bound(units: Int32Array, lo: number, hi: number, unit: number, after: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = units[mid] ?? 0;
    if (value < unit || (after && value === unit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The run of group (key, lane) whose units lie in [first, last]: [lo, hi) into `positions`. */
export function runOf(
  groups: Groups,
  key: number,
  lane: number,
  first: number,
  last: number,
): [number, number] {
  const g = key * LANE_COUNT + lane;
  const start = groups.offsets[g] ?? 0;
  const end = groups.offsets[g + 1] ?? start;
  if (start === end || first > last) return [start, start];
  return [
    bound(groups.units, start, end, first, false),
    bound(groups.units, start, end, last, true),
  ];
}

/** The runs of a key's three lanes in a range, as [lo, hi) pairs: lo0, hi0, lo1, hi1, lo2, hi2. */
export function runsOf(groups: Groups, key: number, units: LaneUnits): Int32Array {
  const runs = new Int32Array(LANE_COUNT * 2);
  for (let lane = 0; lane < LANE_COUNT; lane++) {
    const [first, last] = units[lane] ?? [0, -1];
    const [lo, hi] = runOf(groups, key, lane, first, last);
    runs[lane * 2] = lo;
    runs[lane * 2 + 1] = hi;
  }
  return runs;
}

/** How many entries the runs hold. */
export function runsLength(runs: Int32Array): number {
  let total = 0;
  for (let i = 0; i < runs.length; i += 2) total += (runs[i + 1] ?? 0) - (runs[i] ?? 0);
  return total;
}

/** prefix[k] = Σ value(positions[j]) for j < k, over the groups' whole order. */
export function prefixOver(groups: Groups, value: (position: number) => number): Float64Array {
  const prefix = new Float64Array(groups.positions.length + 1);
  for (let k = 0; k < groups.positions.length; k++)
    prefix[k + 1] = (prefix[k] ?? 0) + value(groups.positions[k] ?? 0);
  return prefix;
}

/** Σ of a prefix-summed measure over the runs: two lookups a lane. */
export function sumOverRuns(prefix: Float64Array, runs: Int32Array): number {
  let total = 0;
  for (let i = 0; i < runs.length; i += 2)
    total += (prefix[runs[i + 1] ?? 0] ?? 0) - (prefix[runs[i] ?? 0] ?? 0);
  return total;
}

/** Every buffer of the groups, to transfer rather than copy. */
export const groupBuffers = (groups: Groups): ArrayBuffer[] => [
  groups.offsets.buffer as ArrayBuffer,
  groups.positions.buffer as ArrayBuffer,
  groups.units.buffer as ArrayBuffer,
];
