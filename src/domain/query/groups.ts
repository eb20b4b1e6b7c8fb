/**
 * Events grouped by a key (a place, a row of the timeline, a facet's value) and by precision lane,
 * each group in the index's order (by day), with its events' units beside them, so that the
 * events of a group in a date range are one run found by two binary searches. Built once in the
 * dataset worker by a counting sort (linear); every array is typed, so the whole goes to the page
 * without a copy. Sums over a run come from prefix sums over the same order (aggregates.ts): any
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
 * The groups of `count` events, each with the keys `values[starts[p]] … values[starts[p + 1] − 1]`
 * (a compressed row column: an event's actors, its participants): a counting sort, two passes
 * over the events, with no call per event.
 */
export function groupRows(
  count: number,
  keys: number,
  columns: LaneColumns,
  starts: Int32Array,
  values: Int32Array,
): Groups {
  const { lane, unit } = columns;
  const offsets = new Int32Array(keys * LANE_COUNT + 1);
  for (let p = 0; p < count; p++) {
    const l = lane[p] ?? 0;
    for (let i = starts[p] ?? 0; i < (starts[p + 1] ?? 0); i++) {
      const g = (values[i] ?? 0) * LANE_COUNT + l + 1;
      offsets[g] = (offsets[g] ?? 0) + 1;
    }
  }
  const { positions, units, next } = groupArrays(keys, offsets);
  for (let p = 0; p < count; p++) {
    const l = lane[p] ?? 0;
    const u = unit[p] ?? 0;
    for (let i = starts[p] ?? 0; i < (starts[p + 1] ?? 0); i++) {
      const g = (values[i] ?? 0) * LANE_COUNT + l;
      const at = next[g] ?? 0;
      positions[at] = p;
      units[at] = u;
      next[g] = at + 1;
    }
  }
  return { keys, offsets, positions, units };
}

/** Groups of a single-valued key column (−1: in no group). */
export function groupByKey(
  count: number,
  keys: number,
  columns: LaneColumns,
  key: Int32Array | Uint8Array,
): Groups {
  const { lane, unit } = columns;
  const offsets = new Int32Array(keys * LANE_COUNT + 1);
  for (let p = 0; p < count; p++) {
    const k = key[p] ?? -1;
    if (k < 0) continue;
    const g = k * LANE_COUNT + (lane[p] ?? 0) + 1;
    offsets[g] = (offsets[g] ?? 0) + 1;
  }
  const { positions, units, next } = groupArrays(keys, offsets);
  for (let p = 0; p < count; p++) {
    const k = key[p] ?? -1;
    if (k < 0) continue;
    const g = k * LANE_COUNT + (lane[p] ?? 0);
    const at = next[g] ?? 0;
    positions[at] = p;
    units[at] = unit[p] ?? 0;
    next[g] = at + 1;
  }
  return { keys, offsets, positions, units };
}

/** Groups of a bit column: key r for each bit r (below `keys`) that is set. */
export function groupByBits(
  count: number,
  keys: number,
  columns: LaneColumns,
  bits: Int32Array,
): Groups {
  const { lane, unit } = columns;
  const wanted = keys >= 32 ? -1 : (1 << keys) - 1;
  const offsets = new Int32Array(keys * LANE_COUNT + 1);
  for (let p = 0; p < count; p++) {
    const l = lane[p] ?? 0;
    // Set bits lowest first, as a loop over every key would find them.
    for (let b = (bits[p] ?? 0) & wanted; b !== 0; b &= b - 1) {
      const g = (31 - Math.clz32(b & -b)) * LANE_COUNT + l + 1;
      offsets[g] = (offsets[g] ?? 0) + 1;
    }
  }
  const { positions, units, next } = groupArrays(keys, offsets);
  for (let p = 0; p < count; p++) {
    const l = lane[p] ?? 0;
    const u = unit[p] ?? 0;
    for (let b = (bits[p] ?? 0) & wanted; b !== 0; b &= b - 1) {
      const g = (31 - Math.clz32(b & -b)) * LANE_COUNT + l;
      const at = next[g] ?? 0;
      positions[at] = p;
      units[at] = u;
      next[g] = at + 1;
    }
  }
  return { keys, offsets, positions, units };
}

/** Counts per group (at g + 1) made offsets, and the arrays the second pass fills. */
function groupArrays(keys: number, offsets: Int32Array) {
  const groupCount = keys * LANE_COUNT;
  for (let g = 0; g < groupCount; g++) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0);
  const total = offsets[groupCount] ?? 0;
  return {
    positions: new Int32Array(total),
    units: new Int32Array(total),
    next: offsets.slice(0, groupCount),
  };
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
