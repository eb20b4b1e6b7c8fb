/**
 * Inclusive date ranges that respect each record's precision: a month-precision event belongs to
 * a range that covers any day of its month, because the articles leave open which day it was.
 */
import { toDayNumber, type DaySpan } from './dates';

/** Inclusive ISO dates; null leaves that end open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const ALL_DATES: DateRange = { from: null, to: null };

/** A reversed range ("to" before "from") is read the way round that makes sense. */
export function normalizeRange(range: DateRange): DateRange {
  if (range.from !== null && range.to !== null && range.from > range.to) {
    return { from: range.to, to: range.from };
  }
  return range;
}

/**
 * The range with one end set (null opens it). An end set past the other opens the other, so that
 * typing a new range one end at a time never passes through a reversed one:
 * withRangeEnd({from: "2022-01-01", to: "2022-03-31"}, "from", "2025-01-01") → {from: "2025-01-01", to: null}
 */
export function withRangeEnd(
  range: DateRange,
  end: 'from' | 'to',
  value: string | null,
): DateRange {
  if (end === 'from') {
    const passed = value !== null && range.to !== null && value > range.to;
    return { from: value, to: passed ? null : range.to };
  }
  const passed = value !== null && range.from !== null && value < range.from;
  return { from: passed ? null : range.from, to: value };
}

/** The range as whole days; open ends become ±Infinity. */
export function rangeToDays(range: DateRange): DaySpan {
  const { from, to } = normalizeRange(range);
  return {
    start: from === null ? -Infinity : toDayNumber(from),
    end: to === null ? Infinity : toDayNumber(to),
  };
}

/** Whether two spans share a day: a record's span (spanOf) against a range's days. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}
