/**
 * The checks of one record at a time: its shape (against its schema, with duplicate ids), then
 * what a schema cannot say: real calendar dates, references to known ids, each action's source
 * among its event's, GDELT's weight for a known CAMEO code, and the stored tension equal to what
 * the actions score.
 */
import type * as z from 'zod/mini';
import { describeCameo } from '../scoring/cameo';
import { isCalendarDate } from '../dataset/dates';
import { describeIssue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import {
  eventSchema,
  personSchema,
  placeSchema,
  quoteSchema,
  sourceSchema,
  type DiplomaticEvent,
  type EventRecord,
  type Quote,
} from '../dataset/schema';
import { legacyTension, scoreTension, tensionRange, type Dyad } from '../scoring/tension';
import type { DatePrecision } from '../dataset/vocabulary';

const COLLECTIONS = ['sources', 'people', 'places', 'events', 'quotes'] as const;
type Collection = (typeof COLLECTIONS)[number];

const RECORD_SCHEMAS = {
  sources: sourceSchema,
  people: personSchema,
  places: placeSchema,
  events: eventSchema,
  quotes: quoteSchema,
} as const;

/** Parses each record of a collection on its own; later duplicates of an id are left out. */
export function parseRecords<C extends Collection>(
  collection: C,
  items: readonly unknown[],
  problems: Problem[],
): z.infer<(typeof RECORD_SCHEMAS)[C]>[] {
  const kept: z.infer<(typeof RECORD_SCHEMAS)[C]>[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const record = parseRecord(collection, item, index, seen, problems);
    if (record) kept.push(record);
  });
  return kept;
}

/** One record checked against its schema, or null with its problems added; ids in `seen`. */
export function parseRecord<C extends Collection>(
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
  if (precision === 'year' && !date.endsWith('-01-01'))
    return problem(path, 'year-date-not-first', { date });
  return null;
}

/** What is wrong with an event beyond its shape, given the ids that are known to be valid. */
export function eventProblems(
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
  // A file written by an earlier version of the app carries the score of its method: it is
  // scored again rather than refused. (An import's events carry none: nothing to score here.)
  const stored = event.tension;
  const expected = stored === undefined ? null : scoreTension(event.actions, dyad);
  if (stored !== undefined && stored !== expected && stored !== legacyTension(event.actions))
    problems.push(problem(`${at}.tension`, 'tension-mismatch', { expected, got: stored }));
  const storedRange = event.tensionRange;
  const range = storedRange === undefined ? null : tensionRange(event.actions, dyad);
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

/**
 * The event scored, its members in the schema's order (its tension and range before its sources,
 * where the dataset reader puts them): what the reader gives back of a file written of it, so
 * that an import's events are the same read straight into the index or written and read again.
 */
export function scoreEventInOrder(event: EventRecord, dyad: Dyad): DiplomaticEvent {
  const tension = scoreTension(event.actions, dyad);
  const range = tensionRange(event.actions, dyad);
  if (event.group !== undefined || event.note !== undefined) {
    const { sourceIds, note, ...rest } = event;
    const scored = { ...rest, tension, tensionRange: range, sourceIds };
    return note === undefined ? scored : { ...scored, note };
  }
  // The common event (an import's rows: no group, no note), member by member: a million of them.
  return {
    id: event.id,
    date: event.date,
    datePrecision: event.datePrecision,
    placeId: event.placeId,
    kind: event.kind,
    status: event.status,
    category: event.category,
    participants: event.participants,
    title: event.title,
    summary: event.summary,
    actions: event.actions,
    tension,
    tensionRange: range,
    sourceIds: event.sourceIds,
  };
}

/** The event with its tension and range as its actions score them. */
export function scoreEvent(event: EventRecord, dyad: Dyad): DiplomaticEvent {
  return {
    ...event,
    tension: scoreTension(event.actions, dyad),
    tensionRange: tensionRange(event.actions, dyad),
  };
}

export function quoteProblems(
  quote: Quote,
  at: string,
  known: { events: Pick<ReadonlySet<string>, 'has'>; people: Set<string>; sources: Set<string> },
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

/** Problems in the order of the file: by collection, then record, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
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
