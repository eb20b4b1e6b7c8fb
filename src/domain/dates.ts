/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so that ranges compare as integers and
 * no time zone can shift a date by one day.
 */
import type { DatePrecision } from './schema';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date: "2023-02-28" yes, "2023-02-29" and "2022-13-40" no. */
export function isCalendarDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2022-01-21" → 19013. Throws on a string that is not a calendar date. */
export function toDayNumber(iso: string): number {
  if (!isCalendarDate(iso)) throw new RangeError(`Not a calendar date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** 19013 → "2022-01-21" */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The days a dated record covers: one day, or every day of its month. */
export interface DaySpan {
  start: number;
  end: number;
}

/** "2025-08-01" with month precision → the whole of August 2025. */
export function spanOf(date: string, precision: DatePrecision): DaySpan {
  const start = toDayNumber(date);
  if (precision === 'day') return { start, end: start };
  const [y, m] = date.split('-').map(Number) as [number, number];
  return { start, end: start + daysInMonth(y, m) - 1 };
}

/**
 * Where a record sits on a time axis: its day, or the middle of its month (drawn there so that a
 * month-precision event does not pretend to have happened on the 1st).
 */
export function midpointOf(date: string, precision: DatePrecision): number {
  const { start, end } = spanOf(date, precision);
  return Math.floor((start + end) / 2);
}
