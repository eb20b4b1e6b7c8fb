/**
 * A GDELT row as an import hands it to the index when its values have been checked column by
 * column (domain/import/gdeltColumns.ts): what the event it stands for is made of, with no record
 * made (query/rowRecords.ts keeps these as columns and makes the event when a view asks for it).
 * And the sentence of a GDELT event, which both need.
 */
import type { LocalizedText } from './schema';
import type { EventCategory, EventKind } from './vocabulary';

/** A kept GDELT row: an event known to the day, of one act and one source. */
export interface GdeltRow {
  /** GLOBALEVENTID, a safe integer, and the event's id: `gdelt-` and it. */
  eventId: number;
  id: string;
  /** Its day (dates.ts's day number). */
  day: number;
  placeId: string | null;
  kind: EventKind;
  category: EventCategory;
  /** Its actors' people, each once, in the order of the actors. */
  participants: string[];
  /** The same object for every row of the same words (the import shares them). */
  title: LocalizedText;
  summary: LocalizedText;
  /** The actors' country codes (the act's actor and target) and GDELT codes (the sentence's). */
  actor: string | null;
  target: string | null;
  code1: string | null;
  code2: string | null;
  cameo: string;
  goldstein: number;
  sourceId: string;
}

/**
 * GDELT gives no sentence for an event: the coded triple stands for it, as GDELT writes it
 * (`GDELT 1022431001: USAGOV 046 RUSGOV`). It is a code, not words anyone said or wrote, so a
 * view shows it as code rather than as a quotation.
 */
export function gdeltSentence(
  eventId: string,
  actor1: string | null,
  cameo: string,
  actor2: string | null,
): string {
  return `GDELT ${eventId}: ${actor1 ?? '—'} ${cameo} ${actor2 ?? '—'}`;
}

const TRIPLE = /^GDELT \d+: \S+ \d{2,4} \S+$/;

/** Whether an action's sentence is a GDELT row's coded triple rather than a sentence. */
export function isGdeltSentence(sentence: string): boolean {
  return TRIPLE.test(sentence);
}
