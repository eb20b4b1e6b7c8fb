/**
 * The climate: how conflictual the relationship between the two sides was going into a day, from
 * every counted act in the window of days before it, in the tone's formula (tension.ts):
 * 10 × (C + prior/2) ÷ (C + P + prior). The method and its sources: docs/METHOD.md.
 *
 * climateAt answers a day and a window from the act-day index (actDays.ts, built once per dataset)
 * with two binary searches and differences of prefix sums, never a pass over the events:
 * - Window: the `windowDays` days before the day, the day itself left out: the climate at a
 *   meeting is the relationship going into it, a measure apart from the meeting's own tone.
 * - No act in the window: null, a gap, never an interpolation. Acts that weigh nothing on the
 *   chosen reading: no value (as an event has no tone, N14), though the range may have ends.
 * - Range: low ≤ value ≤ high, and a window over one event gives its tone and range.
 */
import { NONE, type ActDayIndex } from './actDays.ts';
import { conflictShare, PRIOR_WEIGHT } from './tension.ts';

/** The climate around a day; weights in Goldstein units, shares unrounded on 0–10. */
export interface Climate {
  /** Null where the acts in the window weigh nothing on the chosen reading. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** How many acts in the window count on the chosen reading. */
  acts: number;
  conflict: number;
  cooperation: number;
}

/** The first position whose day is on or after `day`. */
function firstFrom(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest `nearest` of the acts at positions [from, to): O(log acts). */
function nearestIn(tree: Int32Array, from: number, to: number): number {
  const n = tree.length / 2;
  let best = NONE;
  for (let l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
    if (l & 1) best = Math.min(best, tree[l++] ?? NONE);
    if (r & 1) best = Math.min(best, tree[--r] ?? NONE);
  }
  return best;
}

/**
 * The climate on `day`, from the acts of the `windowDays` days before it (day − windowDays …
 * day − 1): climateAt(index, toDayNumber('2022-01-21'), 30) → the acts of 22 December 2021 …
 * 20 January 2022. Null where no act falls in the window.
 */
export function climateAt(
  index: ActDayIndex,
  day: number,
  windowDays: number,
  prior: number = PRIOR_WEIGHT,
): Climate | null {
  if (!(windowDays >= 1)) throw new RangeError(`A window of ${windowDays} days holds no day`);
  const from = firstFrom(index.days, day - windowDays);
  const to = firstFrom(index.days, day);
  if (from >= to) return null;
  const between = (prefix: Float64Array | Int32Array) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const conflict = between(index.conflict) / 100;
  const cooperation = between(index.cooperation) / 100;
  const value = conflictShare(conflict, cooperation, prior);
  const extreme = (c: Float64Array, p: Float64Array, end: 'low' | 'high') => {
    const share = conflictShare(between(c) / 100, between(p) / 100, prior);
    if (share !== null || index.nearest.length === 0) return share;
    // No weight at the extreme picks: every weighing reading in the window lies on the far side
    // of neutral, and the extreme counts only the one nearest it.
    const nearest = nearestIn(index.nearest, from, to);
    if (nearest === NONE) return null;
    return end === 'low'
      ? conflictShare(nearest / 100, 0, prior)
      : conflictShare(0, nearest / 100, prior);
  };
  return {
    value,
    low: extreme(index.lowConflict, index.lowCooperation, 'low'),
    high: extreme(index.highConflict, index.highCooperation, 'high'),
    acts: between(index.counted),
    conflict,
    cooperation,
  };
}
