/**
 * The timeline's cells: for each row of tone and each lane, the run of the range is cut at the
 * columns' edges by binary search on the days, and each piece's count, sums and extremes are read
 * from prefix sums and trees. The selected place's share comes the same way from its own groups.
 * With facets, the positions they keep are summed one by one instead (`timelineCellsFromList`).
 */
import { HELD } from './columns';
import { rowOfTone, TONE_ROWS, UNSCORED_ROW } from './aggregates';
import type { EventSet } from './eventSet';
import { extremeOver } from './extremes';
import { runOf, type Groups } from './groups';
import { LANE_COUNT } from './lanes';
import { columnOfDay, columnStart, type TimelineGrid } from './timelineGrid';

/** A cell of the grid: the events of one time column in one row of tone. */
export interface TimelineCell {
  column: number;
  /** 0 … 10: whole points of tone; UNSCORED_ROW: no tone. */
  row: number;
  count: number;
  /** How many of them are at the selected place. */
  atPlace: number;
  held: number;
  /** The mean day and mean tone (null in the unscored row) of its events. */
  day: number;
  tension: number | null;
  /** The lowest and highest reading among its events. */
  low: number | null;
  high: number | null;
  firstDay: number;
  lastDay: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Cuts a run [lo, hi) of a group (positions ascending, so days ascending) at the columns' edges:
 * edges[i] … edges[i + 1] is column i's part.
 */
function cutAtColumns(
  groups: Groups,
  day: Int32Array,
  lo: number,
  hi: number,
  grid: TimelineGrid,
): Int32Array {
  const edges = new Int32Array(grid.columns + 1);
  edges[0] = lo;
  edges[grid.columns] = hi;
  let from = lo;
  for (let i = 1; i < grid.columns; i++) {
    const boundary = columnStart(grid, i);
    let a = from;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((day[groups.positions[mid] ?? 0] ?? 0) < boundary) a = mid + 1;
      else b = mid;
    }
    edges[i] = a;
    from = a;
  }
  return edges;
}

export function timelineCellsFromIndex(
  set: EventSet,
  grid: TimelineGrid,
  placeKey: number | null,
): TimelineCell[] {
  const { columns, aggregates } = set.index.data;
  const { byRow, rowSums, rowLow, rowHigh, byPlaceRow } = aggregates;
  const cells: TimelineCell[] = [];
  for (let row = 0; row < TONE_ROWS; row++) {
    const acc = emptyAccumulators(grid.columns);
    for (let lane = 0; lane < LANE_COUNT; lane++) {
      const [first, last] = set.units[lane] ?? [0, -1];
      const [lo, hi] = runOf(byRow, row, lane, first, last);
      if (lo === hi) continue;
      const edges = cutAtColumns(byRow, columns.day, lo, hi, grid);
      for (let c = 0; c < grid.columns; c++) {
        const a = edges[c] ?? 0;
        const b = edges[c + 1] ?? a;
        if (a === b) continue;
        acc.count[c] = (acc.count[c] ?? 0) + b - a;
        acc.day[c] = (acc.day[c] ?? 0) + (rowSums.day[b] ?? 0) - (rowSums.day[a] ?? 0);
        acc.tone[c] = (acc.tone[c] ?? 0) + (rowSums.tone[b] ?? 0) - (rowSums.tone[a] ?? 0);
        acc.held[c] = (acc.held[c] ?? 0) + (rowSums.held[b] ?? 0) - (rowSums.held[a] ?? 0);
        acc.low[c] = minOf(acc.low[c] ?? Number.NaN, extremeOver(rowLow, a, b));
        acc.high[c] = maxOf(acc.high[c] ?? Number.NaN, extremeOver(rowHigh, a, b));
        acc.firstDay[c] = Math.min(
          acc.firstDay[c] ?? Infinity,
          columns.day[byRow.positions[a] ?? 0] ?? 0,
        );
        acc.lastDay[c] = Math.max(
          acc.lastDay[c] ?? -Infinity,
          columns.day[byRow.positions[b - 1] ?? 0] ?? 0,
        );
      }
      if (placeKey === null) continue;
      const [plo, phi] = runOf(byPlaceRow, placeKey * TONE_ROWS + row, lane, first, last);
      if (plo === phi) continue;
      const placeEdges = cutAtColumns(byPlaceRow, columns.day, plo, phi, grid);
      for (let c = 0; c < grid.columns; c++)
        acc.atPlace[c] = (acc.atPlace[c] ?? 0) + (placeEdges[c + 1] ?? 0) - (placeEdges[c] ?? 0);
    }
    pushCells(cells, acc, row, grid, placeKey);
  }
  return cells;
}

export function timelineCellsFromList(
  set: EventSet,
  positions: Int32Array,
  grid: TimelineGrid,
  placeKey: number | null,
): TimelineCell[] {
  const { columns } = set.index.data;
  const rows = Array.from({ length: TONE_ROWS }, () => emptyAccumulators(grid.columns));
  for (const p of positions) {
    const tone = columns.tone[p] ?? Number.NaN;
    const acc = rows[rowOfTone(tone)];
    if (!acc) continue;
    const day = columns.day[p] ?? 0;
    const c = columnOfDay(grid, day);
    acc.count[c] = (acc.count[c] ?? 0) + 1;
    acc.day[c] = (acc.day[c] ?? 0) + day;
    acc.tone[c] = (acc.tone[c] ?? 0) + (Number.isNaN(tone) ? 0 : Math.round(tone * 10));
    if (columns.status[p] === HELD) acc.held[c] = (acc.held[c] ?? 0) + 1;
    acc.low[c] = minOf(acc.low[c] ?? Number.NaN, columns.low[p] ?? Number.NaN);
    acc.high[c] = maxOf(acc.high[c] ?? Number.NaN, columns.high[p] ?? Number.NaN);
    acc.firstDay[c] = Math.min(acc.firstDay[c] ?? Infinity, day);
    acc.lastDay[c] = Math.max(acc.lastDay[c] ?? -Infinity, day);
    if (placeKey !== null && columns.place[p] === placeKey)
      acc.atPlace[c] = (acc.atPlace[c] ?? 0) + 1;
  }
  const cells: TimelineCell[] = [];
  rows.forEach((acc, row) => pushCells(cells, acc, row, grid, placeKey));
  return cells;
}

interface Accumulators {
  count: Float64Array;
  atPlace: Float64Array;
  held: Float64Array;
  day: Float64Array;
  tone: Float64Array;
  low: Float64Array;
  high: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
}

function emptyAccumulators(columns: number): Accumulators {
  const zeros = () => new Float64Array(columns);
  return {
    count: zeros(),
    atPlace: zeros(),
    held: zeros(),
    day: zeros(),
    tone: zeros(),
    low: zeros().fill(Number.NaN),
    high: zeros().fill(Number.NaN),
    firstDay: zeros().fill(Infinity),
    lastDay: zeros().fill(-Infinity),
  };
}

const minOf = (a: number, b: number) =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
const maxOf = (a: number, b: number) =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
const orNull = (value: number) => (Number.isNaN(value) ? null : round1(value));

function pushCells(
  cells: TimelineCell[],
  acc: Accumulators,
  row: number,
  grid: TimelineGrid,
  placeKey: number | null,
): void {
  for (let c = 0; c < grid.columns; c++) {
    const count = acc.count[c] ?? 0;
    if (count === 0) continue;
    cells.push({
      column: c,
      row,
      count,
      atPlace: placeKey === null ? count : (acc.atPlace[c] ?? 0),
      held: acc.held[c] ?? 0,
      day: Math.round((acc.day[c] ?? 0) / count),
      // Tones are summed in tenths.
      tension: row === UNSCORED_ROW ? null : Math.round((acc.tone[c] ?? 0) / count) / 10,
      low: orNull(acc.low[c] ?? Number.NaN),
      high: orNull(acc.high[c] ?? Number.NaN),
      firstDay: acc.firstDay[c] ?? 0,
      lastDay: acc.lastDay[c] ?? 0,
    });
  }
}
