/**
 * The aggregates every view reads, built once from the columns (in the dataset worker): the
 * events grouped overall, by place, by row of the timeline and by place and row, each with prefix
 * sums or extreme trees of what its view needs; so that any date range's totals, a place's
 * summary or a cell of the timeline are a few binary searches and lookups, whatever the size.
 */
import type { EventColumns } from './columns';
import { HELD } from './columns';
import { buildExtremeTree, type ExtremeTree } from './extremes';
import { buildGroups, groupBuffers, groupByColumn, prefixOver, type Groups } from './groups';

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
  const quotesOf = (p: number) => (columns.quoteStart[p + 1] ?? 0) - (columns.quoteStart[p] ?? 0);
  const isHeld = (p: number) => (columns.status[p] === HELD ? 1 : 0);
  const toneAt = (p: number) => columns.tone[p] ?? Number.NaN;
  const placeKey = (p: number) => {
    const place = columns.place[p] ?? -1;
    return place < 0 ? places : place;
  };
  const rowOf = (p: number) => rowOfTone(toneAt(p));

  const all = groupByColumn(n, 1, columns, () => 0);
  const byPlace = groupByColumn(n, places + 1, columns, placeKey);
  const byRow = groupByColumn(n, TONE_ROWS, columns, rowOf);
  const byPlaceRow = buildGroups(n, places * TONE_ROWS, columns, (p, add) => {
    const place = columns.place[p] ?? -1;
    if (place >= 0) add(place * TONE_ROWS + rowOf(p));
  });
  const over = (groups: Groups, value: (p: number) => number) => prefixOver(groups, value);
  const treeOver = (kind: 'max' | 'min', groups: Groups, value: (p: number) => number) =>
    buildExtremeTree(kind, groups.positions.length, (k) => value(groups.positions[k] ?? 0));
  return {
    all,
    allSums: {
      held: over(all, isHeld),
      scored: over(all, (p) => (Number.isNaN(toneAt(p)) ? 0 : 1)),
      conflict: over(all, (p) => columns.conflict[p] ?? 0),
      cooperation: over(all, (p) => columns.cooperation[p] ?? 0),
      acts: over(all, (p) => columns.acts[p] ?? 0),
      quotes: over(all, quotesOf),
    },
    byPlace,
    placeSums: { held: over(byPlace, isHeld), quotes: over(byPlace, quotesOf) },
    placeMaxTone: treeOver('max', byPlace, toneAt),
    byRow,
    rowSums: {
      day: over(byRow, (p) => columns.day[p] ?? 0),
      // In whole tenths: a tone is kept as a Float32, and its sum should not drift.
      tone: over(byRow, (p) => (Number.isNaN(toneAt(p)) ? 0 : Math.round(toneAt(p) * 10))),
      held: over(byRow, isHeld),
    },
    rowLow: treeOver('min', byRow, (p) => columns.low[p] ?? Number.NaN),
    rowHigh: treeOver('max', byRow, (p) => columns.high[p] ?? Number.NaN),
    byPlaceRow,
  };
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
