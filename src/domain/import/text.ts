/**
 * Text of imported files made fit for the schema: HTML made plain (html.ts: TimelineJS writes its
 * text as HTML), names made into ids, GDELT's capitals into names, and dates as precise as they are given.
 */
import { isCalendarDate } from '../dataset/dates';
import { describeValue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import type { DatePrecision } from '../dataset/vocabulary';

/** "Genève, Switzerland" → "geneve-switzerland"; "Đà Nẵng" → "da-nang"; text with no letters → "" */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** GDELT writes names in capitals: "VLADIMIR PUTIN" → "Vladimir Putin"; mixed case stays. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s\-'(/])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

export interface DatedAs {
  date: string;
  precision: DatePrecision;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A date from its parts as precisely as they are given: (2022) → 2022, year precision;
 * (2022, 3) → March 2022; (2022, 3, 2) → 2 March 2022. Null where the parts make no calendar date
 * (a day without a month, month 13, 30 February) or the year has not four digits.
 */
export function dateFromParts(year: number, month?: number, day?: number): DatedAs | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined)
    return day === undefined ? { date: `${year}-01-01`, precision: 'year' } : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { date: `${year}-${pad(month, 2)}-01`, precision: 'month' };
  const date = `${year}-${pad(month, 2)}-${pad(Number.isInteger(day) ? day : 0, 2)}`;
  return isCalendarDate(date) ? { date, precision: 'day' } : null;
}

/** The template's dates: "2022", "2022-03" or "2022-03-02"; null for anything else. */
export function parseIsoDate(text: string): DatedAs | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  return dateFromParts(
    Number(y),
    m === undefined ? undefined : Number(m),
    d === undefined ? undefined : Number(d),
  );
}

/**
 * A number written in a file: "46.2", "-7.5"; null for "" or anything that is not one. With
 * `decimalComma` (a `;`-separated file, as spreadsheets in most of Europe write CSV) "46,2" is
 * 46.2 as well.
 */
export function parseNumber(text: string, decimalComma = false): number | null {
  let trimmed = text.trim();
  if (decimalComma && /^[-+]?\d*,\d+$/.test(trimmed)) trimmed = trimmed.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  return Number(trimmed);
}

/** The host of an http(s) URL, as a publisher may be named: "https://www.reuters.com/x" → "www.reuters.com" */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

type DateRead = { ok: true; date: DatedAs } | { ok: false; problem: Problem };

/** A date as the template writes it; a real date in the wrong shape is told apart from no date. */
export function readDate(text: string): DateRead {
  if (text === '') return { ok: false, problem: problem('', 'missing', {}) };
  const dated = parseIsoDate(text);
  if (dated) return { ok: true, date: dated };
  return /^\d{4}(-\d{2}){0,2}$/.test(text)
    ? { ok: false, problem: problem('', 'not-a-calendar-date', { date: text }) }
    : {
        ok: false,
        problem: problem('', 'date-format', {
          formats: ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'],
          got: describeValue(text),
        }),
      };
}
