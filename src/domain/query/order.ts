/** The index's order of events, and what is counted along it once. */
import { civilYearMonth } from './lanes';

/**
 * Positions sorted by day, then by id in code-unit order: a counting sort by day (linear), with
 * only the events that share a day compared by id. Returns order[p] = the arrival slot of the
 * event at position p.
 */
export function sortPositions(day: Int32Array, ids: readonly string[]): Int32Array {
  const n = day.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = day[i] ?? 0;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = max - min + 1;
  // A counting sort wants an array as long as the days spanned; past a few million days (data
  // from year 0 to 9999, say), a comparison sort does.
  if (span > 4 * n + 1_000_000) {
    const slots = Array.from({ length: n }, (_, i) => i);
    slots.sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0) || compareIds(ids[a], ids[b]));
    order.set(slots);
    return order;
  }
  const starts = new Int32Array(span + 1);
  for (let i = 0; i < n; i++)
    starts[(day[i] ?? 0) - min + 1] = (starts[(day[i] ?? 0) - min + 1] ?? 0) + 1;
  for (let d = 0; d < span; d++) starts[d + 1] = (starts[d + 1] ?? 0) + (starts[d] ?? 0);
  const next = starts.slice(0, span);
  for (let i = 0; i < n; i++) {
    const d = (day[i] ?? 0) - min;
    order[next[d] ?? 0] = i;
    next[d] = (next[d] ?? 0) + 1;
  }
  // Ties by id, within each day.
  for (let d = 0; d < span; d++) {
    const lo = starts[d] ?? 0;
    const hi = starts[d + 1] ?? lo;
    if (hi - lo < 2 || inIdOrder(order, lo, hi, ids)) continue;
    const same = Array.from(order.subarray(lo, hi)).sort((a, b) => compareIds(ids[a], ids[b]));
    order.set(same, lo);
  }
  return order;
}

const compareIds = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether order[lo … hi) is already in id order: as rows mostly come (GDELT's by id), a day's
 * events then need no sort, which (being stable) would leave them as they are.
 */
function inIdOrder(order: Int32Array, lo: number, hi: number, ids: readonly string[]): boolean {
  for (let i = lo + 1; i < hi; i++)
    if (compareIds(ids[order[i - 1] ?? 0], ids[order[i] ?? 0]) > 0) return false;
  return true;
}

/** Events per month of the extent, by the day each is drawn on: the overview strip's bars. */
export interface MonthCounts {
  /** The extent's first month, counted from year 0 (year × 12 + month − 1). */
  firstMonth: number;
  counts: Int32Array;
}

export function monthCountsOf(
  day: Int32Array,
  extent: { start: number; end: number },
): MonthCounts {
  const monthOf = (d: number) => {
    const [year, month] = civilYearMonth(d);
    return year * 12 + month - 1;
  };
  const firstMonth = monthOf(extent.start);
  const counts = new Int32Array(monthOf(extent.end) - firstMonth + 1);
  // Days come sorted, so each day's month is worked out once, not once an event.
  let lastDay = Number.NaN;
  let m = 0;
  for (let p = 0; p < day.length; p++) {
    const d = day[p] ?? 0;
    if (d !== lastDay) {
      lastDay = d;
      m = monthOf(d) - firstMonth;
    }
    if (m >= 0 && m < counts.length) counts[m] = (counts[m] ?? 0) + 1;
  }
  return { firstMonth, counts };
}
