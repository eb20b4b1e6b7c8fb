/**
 * Events of one shape kept as columns rather than as JSON (issue 21): an import's GDELT rows
 * whose values were checked column by column (dataset/gdeltRow.ts), each known to the day, of
 * one act and one source. A million of them as JSON would be a gigabyte of text made at import
 * and read back only for the few a view shows; here each is some numbers and indices into a
 * table of the texts the rows share (titles and summaries repeat with their actors, act and
 * place): about 70 bytes an event. `rowEvent` makes an event again, member for member the record
 * the import would have written.
 */
import { fromDayNumber } from '../dataset/dates';
import { gdeltSentence, type GdeltRow } from '../dataset/gdeltRow';
import type { Action, DatasetHead, DiplomaticEvent, LocalizedText } from '../dataset/schema';
import { EVENT_CATEGORIES, EVENT_KINDS } from '../dataset/vocabulary';
import { isBetweenSides, scoreTension, tensionRange, type Dyad } from '../scoring/tension';
import { float64s, int32s, uint8s } from './growable';

export interface RowRecords {
  count: number;
  eventId: Float64Array;
  day: Int32Array;
  /** Indices into the head's places, people and sources (−1: none). */
  place: Int32Array;
  person1: Int32Array;
  person2: Int32Array;
  source: Int32Array;
  /** Codes in EVENT_KINDS and EVENT_CATEGORIES. */
  kind: Uint8Array;
  category: Uint8Array;
  /** Indices into `texts`: a title or summary is its English there, its Vietnamese next. */
  title: Int32Array;
  summary: Int32Array;
  /** Indices into `texts` (−1: none): the act's actor and target, the GDELT codes, the act. */
  actor: Int32Array;
  target: Int32Array;
  code1: Int32Array;
  code2: Int32Array;
  cameo: Int32Array;
  goldstein: Float64Array;
  texts: string[];
}

/** A row's place, people and source as indices into the head's lists (−1: none). */
export interface RowHeads {
  place: number;
  person1: number;
  person2: number;
  source: number;
}

/** Where each of the head's records is in its list, by id: what a row names, as indices. */
export class HeadPositions {
  readonly places: Map<string, number>;
  readonly people: Map<string, number>;
  readonly sources: Map<string, number>;

  constructor(head: DatasetHead) {
    this.places = new Map(head.places.map((place, i) => [place.id, i]));
    this.people = new Map(head.people.map((person, i) => [person.id, i]));
    this.sources = new Map(head.sources.map((source, i) => [source.id, i]));
  }

  place(id: string | null): number {
    return id === null ? -1 : (this.places.get(id) ?? -1);
  }

  of(row: GdeltRow): RowHeads {
    const [person1, person2] = row.participants;
    return {
      place: this.place(row.placeId),
      person1: person1 === undefined ? -1 : (this.people.get(person1) ?? -1),
      person2: person2 === undefined ? -1 : (this.people.get(person2) ?? -1),
      source: this.sources.get(row.sourceId) ?? -1,
    };
  }
}

export class RowRecordsBuilder {
  readonly #eventId = float64s();
  readonly #day = int32s();
  readonly #place = int32s();
  readonly #person1 = int32s();
  readonly #person2 = int32s();
  readonly #source = int32s();
  readonly #kind = uint8s();
  readonly #category = uint8s();
  readonly #title = int32s();
  readonly #summary = int32s();
  readonly #actor = int32s();
  readonly #target = int32s();
  readonly #code1 = int32s();
  readonly #code2 = int32s();
  readonly #cameo = int32s();
  readonly #goldstein = float64s();
  readonly #texts: string[] = [];
  readonly #codes = new Map<string, number>();
  /** The import hands the same object for the same words: known by the object, not its text. */
  readonly #words = new Map<LocalizedText, number>();
  count = 0;

  add(row: GdeltRow, heads: RowHeads): void {
    this.#eventId.push(row.eventId);
    this.#day.push(row.day);
    this.#place.push(heads.place);
    this.#person1.push(heads.person1);
    this.#person2.push(heads.person2);
    this.#source.push(heads.source);
    this.#kind.push(EVENT_KINDS.indexOf(row.kind));
    this.#category.push(EVENT_CATEGORIES.indexOf(row.category));
    this.#title.push(this.#wordsOf(row.title));
    this.#summary.push(this.#wordsOf(row.summary));
    this.#actor.push(this.#codeOf(row.actor));
    this.#target.push(this.#codeOf(row.target));
    this.#code1.push(this.#codeOf(row.code1));
    this.#code2.push(this.#codeOf(row.code2));
    this.#cameo.push(this.#codeOf(row.cameo));
    this.#goldstein.push(row.goldstein);
    this.count += 1;
  }

  #codeOf(code: string | null): number {
    if (code === null) return -1;
    let at = this.#codes.get(code);
    if (at === undefined) this.#codes.set(code, (at = this.#texts.push(code) - 1));
    return at;
  }

  #wordsOf(words: LocalizedText): number {
    let at = this.#words.get(words);
    if (at === undefined) {
      at = this.#texts.push(words.en, words.vi) - 2;
      this.#words.set(words, at);
    }
    return at;
  }

  finish(): RowRecords {
    return {
      count: this.count,
      eventId: this.#eventId.finish(),
      day: this.#day.finish(),
      place: this.#place.finish(),
      person1: this.#person1.finish(),
      person2: this.#person2.finish(),
      source: this.#source.finish(),
      kind: this.#kind.finish(),
      category: this.#category.finish(),
      title: this.#title.finish(),
      summary: this.#summary.finish(),
      actor: this.#actor.finish(),
      target: this.#target.finish(),
      code1: this.#code1.finish(),
      code2: this.#code2.finish(),
      cameo: this.#cameo.finish(),
      goldstein: this.#goldstein.finish(),
      texts: this.#texts,
    };
  }
}

/** Every buffer of the rows, to transfer them. */
export const rowBuffers = (rows: RowRecords): ArrayBuffer[] =>
  Object.values(rows)
    .filter((value): value is ArrayBufferView => ArrayBuffer.isView(value))
    .map((view) => view.buffer as ArrayBuffer);

/** What a row's record names by index: the head's ids and the dataset's two sides. */
export interface RowContext {
  placeIds: readonly string[];
  personIds: readonly string[];
  sourceIds: readonly string[];
  dyad: Dyad;
}

/** What an event's columns are made of (indexBuilder.ts). */
export type IndexedEvent = Pick<
  DiplomaticEvent,
  | 'id'
  | 'datePrecision'
  | 'placeId'
  | 'kind'
  | 'status'
  | 'category'
  | 'tension'
  | 'tensionRange'
  | 'actions'
  | 'participants'
> & { group?: string };

/**
 * Rows as their events are indexed: each one act, scored once for each weight between the two
 * sides (a million rows share a few dozen weights), as builder.ts scores an event.
 */
export class RowIndexer {
  readonly #scores = new Map<number, Pick<IndexedEvent, 'tension' | 'tensionRange'>>();

  constructor(private readonly dyad: Dyad) {}

  indexed(row: GdeltRow): IndexedEvent {
    const { actor, target, cameo, goldstein, sourceId } = row;
    const sentence = gdeltSentence(String(row.eventId), row.code1, cameo, row.code2);
    const actions: Action[] = [{ actor, target, cameo, goldstein, sentence, sourceId }];
    const key = isBetweenSides(actor, target, this.dyad) ? goldstein : Number.NaN;
    let score = this.#scores.get(key);
    if (score === undefined) {
      score = {
        tension: scoreTension(actions, this.dyad),
        tensionRange: tensionRange(actions, this.dyad),
      };
      this.#scores.set(key, score);
    }
    return {
      id: row.id,
      datePrecision: 'day',
      placeId: row.placeId,
      kind: row.kind,
      status: 'held',
      category: row.category,
      tension: score.tension,
      tensionRange: score.tensionRange,
      actions,
      participants: row.participants,
    };
  }
}

/** What the rows name by index, from the head. */
export const rowContextOf = (head: DatasetHead, dyad: Dyad): RowContext => ({
  placeIds: head.places.map((place) => place.id),
  personIds: head.people.map((person) => person.id),
  sourceIds: head.sources.map((source) => source.id),
  dyad,
});

/** Row `i`'s event, as the import would have written it (builder.ts, gdelt.ts). */
export function rowEvent(rows: RowRecords, i: number, context: RowContext): DiplomaticEvent {
  const text = (at: number) => (at < 0 ? null : (rows.texts[at] ?? null));
  const words = (at: number): LocalizedText => ({
    en: rows.texts[at] ?? '',
    vi: rows.texts[at + 1] ?? '',
  });
  const eventId = String(rows.eventId[i] ?? 0);
  const cameo = text(rows.cameo[i] ?? -1) ?? '';
  const sourceId = context.sourceIds[rows.source[i] ?? -1] ?? '';
  const participants: string[] = [];
  for (const person of [rows.person1[i] ?? -1, rows.person2[i] ?? -1]) {
    const id = context.personIds[person];
    if (id !== undefined) participants.push(id);
  }
  const actions: Action[] = [
    {
      actor: text(rows.actor[i] ?? -1),
      target: text(rows.target[i] ?? -1),
      cameo,
      goldstein: rows.goldstein[i] ?? 0,
      sentence: gdeltSentence(eventId, text(rows.code1[i] ?? -1), cameo, text(rows.code2[i] ?? -1)),
      sourceId,
    },
  ];
  const place = rows.place[i] ?? -1;
  return {
    id: `gdelt-${eventId}`,
    date: fromDayNumber(rows.day[i] ?? 0),
    datePrecision: 'day',
    placeId: place < 0 ? null : (context.placeIds[place] ?? null),
    kind: EVENT_KINDS[rows.kind[i] ?? 0] ?? 'statement',
    status: 'held',
    category: EVENT_CATEGORIES[rows.category[i] ?? 0] ?? 'context',
    participants,
    title: words(rows.title[i] ?? 0),
    summary: words(rows.summary[i] ?? 0),
    actions,
    tension: scoreTension(actions, context.dyad),
    tensionRange: tensionRange(actions, context.dyad),
    sourceIds: [sourceId],
  };
}
