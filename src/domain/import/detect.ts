/**
 * Which format a file is in, from its content alone (a file may be named anything; GDELT's are
 * `.CSV` but tab-separated): the shape of its JSON, or the header and column count of its rows.
 *
 * - JSON: an object with `events` whose slides have `start_date` (or a `title` slide with `text`)
 *   is TimelineJS; any other JSON is taken for this app's dataset, whose reader names what is
 *   wrong with it (the shape, or where the JSON breaks).
 * - Tab-separated rows whose first field is a number and second a YYYYMMDD date are GDELT event
 *   rows; the most common count among the first rows, 57 or 58 against 61, says 1.0 (its
 *   historical backfile has 57 columns, its daily files 58) or 2.0 (so a broken first row does
 *   not decide). A header row of GDELT's names (`GLOBALEVENTID`…) is allowed.
 * - Rows with a header (comma-, semicolon- or tab-separated): `Year` and `Headline` make the
 *   TimelineJS sheet; `date` and `title` our events template; `event`, `speaker` and `text` our
 *   quotes template.
 */
import { readDelimited } from './delimited';
import {
  GDELT_1_BACKFILE_COLUMNS,
  GDELT_1_COLUMNS,
  GDELT_2_COLUMNS,
  normalizeColumn,
  TEMPLATE_EVENT_REQUIRED,
  TEMPLATE_QUOTE_REQUIRED,
  TIMELINE_REQUIRED,
} from './formats';

export type Delimiter = ',' | ';' | '\t';

export type Detection =
  | { format: 'dataset-json' | 'timeline-json' }
  | { format: 'gdelt-1' | 'gdelt-2'; delimiter: '\t'; header: boolean }
  | { format: 'timeline-csv' | 'template-events' | 'template-quotes'; delimiter: Delimiter }
  | { format: null };

/** How much of the start of a file detection reads: enough for the header and some rows. */
const SAMPLE = 64 * 1024;
/** How many GDELT rows are counted to tell 1.0 from 2.0. */
const SAMPLED_ROWS = 20;

function isTimelineJson(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { events, title } = value as { events?: unknown; title?: unknown };
  const isSlide = (slide: unknown) =>
    slide !== null && typeof slide === 'object' && ('start_date' in slide || 'text' in slide);
  if (Array.isArray(events) && events.some(isSlide)) return true;
  return !('sources' in value) && isSlide(title);
}

function detectJson(text: string): Detection {
  try {
    return { format: isTimelineJson(JSON.parse(text)) ? 'timeline-json' : 'dataset-json' };
  } catch {
    // A first piece of a larger file, or broken JSON: by its keys. Broken JSON goes to the
    // dataset reader, which says where it breaks.
    const sample = text.slice(0, SAMPLE);
    const timeline =
      /"start_date"\s*:/.test(sample) && !/"(sources|places|people)"\s*:/.test(sample);
    return { format: timeline ? 'timeline-json' : 'dataset-json' };
  }
}

const isGdeltRow = (fields: readonly string[]) =>
  /^\d+$/.test(fields[0]?.trim() ?? '') && /^\d{8}$/.test(fields[1]?.trim() ?? '');

function detectGdelt(sample: string): Detection | null {
  const rows = readDelimited(sample, '\t', false).slice(0, SAMPLED_ROWS + 1);
  const first = rows[0]?.fields ?? [];
  const header = normalizeColumn(first[0] ?? '') === 'globaleventid';
  const isOne = (count: number) =>
    count === GDELT_1_COLUMNS.length || count === GDELT_1_BACKFILE_COLUMNS.length;
  if (header) {
    if (isOne(first.length)) return { format: 'gdelt-1', delimiter: '\t', header };
    if (first.length === GDELT_2_COLUMNS.length)
      return { format: 'gdelt-2', delimiter: '\t', header };
    return null;
  }
  let ones = 0;
  let twos = 0;
  for (const { fields } of rows.slice(0, SAMPLED_ROWS)) {
    if (!isGdeltRow(fields)) continue;
    if (isOne(fields.length)) ones += 1;
    if (fields.length === GDELT_2_COLUMNS.length) twos += 1;
  }
  if (ones === 0 && twos === 0) return null;
  return { format: twos >= ones ? 'gdelt-2' : 'gdelt-1', delimiter: '\t', header: false };
}

/** The delimiter of a header line: the one it holds most of (outside quotes). */
function delimiterOf(line: string): Delimiter {
  const unquoted = line.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  const [tabs, commas, semicolons] = [count('\t'), count(','), count(';')];
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** Each format with a header, and the columns that tell it. */
const HEADER_FORMATS = [
  ['timeline-csv', TIMELINE_REQUIRED],
  ['template-events', TEMPLATE_EVENT_REQUIRED],
  ['template-quotes', TEMPLATE_QUOTE_REQUIRED],
] as const;

/** The format of a file from its first piece (the whole file, or its first tens of kilobytes). */
export function detectFormat(text: string): Detection {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return detectJson(start);
  const sample = start.slice(0, SAMPLE);
  if (sample.includes('\t')) {
    const gdelt = detectGdelt(sample);
    if (gdelt) return gdelt;
  }
  const firstLine = sample.split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = delimiterOf(firstLine);
  const header = readDelimited(sample, delimiter, true)[0]?.fields.map(normalizeColumn) ?? [];
  for (const [format, required] of HEADER_FORMATS)
    if (required.every((name: string) => header.includes(name))) return { format, delimiter };
  return { format: null };
}
