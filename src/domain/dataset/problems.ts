/**
 * Problems found in a dataset, named by the path of what is wrong. A problem carries a code and
 * the values its sentence needs, not the sentence: the page words it in the reader's language
 * (`problem` in i18n/messages/problems*.ts). No zod here: the page can show problems without
 * carrying the validator, which runs in the dataset worker.
 */
import type { ImportFormat } from './vocabulary';

/** A value a problem is about, as it is shown: text quoted and cut, or what kind of thing it is. */
export type ShownValue =
  { kind: 'nothing' | 'list' | 'object' } | { kind: 'literal'; text: string };

/** What a field should have held, in `expected a number, got "high"`. */
export const VALUE_TYPES = ['string', 'number', 'array', 'object', 'boolean', 'null'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * The rules the schema (schema.ts) states for a value, each passed to zod as the check's message
 * and worded in both languages in i18n/messages/problems*.ts.
 */
export const SCHEMA_RULES = [
  'non-empty-text',
  'id',
  'iso-date',
  'country',
  'latitude',
  'longitude',
  'one-of',
  'date-precision',
  'cameo-code',
  'actor-code',
  'goldstein',
  'tension',
  'some-source',
  'note',
] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

/** A schema rule as a check's message: `z.regex(ISO_DATE, rule('iso-date'))`. */
export function rule(code: SchemaRule): string {
  return code;
}

/** Why JSON parsing stopped (jsonError.ts finds it), in `not valid JSON: a value was expected…`. */
export const JSON_SYNTAX_REASONS = [
  'unexpected-character',
  'malformed-number',
  'field-name-expected',
  'value-expected',
  'colon-expected',
  'comma-expected',
  'closing-brace-expected',
  'closing-bracket-expected',
  'end-expected',
  'comment',
  'text-ends-in-string',
  'text-ends-in-number',
  'invalid-unicode-escape',
  'invalid-escape',
  'invalid-character',
] as const;
export type JsonSyntaxReason = (typeof JSON_SYNTAX_REASONS)[number];

type Empty = Record<string, never>;

/**
 * Every kind of problem, with the values its sentence needs; the sample sentences are the English
 * ones. To add one: a line here, and its sentence in both languages in i18n/messages/problemsEn.ts
 * and problemsVi.ts (the types fail the build until both are there).
 */
export interface ProblemValues {
  /** `sources: is missing` */
  missing: Empty;
  /** `events[2].tension: expected a number, got "high"` */
  'wrong-type': { expected: ValueType; got: ShownValue };
  /** `places[1].lat: expected a latitude from -90 to 90, got 95`; `options` for `one-of` */
  'breaks-rule': { rule: SchemaRule; options: string[]; got: ShownValue };
  /** A check whose message is not a SchemaRule: its own words, or none (`is not valid, got 3`). */
  invalid: { message: string | null; got: ShownValue };
  /** `events[0]: unknown fields colour, size` */
  'unknown-fields': { fields: string[] };
  /** `places[2].id: duplicate id "geneva"` */
  'duplicate-id': { id: string };
  /** `events[1].date: expected a real calendar date, got "2022-13-40"` */
  'not-a-calendar-date': { date: string };
  /** `events[2].date: a month-precision date is written with day 01, got "2023-02-14"` */
  'month-date-not-first': { date: string };
  /** `events[2].date: a year-precision date is written as 1 January, got "2023-02-14"` */
  'year-date-not-first': { date: string };
  /** `events[0].placeId: no place has the id "atlantis"` */
  'unknown-place': { id: string };
  /** `events[0].participants[1]: no person has the id "carol"` */
  'unknown-person': { id: string };
  /** `events[0].sourceIds[0]: no source has the id "src-z"` */
  'unknown-source': { id: string };
  /** `quotes[1].eventId: no event has the id "nowhere"` */
  'unknown-event': { id: string };
  /** `events[0].actions[1].sourceId: "src-b" is not among the event's sources` */
  'source-not-in-event': { id: string };
  /** `…goldstein: CAMEO 036 (Express intent to meet or negotiate) weighs 4 on the Goldstein scale, got 5` */
  'goldstein-mismatch': { cameo: string; name: string; expected: number; got: number };
  /** `events[0].tension: expected 3.3 (the score of its actions), got 9`; null: no action between the sides */
  'tension-mismatch': { expected: number | null; got: number | null };
  /** `events[2].tensionRange: expected [6.4, 7.5] (the lowest and highest score over its readings), got [6.4, 6.4]` */
  'tension-range-mismatch': {
    expected: readonly [number, number] | null;
    got: readonly [number, number] | null;
  };
  /** `quotes[0].eventId: its event "e1" was left out` */
  'event-left-out': { id: string };
  /** `quotes[3].speaker: a quote with no speakerId needs a described speaker` */
  'speaker-needed': Empty;
  /** `events: the dataset has no events` */
  'no-events': Empty;
  /** `events: no valid event remains` */
  'no-valid-event': Empty;
  /** `not valid JSON: the file is empty` */
  'json-empty': Empty;
  /** `not valid JSON: a value was expected at line 1, column 18, after \`[1, 2,\`` */
  'json-syntax': { reason: JsonSyntaxReason; line: number; column: number; after: string };
  /** `not valid JSON: the text could not be read as JSON` */
  'json-unreadable': Empty;
  /** A file read record by record whose lists come in another order than the app writes them. */
  'stream-order': Empty;
  // Imported files (domain/import): a row is named by its line, a field by its column.
  /** `line 12: 30 columns, a GDELT 2.0 row has 61` */
  'row-columns': { line: number; count: number; expected: number; format: ImportFormat };
  /** `line 5, column latitude: expected a latitude from -90 to 90, got 95`: another problem, placed */
  'in-row': { line: number; column: string | null; problem: Problem };
  /** `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "21/1/2022"` */
  'date-format': { formats: string[]; got: ShownValue };
  /** `the link "javascript:alert(1)" is not http or https, so it is left out; the row is kept` */
  'url-dropped': { got: ShownValue };
  /** `the id "E1" is written "e1", as ids are lower-case letters, digits and dashes; the row is kept` */
  'id-rewritten': { from: string; to: string };
  /** `"Geneva" has no latitude and longitude, so the event has no place on the map; the row is kept` */
  'no-coordinates': { place: string };
  /** `CAMEO 0999 is not a code of GDELT's table, so its Goldstein weight is not known` */
  'unknown-cameo': { cameo: string };
  /** `a quoted field is not closed before the end of the file` */
  'unclosed-quote': Empty;
  /** `the header has no column "title"` */
  'missing-column': { column: string };
  /** The content is none of the formats domain/import reads. */
  'unknown-format': Empty;
}

export type ProblemCode = keyof ProblemValues;

/** One problem: `path` is `events[3].date`, empty for the whole document. */
export type Problem = {
  [C in ProblemCode]: { path: string; code: C; values: ProblemValues[C] };
}[ProblemCode];

/** problem("events[0].placeId", "unknown-place", { id: "atlantis" }) */
export function problem<C extends ProblemCode>(
  path: string,
  code: C,
  values: ProblemValues[C],
): Problem {
  return { path, code, values } as Problem;
}

/** formatPath(["events", 3, "date"]) → "events[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** How many records a list of problems leaves out: "events[3].date" and "events[3].tension" are one. */
export function countLeftOutRecords(problems: readonly Problem[]): number {
  return new Set(problems.map(recordOf)).size;
}

/** The record a problem is of: `events[3]`, or an imported file's row by its line (`line 12`). */
function recordOf(p: Problem): string {
  if (p.code === 'in-row' || p.code === 'row-columns') return `${p.path}:line ${p.values.line}`;
  return /^\w+\[\d+\]/.exec(p.path)?.[0] ?? p.path;
}
