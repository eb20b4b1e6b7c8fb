/**
 * Parse forgivingly, report precisely: a dataset is read in three stages (JSON, shape, references)
 * and every problem is reported with the path of what is wrong, e.g.
 * `events[3].date: expected YYYY-MM-DD, got "2022-13-40"`.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { describeCameo } from './cameo';
import { isCalendarDate } from './dates';
import { describeJsonError } from './jsonError';
import * as z from 'zod/mini';
import {
  formatPath,
  problem,
  SCHEMA_RULES,
  VALUE_TYPES,
  type Problem,
  type SchemaRule,
  type ShownValue,
  type ValueType,
} from './problems';
import {
  datasetEnvelopeSchema,
  eventSchema,
  personSchema,
  placeSchema,
  quoteSchema,
  sourceSchema,
  type Dataset,
  type DiplomaticEvent,
  type EventRecord,
  type Quote,
} from './schema';
import { type DatePrecision } from './vocabulary';
import { DEFAULT_DYAD, legacyTension, scoreTension, tensionRange, type Dyad } from './tension';

export type ValidationStage = 'json' | 'shape' | 'references';

export type ValidationResult =
  /** `leftOut`: the problems of the records that were left out; empty for a clean dataset. */
  | { ok: true; dataset: Dataset; leftOut: Problem[] }
  | { ok: false; stage: ValidationStage; problems: Problem[] };

/** A short, safe rendering of the value a problem is about: strings quoted and cut. */
export function describeValue(value: unknown): ShownValue {
  if (value === undefined) return { kind: 'nothing' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (value !== null && typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return { kind: 'literal', text: JSON.stringify(cut) };
  }
  return { kind: 'literal', text: String(value) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const isValueType = (name: string): name is ValueType =>
  (VALUE_TYPES as readonly string[]).includes(name);
const isSchemaRule = (message: string): message is SchemaRule =>
  (SCHEMA_RULES as readonly string[]).includes(message);

/** Turns one zod issue into a problem that names what was expected and what was found. */
export function describeIssue(issue: $ZodIssue, root: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(root, issue.path);
  const got = describeValue(value);
  if (issue.code === 'invalid_type' && value === undefined) return problem(path, 'missing', {});
  if (issue.code === 'invalid_type' && isValueType(issue.expected))
    return problem(path, 'wrong-type', { expected: issue.expected, got });
  if (issue.code === 'unrecognized_keys')
    return problem(path, 'unknown-fields', { fields: [...issue.keys] });
  // The schema's checks carry a SchemaRule as their message (schema.ts).
  if (isSchemaRule(issue.message)) {
    const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    return problem(path, 'breaks-rule', { rule: issue.message, options, got });
  }
  const message = issue.message && issue.message !== 'Invalid input' ? issue.message : null;
  return problem(path, 'invalid', { message, got });
}

/**
 * What happens to a dataset with bad records: each record (a source, person, place, event or
 * quote) is checked on its own, and one that fails is left out, together with the records that
 * depend on it (the quotes of a left-out event, the events at a left-out place). The rest is
 * shown, with a warning that lists every problem of every record left out. A dataset is refused
 * whole only when its top level is not the five lists, or when no valid event remains.
 */
export const COLLECTIONS = ['sources', 'people', 'places', 'events', 'quotes'] as const;
type Collection = (typeof COLLECTIONS)[number];

const RECORD_SCHEMAS = {
  sources: sourceSchema,
  people: personSchema,
  places: placeSchema,
  events: eventSchema,
  quotes: quoteSchema,
} as const;

interface Kept<T> {
  index: number;
  record: T;
}

/** Parses each record of a collection on its own; later duplicates of an id are left out. */
function parseRecords<C extends Collection>(
  collection: C,
  items: readonly unknown[],
  problems: Problem[],
): Kept<z.infer<(typeof RECORD_SCHEMAS)[C]>>[] {
  const kept: Kept<z.infer<(typeof RECORD_SCHEMAS)[C]>>[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const record = parseRecord(collection, item, index, seen, problems);
    if (record) kept.push({ index, record });
  });
  return kept;
}

/** One record checked against its schema, or null with its problems added; ids in `seen`. */
function parseRecord<C extends Collection>(
  collection: C,
  item: unknown,
  index: number,
  seen: Set<string>,
  problems: Problem[],
): z.infer<(typeof RECORD_SCHEMAS)[C]> | null {
  const result = RECORD_SCHEMAS[collection].safeParse(item);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const found = describeIssue(issue, item);
      problems.push({ ...found, path: joinPath(`${collection}[${index}]`, found.path) });
    }
    return null;
  }
  const record = result.data as z.infer<(typeof RECORD_SCHEMAS)[C]>;
  if (seen.has(record.id)) {
    problems.push(problem(`${collection}[${index}].id`, 'duplicate-id', { id: record.id }));
    return null;
  }
  seen.add(record.id);
  return record;
}

function joinPath(prefix: string, path: string): string {
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function dateProblem(path: string, date: string, precision: DatePrecision): Problem | null {
  if (!isCalendarDate(date)) return problem(path, 'not-a-calendar-date', { date });
  if (precision === 'month' && !date.endsWith('-01'))
    return problem(path, 'month-date-not-first', { date });
  return null;
}

/** What is wrong with an event beyond its shape, given the ids that are known to be valid. */
function eventProblems(
  event: EventRecord,
  at: string,
  known: { places: Set<string>; people: Set<string>; sources: Set<string> },
  dyad: Dyad,
): Problem[] {
  const problems: Problem[] = [];
  const date = dateProblem(`${at}.date`, event.date, event.datePrecision);
  if (date) problems.push(date);
  if (event.placeId !== null && !known.places.has(event.placeId))
    problems.push(problem(`${at}.placeId`, 'unknown-place', { id: event.placeId }));
  event.participants.forEach((p, j) => {
    if (!known.people.has(p))
      problems.push(problem(`${at}.participants[${j}]`, 'unknown-person', { id: p }));
  });
  event.sourceIds.forEach((s, j) => {
    if (!known.sources.has(s))
      problems.push(problem(`${at}.sourceIds[${j}]`, 'unknown-source', { id: s }));
  });
  event.actions.forEach((action, j) => {
    if (!event.sourceIds.includes(action.sourceId))
      problems.push(
        problem(`${at}.actions[${j}].sourceId`, 'source-not-in-event', { id: action.sourceId }),
      );
    const readings = [action, ...(action.alternatives ?? [])];
    readings.forEach((reading, k) => {
      const code = describeCameo(reading.cameo);
      if (code && code.goldstein !== reading.goldstein)
        problems.push(
          problem(
            k === 0
              ? `${at}.actions[${j}].goldstein`
              : `${at}.actions[${j}].alternatives[${k - 1}].goldstein`,
            'goldstein-mismatch',
            {
              cameo: reading.cameo,
              name: code.name,
              expected: code.goldstein,
              got: reading.goldstein,
            },
          ),
        );
    });
  });
  if (problems.length > 0) return problems;
  const expected = scoreTension(event.actions, dyad);
  // A file written by an earlier version of the app carries the score of its method: it is
  // scored again rather than refused.
  const stored = event.tension;
  if (stored !== undefined && stored !== expected && stored !== legacyTension(event.actions))
    problems.push(problem(`${at}.tension`, 'tension-mismatch', { expected, got: stored }));
  const range = tensionRange(event.actions, dyad);
  const storedRange = event.tensionRange;
  if (storedRange !== undefined && !sameRange(storedRange, range))
    problems.push(
      problem(`${at}.tensionRange`, 'tension-range-mismatch', {
        expected: range,
        got: storedRange,
      }),
    );
  return problems;
}

function sameRange(a: readonly number[] | null, b: readonly number[] | null): boolean {
  return a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1];
}

/** The event with its tension and range as its actions score them. */
function scoreEvent(event: EventRecord, dyad: Dyad): DiplomaticEvent {
  return {
    ...event,
    tension: scoreTension(event.actions, dyad),
    tensionRange: tensionRange(event.actions, dyad),
  };
}

function quoteProblems(
  quote: Quote,
  at: string,
  known: { events: Set<string>; people: Set<string>; sources: Set<string> },
  leftOutEvents: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const date = dateProblem(`${at}.date`, quote.date, quote.datePrecision);
  if (date) problems.push(date);
  if (leftOutEvents.has(quote.eventId))
    problems.push(problem(`${at}.eventId`, 'event-left-out', { id: quote.eventId }));
  else if (!known.events.has(quote.eventId))
    problems.push(problem(`${at}.eventId`, 'unknown-event', { id: quote.eventId }));
  if (!known.sources.has(quote.sourceId))
    problems.push(problem(`${at}.sourceId`, 'unknown-source', { id: quote.sourceId }));
  if (quote.speakerId === null) {
    if (!quote.speaker) problems.push(problem(`${at}.speaker`, 'speaker-needed', {}));
  } else if (!known.people.has(quote.speakerId)) {
    problems.push(problem(`${at}.speakerId`, 'unknown-person', { id: quote.speakerId }));
  }
  return problems;
}

/** Validates an already-parsed JSON value, record by record (as the streaming validator does). */
export function validateDataset(raw: unknown): ValidationResult {
  const envelope = datasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      stage: 'shape',
      problems: envelope.error.issues.map((issue) => describeIssue(issue, raw)),
    };
  }
  const { events: rawEvents, quotes: rawQuotes, ...members } = envelope.data;
  const validator = new StreamingValidator(members);
  const events: DiplomaticEvent[] = [];
  for (const item of rawEvents) {
    const event = validator.event(item);
    if (event) events.push(event);
  }
  const quotes: Quote[] = [];
  for (const item of rawQuotes) {
    const quote = validator.quote(item);
    if (quote) quotes.push(quote);
  }
  const outcome = validator.finish();
  if (!outcome.ok) return outcome;
  return { ok: true, dataset: { ...validator.head, events, quotes }, leftOut: outcome.leftOut };
}

/** Everything in a dataset but its events and quotes. */
export type DatasetHead = Omit<Dataset, 'events' | 'quotes'>;

/**
 * Validates a dataset that arrives a record at a time (a file too large to read as one text):
 * first everything but the events and quotes, then the events, then the quotes. Each record is
 * checked as it comes and handed back if it is kept, so that the raw records are never all held.
 * The checks and messages are validateDataset's.
 */
export class StreamingValidator {
  readonly head: DatasetHead;
  private readonly leftOut: Problem[] = [];
  private readonly known: { sources: Set<string>; people: Set<string>; places: Set<string> };
  private readonly dyad: Dyad;
  private readonly seenEvents = new Set<string>();
  private readonly seenQuotes = new Set<string>();
  /** Every event id in the file, and those of the events kept: a quote of an event that was
   * in the file but left out is left out with it. */
  private readonly allEventIds = new Set<string>();
  private readonly keptEventIds = new Set<string>();
  private eventIndex = 0;
  private quoteIndex = 0;
  private keptEvents = 0;

  /**
   * `members`: the file's top-level members but events and quotes. Throws a
   * StreamingValidationError if they are unusable (see envelopeProblems first).
   */
  constructor(members: Record<string, unknown>) {
    const raw = { ...members, events: [], quotes: [] };
    const envelope = datasetEnvelopeSchema.safeParse(raw);
    if (!envelope.success)
      throw new StreamingValidationError(
        'shape',
        envelope.error.issues.map((issue) => describeIssue(issue, raw)),
      );
    const lists = envelope.data;
    const records = <T>(kept: readonly Kept<T>[]) => kept.map((k) => k.record);
    const sources = records(parseRecords('sources', lists.sources, this.leftOut));
    const people = records(parseRecords('people', lists.people, this.leftOut));
    const places = records(parseRecords('places', lists.places, this.leftOut));
    const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
    this.known = { sources: ids(sources), people: ids(people), places: ids(places) };
    this.dyad = lists.dyad ?? DEFAULT_DYAD;
    this.head = {
      ...(lists.title === undefined ? {} : { title: lists.title }),
      ...(lists.citation === undefined ? {} : { citation: lists.citation }),
      ...(lists.dyad === undefined ? {} : { dyad: lists.dyad }),
      sources,
      people,
      places,
    };
  }

  /** The event if it is kept; null if it is left out (its problems are kept for the report). */
  event(item: unknown): DiplomaticEvent | null {
    const index = this.eventIndex++;
    const problems: Problem[] = [];
    const record = parseRecord('events', item, index, this.seenEvents, problems);
    if (record) problems.push(...eventProblems(record, `events[${index}]`, this.known, this.dyad));
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : null;
    if (typeof id === 'string') this.allEventIds.add(id);
    if (record && problems.length === 0) {
      this.keptEvents += 1;
      this.keptEventIds.add(record.id);
      return scoreEvent(record, this.dyad);
    }
    for (const problem of problems) this.leftOut.push(problem);
    return null;
  }

  /** The quote if it is kept; call after the last event. */
  quote(item: unknown): Quote | null {
    const index = this.quoteIndex++;
    const problems: Problem[] = [];
    const record = parseRecord('quotes', item, index, this.seenQuotes, problems);
    if (record) {
      const leftOutEvent =
        this.allEventIds.has(record.eventId) && !this.keptEventIds.has(record.eventId);
      problems.push(
        ...quoteProblems(
          record,
          `quotes[${index}]`,
          { ...this.known, events: this.keptEventIds },
          leftOutEvent ? new Set([record.eventId]) : NO_IDS,
        ),
      );
    }
    if (record && problems.length === 0) return record;
    for (const problem of problems) this.leftOut.push(problem);
    return null;
  }

  /** The problems of what was left out, or the reason the dataset cannot be used at all. */
  finish():
    { ok: true; leftOut: Problem[] } | { ok: false; stage: ValidationStage; problems: Problem[] } {
    if (this.keptEvents === 0) {
      const none = problem('events', this.eventIndex === 0 ? 'no-events' : 'no-valid-event', {});
      return { ok: false, stage: 'references', problems: [none, ...sortProblems(this.leftOut)] };
    }
    return { ok: true, leftOut: sortProblems(this.leftOut) };
  }
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * What is wrong with a dataset's top level, e.g. `sources: is missing`, for a file read record by
 * record: `members` are its members but events and quotes, `lists` the ones of those it has.
 */
export function envelopeProblems(
  members: Record<string, unknown>,
  lists: ReadonlySet<'events' | 'quotes'>,
): Problem[] {
  const raw = {
    ...members,
    ...(lists.has('events') ? { events: [] } : {}),
    ...(lists.has('quotes') ? { quotes: [] } : {}),
  };
  const envelope = datasetEnvelopeSchema.safeParse(raw);
  return envelope.success ? [] : envelope.error.issues.map((issue) => describeIssue(issue, raw));
}

export class StreamingValidationError extends Error {
  override name = 'StreamingValidationError';
  constructor(
    readonly stage: ValidationStage,
    readonly problems: Problem[],
  ) {
    super(`the dataset is not valid (${stage})`);
  }
}

/** Problems in the order of the file: by collection, then record, then field. */
function sortProblems(problems: Problem[]): Problem[] {
  const rank = (path: string) => {
    const match = /^(\w+)\[(\d+)\]/.exec(path);
    const collection = COLLECTIONS.indexOf((match?.[1] ?? '') as Collection);
    return [collection, Number(match?.[2] ?? 0)] as const;
  };
  return [...problems].sort((a, b) => {
    const [ca, ia] = rank(a.path);
    const [cb, ib] = rank(b.path);
    return ca - cb || ia - ib;
  });
}

/** Parses and validates the text of a dataset file. */
export function parseDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, stage: 'json', problems: [describeJsonError(text)] };
  }
  return validateDataset(raw);
}
