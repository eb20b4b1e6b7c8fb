/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so that ranges compare as integers and
 * no time zone can shift a date by one day.
 *
 * Hand-written, kept (review 2026-12 §2.2) over date-fns or Temporal: whole UTC days are all the
 * app needs, in a few lines, tested against the Date object on every day from 1900 to 2100;
 * Temporal is not in every browser the build targets.
 */
import type { DatePrecision } from './vocabulary';

/** YYYY-MM-DD: the shape of a date in a dataset (schema.ts and fastShape.ts test it). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date: "2023-02-28" yes, "2023-02-29" and "2022-13-40" no. */
export function isCalendarDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The digits of "YYYY-MM-DD" read as numbers, or null if the text has another shape. */
function readIsoDate(iso: string): [number, number, number] | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) y = y * 10 + digit;
    else if (i < 7) m = m * 10 + digit;
    else d = d * 10 + digit;
  }
  return [y, m, d];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (Howard Hinnant's
 * days_from_civil): indexing a million events calls this twice each, and Date.UTC is slower.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** "2022-01-21" → 19013. Throws on a string that is not a calendar date. */
export function toDayNumber(iso: string): number {
  const parts = readIsoDate(iso);
  if (
    !parts ||
    parts[1] < 1 ||
    parts[1] > 12 ||
    parts[2] < 1 ||
    parts[2] > daysInMonth(parts[0], parts[1])
  )
    throw new RangeError(`Not a calendar date: ${iso}`);
  return daysFromCivil(parts[0], parts[1], parts[2]);
}

/** 19013 → "2022-01-21" */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The days a dated record covers: one day, or every day of its month or year. */
export interface DaySpan {
  start: number;
  end: number;
}

/** "2025-08-01" with month precision → the whole of August 2025; year precision → all of 2025. */
export function spanOf(date: string, precision: DatePrecision): DaySpan {
  const start = toDayNumber(date);
  if (precision === 'day') return { start, end: start };
  if (precision === 'year') return { start, end: toDayNumber(`${date.slice(0, 4)}-12-31`) };
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { start, end: start + daysInMonth(year, month) - 1 };
}

/**
 * The reader's calendar date, not UTC's: at 03:30 on 20 November in Hanoi (UTC+7) it is
 * "2026-11-20", where toISOString() still says the 19th.
 */
export function toLocalIsoDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/**
 * Where a record sits on a time axis: its day, or the middle of its month or year (drawn there so
 * that a month-precision event does not pretend to have happened on the 1st).
 */
export function midpointOfSpan({ start, end }: DaySpan): number {
  return Math.floor((start + end) / 2);
}
