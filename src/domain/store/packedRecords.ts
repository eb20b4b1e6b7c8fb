/**
 * Records in two parts, for the trip from the dataset worker and for keeping on the page: the
 * fields the views filter, count and group by, as small objects, and the text (titles, summaries,
 * coded actions, quotes' words, notes) as UTF-8 JSON, one byte array per chunk of records, read
 * back when something shows it.
 *
 * Why: text is most of a record. Measured in Node on the bench's synthetic records, 100,000
 * events and their quotes held as objects take 187 MB of heap (Vietnamese text is kept by the
 * engine at two bytes a character, and each title, summary and action is an object of its own);
 * copying them to the page took longer than parsing them. As bytes, the text is a third of that
 * and outside the heap, and it moves to the page without a copy (the buffers are transferred).
 */
import type { DiplomaticEvent, Quote } from '../schema';

/** An event's fields that are not text: what filtering, counting and the views' marks read. */
export type EventFields = Omit<DiplomaticEvent, EventTextKey>;
export type EventTextKey = 'title' | 'summary' | 'actions' | 'note';
export type QuoteFields = Omit<Quote, QuoteTextKey>;
export type QuoteTextKey = 'speaker' | 'text' | 'note';

/**
 * Each kind's keys in the order of the schema (a test compares them with it), so that a record
 * put back together (`toJSON`) writes its members in the order a validated record has them.
 */
export const EVENT_KEYS = [
  'id',
  'date',
  'datePrecision',
  'placeId',
  'kind',
  'status',
  'category',
  'group',
  'participants',
  'title',
  'summary',
  'actions',
  'tension',
  'tensionRange',
  'sourceIds',
  'note',
] as const satisfies readonly (keyof DiplomaticEvent)[];
export const QUOTE_KEYS = [
  'id',
  'eventId',
  'speakerId',
  'speaker',
  'date',
  'datePrecision',
  'text',
  'sourceId',
  'note',
] as const satisfies readonly (keyof Quote)[];

/** A chunk of records: their fields, and their text one after another (record i ends at ends[i]). */
export interface Packed<Fields> {
  fields: Fields[];
  text: Uint8Array;
  ends: Uint32Array;
}

export const packEvents = (events: readonly DiplomaticEvent[]): Packed<EventFields> =>
  pack(events, ({ title, summary, actions, note, ...fields }) => ({
    fields,
    text: { title, summary, actions, note },
  }));

export const packQuotes = (quotes: readonly Quote[]): Packed<QuoteFields> =>
  pack(quotes, ({ speaker, text, note, ...fields }) => ({ fields, text: { speaker, text, note } }));

/** The buffers to transfer with a chunk rather than copy. */
export const transferablesOf = (packed: Packed<unknown>): ArrayBuffer[] => [
  packed.text.buffer as ArrayBuffer,
  packed.ends.buffer as ArrayBuffer,
];

/** `split`: a record's fields, and its text (members left undefined are not written). */
function pack<Full, Fields>(
  records: readonly Full[],
  split: (record: Full) => { fields: Fields; text: object },
): Packed<Fields> {
  const encoder = new TextEncoder();
  const fields: Fields[] = [];
  const ends = new Uint32Array(records.length);
  let bytes = new Uint8Array(4096);
  let used = 0;
  records.forEach((record, i) => {
    const { fields: own, text } = split(record);
    const json = JSON.stringify(text);
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const room = used + json.length * 3;
    if (room > bytes.length) {
      const grown = new Uint8Array(Math.max(room, bytes.length * 2));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    used += encoder.encodeInto(json, bytes.subarray(used)).written;
    ends[i] = used;
    fields.push(own);
  });
  // A copy of the used part, so that the buffer sent holds no spare room.
  return { fields, text: bytes.slice(0, used), ends };
}
