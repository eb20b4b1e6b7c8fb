/** The problems of a dataset in English (problems.ts has their shape). */
import { formatCount } from '../format';
import type {
  JsonSyntaxReason,
  Problem,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/dataset/problems';
import { IMPORT_FORMAT_EN } from './importingEn';
import { listEn, rangeText, wordInner, type ProblemMessages } from './problems';

const countEn = (n: number) => formatCount(n, 'en');

// The words the problem messages are made of, in each language.
const VALUE_TYPE_EN: Record<ValueType, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};
const shownEn = (value: ShownValue) =>
  value.kind === 'literal'
    ? value.text
    : { nothing: 'nothing', list: 'a list', object: 'an object' }[value.kind];
const innerEn = (problem: Problem): string => wordInner(problemEn, problem.code, problem.values);

const RULE_EN: Record<SchemaRule, (options: string[]) => string> = {
  'non-empty-text': () => 'expected non-empty text',
  id: () => 'expected an id of lower-case letters, digits and dashes, at most 200 characters',
  'iso-date': () => 'expected YYYY-MM-DD',
  country: () => 'expected a two-letter ISO 3166 country code, e.g. "US"',
  latitude: () => 'expected a latitude from -90 to 90',
  longitude: () => 'expected a longitude from -180 to 180',
  'one-of': (options) => `expected one of ${options.join(', ')}`,
  'date-precision': () => 'expected "day", "month" or "year"',
  'cameo-code': () => 'expected a CAMEO code of 2 to 4 digits, e.g. "036"',
  'actor-code': () => 'expected an actor code in capital letters, e.g. "USA"',
  goldstein: () => 'expected a Goldstein weight from -10 to 10',
  tension: () => 'expected a tension from 0 to 10',
  'some-source': () => 'expected at least one source',
  note: () => 'expected a text, or an object with a text in "en" and in "vi"',
};
const JSON_REASON_EN: Record<JsonSyntaxReason, string> = {
  'unexpected-character': 'unexpected character',
  'malformed-number': 'malformed number',
  'field-name-expected': 'a field name was expected',
  'value-expected': 'a value was expected',
  'colon-expected': 'a colon was expected',
  'comma-expected': 'a comma was expected',
  'closing-brace-expected': 'a closing } was expected',
  'closing-bracket-expected': 'a closing ] was expected',
  'end-expected': 'the file should end here',
  comment: 'comments are not allowed in JSON',
  'text-ends-in-string': 'the text ends inside a string',
  'text-ends-in-number': 'the text ends inside a number',
  'invalid-unicode-escape': 'invalid \\u escape',
  'invalid-escape': 'invalid escape character',
  'invalid-character': 'invalid character in a string',
};

export const problemEn = {
  missing: () => 'is missing',
  'wrong-type': ({ expected, got }) => `expected ${VALUE_TYPE_EN[expected]}, got ${shownEn(got)}`,
  'breaks-rule': ({ rule, options, got }) => `${RULE_EN[rule](options)}, got ${shownEn(got)}`,
  invalid: ({ message, got }) => `${message ?? 'is not valid'}, got ${shownEn(got)}`,
  'unknown-fields': ({ fields }) =>
    `unknown field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}`,
  'duplicate-id': ({ id }) => `duplicate id "${id}"`,
  'not-a-calendar-date': ({ date }) => `expected a real calendar date, got "${date}"`,
  'month-date-not-first': ({ date }) =>
    `a month-precision date is written with day 01, got "${date}"`,
  'year-date-not-first': ({ date }) =>
    `a year-precision date is written as 1 January (YYYY-01-01), got "${date}"`,
  'unknown-place': ({ id }) => `no place has the id "${id}"`,
  'unknown-person': ({ id }) => `no person has the id "${id}"`,
  'unknown-source': ({ id }) => `no source has the id "${id}"`,
  'unknown-event': ({ id }) => `no event has the id "${id}"`,
  'source-not-in-event': ({ id }) => `"${id}" is not among the event's sources`,
  'goldstein-mismatch': ({ cameo, name, expected, got }) =>
    `CAMEO ${cameo} (${name}) weighs ${expected} on the Goldstein scale, got ${got}`,
  'tension-mismatch': ({ expected, got }) =>
    expected === null
      ? `expected null (no action is between the two sides), got ${got}`
      : `expected ${expected} (the score of its actions), got ${got}`,
  'tension-range-mismatch': ({ expected, got }) =>
    `expected ${rangeText(expected)} (the lowest and highest score over its readings), got ${rangeText(got)}`,
  'event-left-out': ({ id }) => `its event "${id}" was left out`,
  'speaker-needed': () => 'a quote with no speakerId needs a described speaker',
  'no-events': () => 'the dataset has no events',
  'no-valid-event': () => 'no valid event remains',
  'json-empty': () => 'not valid JSON: the file is empty',
  'json-syntax': ({ reason, line, column, after }) =>
    `not valid JSON: ${JSON_REASON_EN[reason]} at line ${line}, column ${column}${after ? `, after \`${after}\`` : ''}`,
  'json-unreadable': () => 'not valid JSON: the text could not be read as JSON',
  'stream-order': () =>
    'a file this large is read record by record, so it must list its title, sources, people and places before its events, and its events before its quotes',
  'row-columns': ({ line, count, expected, format }) =>
    `line ${line}: ${countEn(count)} column${count === 1 ? '' : 's'}, a ${IMPORT_FORMAT_EN[format]} row has ${countEn(expected)}${format === 'gdelt-1' ? ' (57 in the 1979–2013 backfile)' : ''}`,
  'in-row': ({ line, column, problem }) =>
    `line ${line}${column === null ? '' : `, column ${column}`}: ${innerEn(problem)}`,
  'date-format': ({ formats, got }) =>
    `expected a date as ${listEn(formats, 'or')}, got ${shownEn(got)}`,
  'url-dropped': ({ got }) =>
    `the link ${shownEn(got)} is not http or https, so it is left out; the row is kept`,
  'id-rewritten': ({ from, to }) =>
    `the id "${from}" is written "${to}", as ids are lower-case letters, digits and dashes; the row is kept`,
  'no-coordinates': ({ place }) =>
    `“${place}” has no latitude and longitude, so the event has no place on the map; the row is kept`,
  'unknown-cameo': ({ cameo }) =>
    `CAMEO ${cameo} is not a code of GDELT’s table, so its Goldstein weight is not known`,
  'unclosed-quote': () => 'a quoted field is not closed before the end of the file',
  'missing-column': ({ column }) => `the header has no column "${column}"`,
  'unknown-format': () =>
    'the format of the file was not recognised: expected this app’s JSON, a TimelineJS timeline (JSON, or its spreadsheet as CSV), GDELT 1.0 or 2.0 event rows, or the CSV template',
} satisfies ProblemMessages;
