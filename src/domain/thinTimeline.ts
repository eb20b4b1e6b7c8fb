/**
 * More points than pixels: above `maxMarks`, the timeline draws one mark per cell of a grid of
 * time columns × whole points of tension, sized by how many events it holds, with the grid
 * coarsened until the marks fit the budget. The selected event is always drawn on its own.
 */
import type { TimelinePoint } from './aggregate';
import { fromDayNumber } from './dates';

export const MAX_TIMELINE_MARKS = 400;
export const TIMELINE_COLUMNS = 200;

export interface TimelineMark extends TimelinePoint {
  /** How many events the mark stands for: 1 for an event drawn on its own. */
  count: number;
  /** The first and last day of the events it holds. */
  firstDay: number;
  lastDay: number;
}

export function thinTimeline(
  series: readonly TimelinePoint[],
  domain: [number, number],
  maxMarks = MAX_TIMELINE_MARKS,
  columns = TIMELINE_COLUMNS,
): TimelineMark[] {
  if (series.length <= maxMarks) return series.map(single);
  // Coarsen the grid until its cells fit the budget: whole-point tension rows, and halving
  // the columns as often as needed.
  let marks = binSeries(series, domain, columns);
  while (marks.length > maxMarks && columns > 8) {
    columns = Math.floor(columns / 2);
    marks = binSeries(series, domain, columns);
  }
  return marks;
}

/** A point's own members and its title (a point may read its title only when asked). */
function single(p: TimelinePoint): TimelineMark {
  return { ...p, title: p.title, count: 1, firstDay: p.day, lastDay: p.day };
}

function binSeries(
  series: readonly TimelinePoint[],
  domain: [number, number],
  columns: number,
): TimelineMark[] {
  const width = Math.max(1, domain[1] - domain[0]);
  const cells = new Map<number, TimelinePoint[]>();
  const marks: TimelineMark[] = [];
  for (const point of series) {
    if (point.selected) {
      marks.push(single(point));
      continue;
    }
    const column = Math.floor(((point.day - domain[0]) / width) * columns);
    // One number per cell (tension rows 0–10 and the unscored lane, 11, fit in 16): cheaper
    // to hash than a string.
    const key = column * 16 + (point.tension === null ? 11 : Math.round(point.tension));
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  for (const points of cells.values()) {
    const first = points[0];
    if (!first) continue;
    if (points.length === 1) {
      marks.push(single(first));
      continue;
    }
    let firstDay = Infinity;
    let lastDay = -Infinity;
    let daySum = 0;
    let tensionSum = 0;
    let low = Infinity;
    let high = -Infinity;
    let held = false;
    let highlighted = false;
    const kinds = new Map<TimelinePoint['kind'], number>();
    for (const p of points) {
      firstDay = Math.min(firstDay, p.day);
      lastDay = Math.max(lastDay, p.day);
      daySum += p.day;
      tensionSum += p.tension ?? 0;
      if (p.tensionRange) {
        low = Math.min(low, p.tensionRange[0]);
        high = Math.max(high, p.tensionRange[1]);
      }
      held ||= p.status === 'held';
      highlighted ||= p.highlighted;
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    }
    const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? first.kind;
    marks.push({
      ...first,
      title: first.title,
      eventId: `cell:${first.eventId}`,
      kind,
      day: Math.round(daySum / points.length),
      // A cell holds scored events only, or unscored ones only (their own row).
      tension: first.tension === null ? null : Math.round((tensionSum / points.length) * 10) / 10,
      tensionRange: first.tension === null ? null : [low, high],
      status: held ? 'held' : first.status,
      highlighted,
      selected: false,
      date: fromDayNumber(firstDay),
      datePrecision: 'day',
      count: points.length,
      firstDay,
      lastDay,
    });
  }
  return marks.sort((a, b) => a.day - b.day);
}
