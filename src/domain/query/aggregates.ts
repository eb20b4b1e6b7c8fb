/**
 * The aggregates every view reads, built once from the columns (in the dataset worker): the
 * events grouped overall, by place, by row of the timeline and by place and row, each with prefix
 * sums or extreme trees of what its view needs; so that any date range's totals, a place's
 * summary or a cell of the timeline are a few binary searches and lookups, whatever the size.
 */
import type { EventColumns } from './columns';
import { HELD } from './columns';
import { extremeTreeOver, type ExtremeTree } from './extremes';
import { groupBuffers, groupByKey, type Groups } from './groups';

/** The timeline's rows: whole points of tone 0 … 10, and the lane of events with none. */
export const TONE_ROWS = 12;
export const UNSCORED_ROW = 11;

/** rowOfTone(3.6) → 4; NaN (no tone) → the unscored row. */
export const rowOfTone = (tone: number): number =>
  Number.isNaN(tone) ? UNSCORED_ROW : Math.min(10, Math.max(0, Math.round(tone)));

export interface Aggregates {
  /** Every event, one key. */
  all: Groups;
  allSums: {
    held: Float64Array;
    scored: Float64Array;
    /** Counted weight behind the tones, conflict as a positive amount, and counted acts. */
    conflict: Float64Array;
    cooperation: Float64Array;
    acts: Float64Array;
    quotes: Float64Array;
  };
  /** Key = place index; the last key (places.length) holds the events with no place. */
  byPlace: Groups;
  placeSums: { held: Float64Array; quotes: Float64Array };
  placeMaxTone: ExtremeTree;
  /** Key = row (rowOfTone). */
  byRow: Groups;
  /** Sums by row: days, tones in tenths, held events. */
  rowSums: { day: Float64Array; tone: Float64Array; held: Float64Array };
  rowLow: ExtremeTree;
  rowHigh: ExtremeTree;
  /** Key = place × TONE_ROWS + row, for the selected place's cells. */
  byPlaceRow: Groups;
}

export function buildAggregates(columns: EventColumns, places: number): Aggregates {
  const n = columns.count;
  // Each grouping's keys in one array, filled again for the next: a fresh array of a million
  // entries costs more to touch than to fill.
  const keys = new Int32Array(n);
  const all = groupByKey(n, 1, columns, keys);
  for (let p = 0; p < n; p++) {
    const place = columns.place[p] ?? -1;
    keys[p] = place < 0 ? places : place;
  }
  const byPlace = groupByKey(n, places + 1, columns, keys);
  for (let p = 0; p < n; p++) keys[p] = rowOfTone(columns.tone[p] ?? Number.NaN);
  const byRow = groupByKey(n, TONE_ROWS, columns, keys);
  for (let p = 0; p < n; p++) {
    const place = columns.place[p] ?? -1;
    keys[p] = place < 0 ? -1 : place * TONE_ROWS + (keys[p] ?? 0);
  }
  const byPlaceRow = groupByKey(n, places * TONE_ROWS, columns, keys);
  const place = placeSumsOf(byPlace, columns);
  return {
    all,
    allSums: allSumsOf(all, columns),
    byPlace,
    placeSums: place.sums,
    placeMaxTone: place.maxTone,
    byRow,
    rowSums: rowSumsOf(byRow, columns),
    rowLow: extremeTreeOver('min', byRow.positions, columns.low),
    rowHigh: extremeTreeOver('max', byRow.positions, columns.high),
    byPlaceRow,
  };
}

/*
 * The prefix sums, one loop a grouping: prefix[k + 1] = prefix[k] + the value at positions[k],
 * added in that order as a sum of each alone would be, so the doubles are the same.
 */

const quotesAt = (columns: EventColumns, p: number) =>
  (columns.quoteStart[p + 1] ?? 0) - (columns.quoteStart[p] ?? 0);

function allSumsOf({ positions }: Groups, columns: EventColumns): Aggregates['allSums'] {
  const make = () => new Float64Array(positions.length + 1);
  const sums = {
    held: make(),
    scored: make(),
    conflict: make(),
    cooperation: make(),
    acts: make(),
    quotes: make(),
  };
  const { held, scored, conflict, cooperation, acts, quotes } = sums;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    held[k + 1] = (held[k] ?? 0) + (columns.status[p] === HELD ? 1 : 0);
    scored[k + 1] = (scored[k] ?? 0) + (Number.isNaN(columns.tone[p] ?? Number.NaN) ? 0 : 1);
    conflict[k + 1] = (conflict[k] ?? 0) + (columns.conflict[p] ?? 0);
    cooperation[k + 1] = (cooperation[k] ?? 0) + (columns.cooperation[p] ?? 0);
    acts[k + 1] = (acts[k] ?? 0) + (columns.acts[p] ?? 0);
    quotes[k + 1] = (quotes[k] ?? 0) + quotesAt(columns, p);
  }
  return sums;
}

function placeSumsOf({ positions }: Groups, columns: EventColumns) {
  const held = new Float64Array(positions.length + 1);
  const quotes = new Float64Array(positions.length + 1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    held[k + 1] = (held[k] ?? 0) + (columns.status[p] === HELD ? 1 : 0);
    quotes[k + 1] = (quotes[k] ?? 0) + quotesAt(columns, p);
  }
  return { sums: { held, quotes }, maxTone: extremeTreeOver('max', positions, columns.tone) };
}

function rowSumsOf({ positions }: Groups, columns: EventColumns): Aggregates['rowSums'] {
  const day = new Float64Array(positions.length + 1);
  const tone = new Float64Array(positions.length + 1);
  const held = new Float64Array(positions.length + 1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    const toned = columns.tone[p] ?? Number.NaN;
    day[k + 1] = (day[k] ?? 0) + (columns.day[p] ?? 0);
    // In whole tenths: a tone is kept as a Float32, and its sum should not drift.
    tone[k + 1] = (tone[k] ?? 0) + (Number.isNaN(toned) ? 0 : Math.round(toned * 10));
    held[k + 1] = (held[k] ?? 0) + (columns.status[p] === HELD ? 1 : 0);
  }
  return { day, tone, held };
}

export function aggregateBuffers(a: Aggregates): ArrayBuffer[] {
  const arrays = [
    ...Object.values(a.allSums),
    ...Object.values(a.placeSums),
    ...Object.values(a.rowSums),
    a.placeMaxTone.nodes,
    a.rowLow.nodes,
    a.rowHigh.nodes,
  ];
  return [
    ...[a.all, a.byPlace, a.byRow, a.byPlaceRow].flatMap(groupBuffers),
    ...arrays.map((array) => array.buffer as ArrayBuffer),
  ];
}
