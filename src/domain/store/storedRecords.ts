/**
 * Records as the page keeps them (see packedRecords.ts): the fields as own properties, the text
 * read from the chunk's bytes when something asks for it. They are read where the records were
 * read before (`event.title`, `quote.text`), and written out whole by JSON.stringify (`toJSON`),
 * so the views, the downloads and the story use them as they used the plain records.
 */
import type { DiplomaticEvent, Quote } from '../schema';
import {
  EVENT_KEYS,
  QUOTE_KEYS,
  type EventFields,
  type EventTextKey,
  type Packed,
  type QuoteFields,
  type QuoteTextKey,
} from './packedRecords';

/** A chunk's text as kept on the page, with the reader its records share. */
export interface TextChunk {
  text: Uint8Array;
  ends: Uint32Array;
  reader: TextReader;
}

/**
 * Reads records' text, keeping the last few thousand read: a view that draws a record reads its
 * text more than once per render, and the bound keeps a search through every quote from holding
 * them all as objects again.
 */
export class TextReader {
  readonly #decoder = new TextDecoder();
  readonly #cache = new Map<object, unknown>();

  constructor(readonly limit = 4096) {}

  read<T>(owner: object, chunk: TextChunk, at: number): T {
    const cached = this.#cache.get(owner);
    if (cached !== undefined) return cached as T;
    const start = at === 0 ? 0 : (chunk.ends[at - 1] ?? 0);
    const bytes = chunk.text.subarray(start, chunk.ends[at] ?? start);
    const value = JSON.parse(this.#decoder.decode(bytes)) as T;
    if (this.#cache.size >= this.limit) {
      // The oldest entry (a Map iterates in the order of insertion).
      for (const key of this.#cache.keys()) {
        this.#cache.delete(key);
        break;
      }
    }
    this.#cache.set(owner, value);
    return value;
  }
}

type EventText = Pick<DiplomaticEvent, EventTextKey>;
type QuoteText = Pick<Quote, QuoteTextKey>;

/** A record's members in `keys` order, its own fields and its text together; absent ones left out. */
function assemble<T>(keys: readonly string[], own: object, text: object): T {
  const whole: Record<string, unknown> = {};
  for (const key of keys) {
    const value =
      key in text ? (text as Record<string, unknown>)[key] : (own as Record<string, unknown>)[key];
    if (value !== undefined) whole[key] = value;
  }
  return whole as T;
}

export class StoredEvent implements DiplomaticEvent {
  readonly id: string;
  readonly date: string;
  readonly datePrecision: DiplomaticEvent['datePrecision'];
  readonly placeId: string | null;
  readonly kind: DiplomaticEvent['kind'];
  readonly status: DiplomaticEvent['status'];
  readonly category: DiplomaticEvent['category'];
  readonly group: string | undefined;
  readonly participants: string[];
  readonly tension: number | null;
  readonly tensionRange: [number, number] | null;
  readonly sourceIds: string[];
  readonly #chunk: TextChunk;
  readonly #at: number;

  constructor(fields: EventFields, chunk: TextChunk, at: number) {
    // Every member assigned in one order, so that all events share one shape in the engine.
    this.id = fields.id;
    this.date = fields.date;
    this.datePrecision = fields.datePrecision;
    this.placeId = fields.placeId;
    this.kind = fields.kind;
    this.status = fields.status;
    this.category = fields.category;
    this.group = fields.group;
    this.participants = fields.participants;
    this.tension = fields.tension;
    this.tensionRange = fields.tensionRange;
    this.sourceIds = fields.sourceIds;
    this.#chunk = chunk;
    this.#at = at;
  }

  #text(): EventText {
    return this.#chunk.reader.read<EventText>(this, this.#chunk, this.#at);
  }
  get title() {
    return this.#text().title;
  }
  get summary() {
    return this.#text().summary;
  }
  get actions() {
    return this.#text().actions;
  }
  get note() {
    return this.#text().note;
  }
  /** The whole record, as JSON.stringify writes it. */
  toJSON(): DiplomaticEvent {
    return assemble(EVENT_KEYS, this, this.#text());
  }
}

export class StoredQuote implements Quote {
  readonly id: string;
  readonly eventId: string;
  readonly speakerId: string | null;
  readonly date: string;
  readonly datePrecision: Quote['datePrecision'];
  readonly sourceId: string;
  readonly #chunk: TextChunk;
  readonly #at: number;

  constructor(fields: QuoteFields, chunk: TextChunk, at: number) {
    this.id = fields.id;
    this.eventId = fields.eventId;
    this.speakerId = fields.speakerId;
    this.date = fields.date;
    this.datePrecision = fields.datePrecision;
    this.sourceId = fields.sourceId;
    this.#chunk = chunk;
    this.#at = at;
  }

  #text(): QuoteText {
    return this.#chunk.reader.read<QuoteText>(this, this.#chunk, this.#at);
  }
  get speaker() {
    return this.#text().speaker;
  }
  get text() {
    return this.#text().text;
  }
  get note() {
    return this.#text().note;
  }
  toJSON(): Quote {
    return assemble(QUOTE_KEYS, this, this.#text());
  }
}

/** The records of a packed chunk, for the page to keep; `prepare` may replace a record's fields
 * (the page makes repeated strings share one copy). */
export function unpackEvents(
  packed: Packed<EventFields>,
  reader: TextReader,
  prepare: (fields: EventFields) => EventFields = (f) => f,
): StoredEvent[] {
  const chunk: TextChunk = { text: packed.text, ends: packed.ends, reader };
  return packed.fields.map((fields, i) => new StoredEvent(prepare(fields), chunk, i));
}

export function unpackQuotes(
  packed: Packed<QuoteFields>,
  reader: TextReader,
  prepare: (fields: QuoteFields) => QuoteFields = (f) => f,
): StoredQuote[] {
  const chunk: TextChunk = { text: packed.text, ends: packed.ends, reader };
  return packed.fields.map((fields, i) => new StoredQuote(prepare(fields), chunk, i));
}
