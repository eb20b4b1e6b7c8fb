/**
 * What happens to a dataset with bad records: each record (a source, person, place, event or
 * quote) is checked on its own, and one that fails is left out, together with the records that
 * depend on it (the quotes of a left-out event, the events at a left-out place). The rest is
 * shown, with a warning that lists every problem of every record left out. A dataset is refused
 * whole only when its top level is not the five lists, or when no valid event remains.
 */
import { describeIssue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import {
  eventProblems,
  parseRecord,
  parseRecords,
  quoteProblems,
  scoreEvent,
  sortProblems,
} from './recordChecks';
import {
  datasetEnvelopeSchema,
  type DatasetEnvelope,
  type DatasetHead,
  type DiplomaticEvent,
  type Quote,
} from '../dataset/schema';
import { fastEvent, fastQuote } from './fastShape';
import { DEFAULT_DYAD, type Dyad } from '../scoring/tension';

/**
 * A dataset's top level, for a file read record by record: `members` are its members but events
 * and quotes, `lists` the ones of those it has. The problems are e.g. `sources: is missing`.
 */
export function readEnvelope(
  members: Record<string, unknown>,
  lists: ReadonlySet<'events' | 'quotes'>,
): { ok: true; envelope: DatasetEnvelope } | { ok: false; problems: Problem[] } {
  const raw = {
    ...members,
    ...(lists.has('events') ? { events: [] } : {}),
    ...(lists.has('quotes') ? { quotes: [] } : {}),
  };
  const envelope = datasetEnvelopeSchema.safeParse(raw);
  return envelope.success
    ? { ok: true, envelope: envelope.data }
    : { ok: false, problems: envelope.error.issues.map((issue) => describeIssue(issue, raw)) };
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * A record the fast shape check accepted, with its id recorded; null when it did not, or when
 * the id is a duplicate: then the schema's parse (parseRecord) judges it and words the problem.
 */
function acceptFast<T extends { id: string }>(record: T | null, seen: Set<string>): T | null {
  if (record === null || seen.has(record.id)) return null;
  seen.add(record.id);
  return record;
}

/**
 * Validates a dataset that arrives a record at a time (a file too large to read as one text):
 * first everything but the events and quotes, then the events, then the quotes. Each record is
 * checked as it comes and handed back if it is kept, so that the raw records are never all held.
 * The whole-file reader (validateDataset) runs its records through this same validator.
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

  /** `lists`: the file's top level, already read (its events and quotes are not looked at). */
  constructor(lists: DatasetEnvelope) {
    const sources = parseRecords('sources', lists.sources, this.leftOut);
    const people = parseRecords('people', lists.people, this.leftOut);
    const places = parseRecords('places', lists.places, this.leftOut);
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
    const record =
      acceptFast(fastEvent(item), this.seenEvents) ??
      parseRecord('events', item, index, this.seenEvents, problems);
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
    const record =
      acceptFast(fastQuote(item), this.seenQuotes) ??
      parseRecord('quotes', item, index, this.seenQuotes, problems);
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
    { ok: true; leftOut: Problem[] } | { ok: false; stage: 'references'; problems: Problem[] } {
    if (this.keptEvents === 0) {
      const none = problem('events', this.eventIndex === 0 ? 'no-events' : 'no-valid-event', {});
      return { ok: false, stage: 'references', problems: [none, ...sortProblems(this.leftOut)] };
    }
    return { ok: true, leftOut: sortProblems(this.leftOut) };
  }
}
