/**
 * Counting by binary search: events in order of their day with prefix sums of their quotes, so
 * that how many events and quotes a date range holds is two binary searches, plus exact checks
 * near the range's ends, where an event known only to its month or year may or may not overlap.
 */
import type { DaySpan } from './dates';
import { overlaps } from './dateRange';

export interface DayIndex {
  /** Positions in the indexed events (`DatasetIndex.events`), in order of day. */
  positions: Int32Array;
  days: Float64Array;
  /** quotePrefix[i] = quotes of the first i events. */
  quotePrefix: Int32Array;
  /**
   * The most days an indexed event's span reaches from the day it is drawn on: 0 for days alone,
   * 15 with a month, 183 with a leap year. Events that may overlap a range lie that far past it.
   */
  maxHalfSpan: number;
}

/** What a day index needs of each event: the day it is drawn on and the days it may cover. */
interface DayIndexed {
  day: number;
  span: DaySpan;
}

/** The day index of `events[p]` for each p in `positions` (ordered by day). */
export function buildDayIndex(
  events: readonly DayIndexed[],
  positions: readonly number[],
  quoteCount: (position: number) => number,
): DayIndex {
  const quotePrefix = new Int32Array(positions.length + 1);
  let maxHalfSpan = 0;
  positions.forEach((p, k) => {
    quotePrefix[k + 1] = (quotePrefix[k] ?? 0) + quoteCount(p);
    const event = events[p];
    if (event)
      maxHalfSpan = Math.max(maxHalfSpan, event.day - event.span.start, event.span.end - event.day);
  });
  return {
    positions: Int32Array.from(positions),
    days: Float64Array.from(positions, (p) => events[p]?.day ?? 0),
    quotePrefix,
    maxHalfSpan,
  };
}

/** First position whose day is ≥ `day` (or > with `after`). */
function lowerBound(days: Float64Array, day: number, after = false): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = days[mid] ?? 0;
    if (value < day || (after && value === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions (in `days`) that may overlap a range, as a slice, and the part of it that surely
 * does: events drawn more than the longest half-span inside the range.
 */
export function rangeSlices(
  { days, maxHalfSpan }: Pick<DayIndex, 'days' | 'maxHalfSpan'>,
  range: DaySpan,
) {
  const start = lowerBound(days, range.start - maxHalfSpan);
  const end = lowerBound(days, range.end + maxHalfSpan, true);
  let innerStart = lowerBound(days, range.start + maxHalfSpan);
  let innerEnd = lowerBound(days, range.end - maxHalfSpan, true);
  if (innerEnd <= innerStart) innerStart = innerEnd = start;
  return { start, end, innerStart: Math.max(start, innerStart), innerEnd: Math.min(end, innerEnd) };
}

/** How many of a day index's events overlap `range`, and how many quotes they have. */
export function countInRange(
  byDay: DayIndex,
  events: readonly DayIndexed[],
  range: DaySpan,
): { events: number; quotes: number } {
  const { start, end, innerStart, innerEnd } = rangeSlices(byDay, range);
  let count = innerEnd - innerStart;
  let quotes = (byDay.quotePrefix[innerEnd] ?? 0) - (byDay.quotePrefix[innerStart] ?? 0);
  const countIfOverlapping = (k: number) => {
    const indexed = events[byDay.positions[k] ?? 0];
    if (!indexed || !overlaps(indexed.span, range)) return;
    count += 1;
    quotes += (byDay.quotePrefix[k + 1] ?? 0) - (byDay.quotePrefix[k] ?? 0);
  };
  for (let k = start; k < innerStart; k++) countIfOverlapping(k);
  for (let k = innerEnd; k < end; k++) countIfOverlapping(k);
  return { events: count, quotes };
}
