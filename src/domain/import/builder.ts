/**
 * Imported records become a dataset here, a record at a time: places, people and sources are made
 * once for each thing they stand for (a key: the coordinates and name of a place, a person's name),
 * and every record goes through the checks of a JSON file (recordChecks.ts: the schema, then
 * dates, references, GDELT's weights and the tension of the dyad) as it is made, so that a file
 * of millions of rows is never held twice. A record that fails is left out with its problems,
 * named by the line (or JSON path) and column of the file it came from.
 */
import { problem, type Problem } from '../dataset/problems';
import {
  eventProblems,
  parseRecord,
  quoteProblems,
  scoreEventInOrder,
} from '../validation/recordChecks';
import type { DiplomaticEvent, EventRecord, Person, Place, Quote, Source } from '../dataset/schema';
import { fastEvent } from '../validation/fastShape';
import type { Dyad } from '../scoring/tension';
import { slugify } from './text';
import type { GdeltRow } from '../dataset/gdeltRow';

/** Records kept since the last `take()`, in the order the dataset lists them. */
export interface ImportBatch {
  sources: Source[];
  people: Person[];
  places: Place[];
  events: DiplomaticEvent[];
  quotes: Quote[];
}

/**
 * Where kept records go as they are kept, one by one, rather than into the batch `take()` hands
 * on: an import read straight into the dataset's index (data/importIndex.ts) holds no batch.
 */
export type RecordSink = {
  [C in keyof ImportBatch]: (record: ImportBatch[C][number]) => void;
} & {
  /** A GDELT row checked on its values (gdeltColumns.ts), if the sink takes rows as they are. */
  row?: (row: GdeltRow) => void;
};

/** Rows that are read but are not events, by design. */
export const SKIP_REASONS = ['title', 'era', 'outside-dyad'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface ImportCounts {
  /** Rows (or TimelineJS slides) read: headers and blank lines are not rows. */
  rows: number;
  events: number;
  quotes: number;
  /** Rows left out because they could not be read or failed the checks. */
  leftOut: number;
  skipped: Record<SkipReason, number>;
}

/**
 * Where a record came from: a line of a delimited file, or a path in a JSON file; and the column
 * (or sub-path) each of its fields came from, e.g. `date` → `SQLDATE`, null where none did.
 */
export interface Origin {
  line?: number;
  path?: string;
  columnOf: (field: string) => string | null;
}

type Collection = 'sources' | 'people' | 'places' | 'events' | 'quotes';
/** How many of the first events kept are held for a preview. */
const SAMPLE_SIZE = 20;
/** The id of a record whose name makes none ("…" or a name in another script). */
const FALLBACK_IDS = { sources: 'source', people: 'person', places: 'place' } as const;

/** `events[3].actions[0].cameo` → `actions[0].cameo`; `places[1]` → `` */
const fieldOf = (path: string) => path.replace(/^\w+\[\d+\]\.?/, '');

/** A problem of a record, named where the file has it: its line and column, or its JSON path. */
export function locate(found: Problem, origin: Origin): Problem {
  const field = fieldOf(found.path);
  const column = field === '' ? null : origin.columnOf(field);
  if (origin.line !== undefined)
    return problem('', 'in-row', { line: origin.line, column, problem: { ...found, path: '' } });
  const base = origin.path ?? '';
  return { ...found, path: column === null ? base : `${base}.${column}` };
}

export class DatasetBuilder {
  readonly leftOut: Problem[] = [];
  readonly notes: Problem[] = [];
  readonly counts: ImportCounts = {
    rows: 0,
    events: 0,
    quotes: 0,
    leftOut: 0,
    skipped: { title: 0, era: 0, 'outside-dyad': 0 },
  };
  /** Every actor country a row named (kept or not): the choices of the two sides in a preview. */
  readonly actorCountries = new Set<string>();
  /** The first events kept, with where they came from: what a preview shows. */
  readonly sample: { line: number | null; path: string | null; event: DiplomaticEvent }[] = [];
  private batch: ImportBatch = emptyBatch();
  private readonly ids: Record<Collection, Set<string>> = {
    sources: new Set(),
    people: new Set(),
    places: new Set(),
    events: new Set(),
    quotes: new Set(),
  };
  /** Key of the thing a record stands for → its id, or the problems of its record. */
  private readonly keys: Record<'sources' | 'people' | 'places', Map<string, string | Problem[]>> =
    { sources: new Map(), people: new Map(), places: new Map() };
  private readonly tried: Record<Collection, number> = {
    sources: 0,
    people: 0,
    places: 0,
    events: 0,
    quotes: 0,
  };
  /** The ids an event may name. */
  private readonly known = {
    sources: this.ids.sources,
    people: this.ids.people,
    places: this.ids.places,
  };
  private readonly suffixes = new Map<string, number>();
  private readonly leftOutEvents = new Set<string>();

  constructor(
    readonly dyad: Dyad,
    private readonly sink: RecordSink | null = null,
  ) {}

  /** A record kept: handed to the sink, else held for `take()`. */
  private keep<C extends keyof ImportBatch>(collection: C, record: ImportBatch[C][number]): void {
    if (this.sink) (this.sink[collection] as (kept: ImportBatch[C][number]) => void)(record);
    else (this.batch[collection] as ImportBatch[C][number][]).push(record);
  }

  /** An id from `base` that no record of the collection has yet: "geneva", "geneva-2", … */
  uniqueId(collection: Collection, base: string, fallback: string): string {
    const stem = slugify(base) || fallback;
    const ids = this.ids[collection];
    if (!ids.has(stem)) return stem;
    // Counting on from the last suffix given: five thousand "example-org" sources stay linear.
    const key = `${collection}:${stem}`;
    let n = this.suffixes.get(key) ?? 2;
    while (ids.has(`${stem}-${n}`)) n += 1;
    this.suffixes.set(key, n + 1);
    return `${stem}-${n}`;
  }

  /**
   * The id of the source standing for `key`, made the first time (its id from `name`); null if
   * its record failed, and then the row is left out with the record's problems.
   */
  source(key: string, name: string, make: (id: string) => Source, origin: Origin): string | null {
    return this.head('sources', key, name, make, origin);
  }

  person(key: string, name: string, make: (id: string) => Person, origin: Origin): string | null {
    return this.head('people', key, name, make, origin);
  }

  place(key: string, name: string, make: (id: string) => Place, origin: Origin): string | null {
    return this.head('places', key, name, make, origin);
  }

  private head<C extends 'sources' | 'people' | 'places'>(
    collection: C,
    key: string,
    name: string,
    make: (id: string) => ImportBatch[C][number],
    origin: Origin,
  ): string | null {
    let known = this.keys[collection].get(key);
    if (known === undefined) {
      const problems: Problem[] = [];
      const raw = make(this.uniqueId(collection, name, FALLBACK_IDS[collection]));
      const index = this.tried[collection]++;
      const record = parseRecord(collection, raw, index, this.ids[collection], problems);
      known = record ? record.id : problems;
      this.keys[collection].set(key, known);
      if (record) this.keep(collection, record);
    }
    if (typeof known === 'string') return known;
    // Every row that needs a record that failed is left out with its problems.
    this.leaveOut(known.map((p) => locate(p, origin)));
    return null;
  }

  /** The event, checked and scored, if it is kept; null if it is left out with its problems. */
  event(raw: Record<string, unknown> & { id: string }, origin: Origin): DiplomaticEvent | null {
    const problems: Problem[] = [];
    const at = `events[${this.tried.events}]`;
    // The common valid row by plain checks (the dataset reader's fast path); anything else, and
    // a repeated id, through the schema, which words its problems.
    const fast = fastEvent(raw);
    const keptBefore = this.isKept(raw.id);
    const index = this.tried.events++;
    let record: EventRecord | null;
    if (fast && !this.ids.events.has(fast.id)) {
      this.ids.events.add(fast.id);
      record = fast;
    } else record = parseRecord('events', raw, index, this.ids.events, problems);
    if (record) problems.push(...eventProblems(record, at, this.known, this.dyad));
    if (!record || problems.length > 0) {
      this.ids.events.add(raw.id);
      // A second event with a kept one's id is left out; the kept one stays.
      if (!keptBefore) this.leftOutEvents.add(raw.id);
      this.leaveOut(problems.map((p) => locate(p, origin)));
      return null;
    }
    const event = scoreEventInOrder(record, this.dyad);
    this.counts.events += 1;
    if (this.sample.length < SAMPLE_SIZE)
      this.sample.push({ line: origin.line ?? null, path: origin.path ?? null, event });
    this.keep('events', event);
    return event;
  }

  /**
   * Whether an event of this id may be kept as a row checked on its values: the sink takes rows,
   * the preview's sample is full (it shows records) and no event has the id (else the row goes
   * the usual way, which words the problem).
   */
  takesRow(id: string): boolean {
    return (
      this.sink?.row !== undefined && this.sample.length >= SAMPLE_SIZE && !this.ids.events.has(id)
    );
  }

  /** A row `takesRow` allowed and gdeltColumns.ts checked: kept as the event it stands for. */
  keepRow(id: string, row: GdeltRow): void {
    this.tried.events += 1;
    this.ids.events.add(id);
    this.counts.events += 1;
    this.sink?.row?.(row);
  }

  /** The quote if it is kept; its event must have been offered first. */
  quote(raw: Record<string, unknown>, origin: Origin): Quote | null {
    const problems: Problem[] = [];
    const at = `quotes[${this.tried.quotes}]`;
    const record = parseRecord('quotes', raw, this.tried.quotes++, this.ids.quotes, problems);
    if (record) {
      const events = { has: (id: string) => this.isKept(id) };
      const known = { events, people: this.ids.people, sources: this.ids.sources };
      problems.push(...quoteProblems(record, at, known, this.leftOutEvents));
    }
    if (!record || problems.length > 0) {
      this.leaveOut(problems.map((p) => locate(p, origin)));
      return null;
    }
    this.counts.quotes += 1;
    this.keep('quotes', record);
    return record;
  }

  /**
   * Whether an event of this id was kept: one was offered, and none was left out (the first of
   * an id decides: any later one is left out as a repeat). No set of the kept: a million ids.
   */
  private isKept(id: string): boolean {
    return this.ids.events.has(id) && !this.leftOutEvents.has(id);
  }

  /** A row that cannot be read or failed its checks: left out, with what is wrong. */
  leaveOut(problems: readonly Problem[]): void {
    this.counts.leftOut += 1;
    for (const found of problems) this.leftOut.push(found);
  }

  /** What was changed in a row that is kept (a link left out, a place without coordinates). */
  note(found: Problem): void {
    this.notes.push(found);
  }

  /** The records kept since the last call. */
  take(): ImportBatch {
    const batch = this.batch;
    this.batch = emptyBatch();
    return batch;
  }
}

function emptyBatch(): ImportBatch {
  return { sources: [], people: [], places: [], events: [], quotes: [] };
}
