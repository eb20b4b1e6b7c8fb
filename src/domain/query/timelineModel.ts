/**
 * What the timeline draws for a set of events: each event as a mark while the range holds few
 * enough to tell apart, else a grid of cells (time columns × rows of tone) summed from the index
 * (binary searches per column edge: independent of the events in range), with the selected
 * place's share of each cell and the selected event as a mark of its own.
 */
import { fromDayNumber } from '../dataset/dates';
import type { DiplomaticEvent } from '../dataset/schema';
import type { EventCategory, EventKind, EventStatus } from '../dataset/vocabulary';
import { CATEGORY_CODES, KIND_CODES, STATUS_CODES, toneOrNull } from './columns';
import { inSet, positionList, ALL_PLACES, type EventSet } from './eventSet';
import { timelineCellsFromIndex, timelineCellsFromList, type TimelineCell } from './timelineCells';
import type { TimelineGrid } from './timelineGrid';
import { PRECISION_OF_LANE } from './lanes';

/** Above this many events in range, the timeline draws cells. */
export const MAX_TIMELINE_MARKS = 400;
/** How many time columns the cells' grid has. */
export const TIMELINE_COLUMNS = 120;

/** An event as the chart draws it: plain values, made only for the marks drawn. */
export interface TimelineMark {
  position: number;
  eventId: string;
  day: number;
  tension: number | null;
  tensionRange: [number, number] | null;
  kind: EventKind;
  status: EventStatus;
  category: EventCategory;
  placeId: string | null;
  date: string;
  datePrecision: DiplomaticEvent['datePrecision'];
  /** At the selected place (or no place is selected). */
  highlighted: boolean;
  selected: boolean;
}

export type TimelineModel =
  | { kind: 'marks'; total: number; marks: TimelineMark[] }
  | {
      kind: 'cells';
      total: number;
      grid: TimelineGrid;
      cells: TimelineCell[];
      /** The selected event, drawn on its own over the cells. */
      marks: TimelineMark[];
    };

/** The mark of the event at a position, read from the columns. */
export function markAt(
  set: EventSet,
  p: number,
  placeKey: number | null,
  selected: number | null,
): TimelineMark {
  const { columns } = set.index.data;
  const low = toneOrNull(columns.low[p]);
  const high = toneOrNull(columns.high[p]);
  const place = columns.place[p] ?? -1;
  return {
    position: p,
    eventId: set.index.idAt(p),
    day: columns.day[p] ?? 0,
    tension: toneOrNull(columns.tone[p]),
    tensionRange: low === null || high === null ? null : [low, high],
    kind: KIND_CODES[columns.kind[p] ?? 0] ?? 'event',
    status: STATUS_CODES[columns.status[p] ?? 0] ?? 'held',
    category: CATEGORY_CODES[columns.category[p] ?? 0] ?? 'context',
    placeId: place < 0 ? null : (set.index.head.places[place]?.id ?? null),
    date: fromDayNumber(columns.start[p] ?? 0),
    datePrecision: PRECISION_OF_LANE[columns.lane[p] ?? 0] ?? 'day',
    highlighted: placeKey === null || place === placeKey,
    selected: p === selected,
  };
}

/**
 * The timeline of a set: `placeKey` the selected place (null: none), `selected` the selected
 * event's position (null: none; drawn only if in the set).
 */
export function timelineOf(
  set: EventSet,
  placeKey: number | null,
  selected: number | null,
): TimelineModel {
  const list = positionList(set, ALL_PLACES);
  const total = list.length;
  if (total <= MAX_TIMELINE_MARKS)
    return {
      kind: 'marks',
      total,
      marks: Array.from(list.take(total), (p) => markAt(set, p, placeKey, selected)),
    };
  const grid = gridOf(set);
  const cells = set.kept
    ? timelineCellsFromList(set, set.kept, grid, placeKey)
    : timelineCellsFromIndex(set, grid, placeKey);
  const marks =
    selected !== null && selected >= 0 && inSet(set, selected)
      ? [markAt(set, selected, placeKey, selected)]
      : [];
  return { kind: 'cells', total, grid, cells, marks };
}

/** The columns span the range, within the data's extent. */
function gridOf(set: EventSet): TimelineGrid {
  const extent = set.index.extentDays ?? { start: 0, end: 0 };
  const start = Math.max(set.start, extent.start);
  const end = Math.min(set.end, extent.end);
  const days = Math.max(1, end - start + 1);
  return { start, days, columns: TIMELINE_COLUMNS };
}
