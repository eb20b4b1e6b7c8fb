/**
 * Text of imported files made fit for the schema: HTML made plain (TimelineJS writes its text as
 * HTML), names made into ids, GDELT's capitals into names, and dates as precise as they are given.
 * No DOM: HTML is read by pattern, only to get text out of it, never to render it.
 */
import { isCalendarDate } from '../dates';
import { describeValue } from '../describeIssue';
import { problem, type Problem } from '../problems';
import { safeHttpUrl } from '../safeUrl';
import type { DatePrecision } from '../vocabulary';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * HTML as plain text, and the http(s) links it holds: "<p>Talks in <a href='https://x.org'>Geneva</a></p>"
 * → { text: "Talks in Geneva", links: ["https://x.org/"] }. Scripts and styles go with their
 * content; block ends and <br> become line breaks; any other link (javascript:, data:, a relative
 * one) is not kept: `dropped` lists them, so that none goes unsaid.
 */
export function htmlToText(html: string): { text: string; links: string[]; dropped: string[] } {
  const links: string[] = [];
  const dropped: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const href = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
    const url = safeHttpUrl(href);
    if (url && !links.includes(url)) links.push(url);
    else if (!url && href !== '' && !dropped.includes(href)) dropped.push(href);
  }
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    // Inline elements join their text to the words around them; any other tag parts words.
    .replace(/<\/?(a|b|i|em|strong|span|small|sub|sup|u|mark|abbr|cite|q|code)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return { text: tidy(decodeEntities(text)), links, dropped };
}

/** Runs of spaces as one, lines trimmed, no empty lines. */
function tidy(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

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
