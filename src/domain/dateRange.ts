/**
 * Inclusive date ranges that respect each record's precision: a month-precision event belongs to
 * a range that covers any day of its month, because the articles leave open which day it was.
 */
import { spanOf, toDayNumber, type DaySpan } from './dates';
import type { DatePrecision } from './schema';

/** Inclusive ISO dates; null leaves that end open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const ALL_DATES: DateRange = { from: null, to: null };

interface Dated {
  date: string;
  datePrecision: DatePrecision;
}

/** A reversed range ("to" before "from") is read the way round that makes sense. */
export function normalizeRange(range: DateRange): DateRange {
  if (range.from !== null && range.to !== null && range.from > range.to) {
    return { from: range.to, to: range.from };
  }
  return range;
}

/** The range as whole days; open ends become ±Infinity. */
export function rangeToDays(range: DateRange): DaySpan {
  const { from, to } = normalizeRange(range);
  return {
    start: from === null ? -Infinity : toDayNumber(from),
    end: to === null ? Infinity : toDayNumber(to),
  };
}

export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether any day the record may have happened on falls inside the range. */
export function isInRange(record: Dated, range: DateRange): boolean {
  return overlaps(spanOf(record.date, record.datePrecision), rangeToDays(range));
}

export function filterByRange<T extends Dated>(records: readonly T[], range: DateRange): T[] {
  const days = rangeToDays(range);
  return records.filter((r) => overlaps(spanOf(r.date, r.datePrecision), days));
}
