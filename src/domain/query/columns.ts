/**
 * An index's events as typed columns, one entry a position (events sorted by the day they are
 * drawn on, then id): what filtering, counting and the views' marks read, with no object per
 * event. Text (titles, summaries, coded sentences) stays in the records' bytes (records.ts) and is
 * read only for what a view shows.
 */
import { EVENT_CATEGORIES, EVENT_KINDS, EVENT_STATUSES } from '../dataset/vocabulary';

/** Each event's fields as columns. Codes index the lists in `EventCodes`. */
export interface EventColumns {
  count: number;
  /** The day it is drawn on (the middle of its month or year when known only to those). */
  day: Int32Array;
  /** The first and last day it may have happened on. */
  start: Int32Array;
  end: Int32Array;
  /** Its precision lane (lanes.ts) and its unit there. */
  lane: Uint8Array;
  unit: Int32Array;
  /** Index into the dataset's places, −1 for none. */
  place: Int32Array;
  /** Indices into EVENT_KINDS, EVENT_STATUSES, EVENT_CATEGORIES. */
  kind: Uint8Array;
  status: Uint8Array;
  category: Uint8Array;
  /** Index into `EventCodes.groups`, −1 for none. */
  group: Int32Array;
  /** Its tone, and the lowest and highest over the readings of its sentences: NaN for none. */
  tone: Float32Array;
  low: Float32Array;
  high: Float32Array;
  /** The evidence behind the tone: counted conflict and cooperation weight, and counted acts. */
  conflict: Float32Array;
  cooperation: Float32Array;
  acts: Uint16Array;
  /** Its quotes are quote positions quoteStart[p] … quoteStart[p + 1] − 1 (count + 1 entries). */
  quoteStart: Int32Array;
  /** Facets as compressed rows: the actor codes of its acts, its participants (count + 1 starts). */
  actorStart: Int32Array;
  actors: Int32Array;
  participantStart: Int32Array;
  participants: Int32Array;
  /** Bit r − 1 set for each CAMEO root r (1 … 20) among its acts. */
  cameoRoots: Int32Array;
}

/** The strings the columns' codes stand for. */
export interface EventCodes {
  groups: string[];
  actors: string[];
  /** Participants' person ids. */
  participants: string[];
}

export const KIND_CODES = EVENT_KINDS;
export const STATUS_CODES = EVENT_STATUSES;
export const CATEGORY_CODES = EVENT_CATEGORIES;
export const HELD = STATUS_CODES.indexOf('held');

/** The CAMEO roots as the facet names them: "01" … "20". */
export const CAMEO_ROOTS: readonly string[] = Array.from({ length: 20 }, (_, i) =>
  String(i + 1).padStart(2, '0'),
);

/** The tone as a number or null (a column holds NaN for none). */
export const toneOrNull = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10;

/** Every buffer of the columns, to transfer rather than copy. */
export function columnBuffers(columns: EventColumns): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const value of Object.values(columns))
    if (ArrayBuffer.isView(value)) buffers.push(value.buffer as ArrayBuffer);
  return buffers;
}
