/** Time-axis helpers for the timeline: the domain shown, its ticks, and the overview's months. */
import { daysInMonth, fromDayNumber, toDayNumber, type DaySpan } from '../dataset/dates';
import type { DateRange } from '../dataset/dateRange';

/**
 * The days the chart spans: the chosen range where it is closed, else the data's extent, padded
 * by a fifteenth either side so that points at the edges are not cut in half.
 */
export function chartDomain(
  range: DateRange,
  extent: { start: number; end: number },
): [number, number] {
  const start = range.from === null ? extent.start : toDayNumber(range.from);
  const end = range.to === null ? extent.end : toDayNumber(range.to);
  const pad = Math.max(7, Math.round((end - start) / 15));
  return [start - pad, end + pad];
}

/**
 * First-of-month ticks, spaced so that about `target` fit: every January for a four-year span,
 * January and July for two years, every month for a few months.
 */
export function monthTicks(start: number, end: number, target = 6): number[] {
  const months = (end - start) / 30.44;
  const step = [1, 2, 3, 6, 12, 24].find((s) => months / s <= target) ?? 24;
  const ticks: number[] = [];
  const first = fromDayNumber(start);
  // Months counted from year 0, so that "every 6th" means January and July.
  let index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  for (;;) {
    index += 1;
    const year = Math.floor(index / 12);
    const day = toDayNumber(`${year}-${String((index % 12) + 1).padStart(2, '0')}-01`);
    if (day > end) return ticks;
    if (index % step === 0) ticks.push(day);
  }
}

export interface MonthBin {
  /** "2022-01" */
  month: string;
  start: number;
  end: number;
  count: number;
}

/** Events per month, one bin for every month `extent` touches (the events' days lie inside it). */
export function binByMonth(events: readonly { day: number }[], extent: DaySpan): MonthBin[] {
  const first = fromDayNumber(extent.start);
  const last = fromDayNumber(extent.end);
  const bins: MonthBin[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endKey = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const start = toDayNumber(`${key}-01`);
    bins.push({ month: key, start, end: start + daysInMonth(year, month) - 1, count: 0 });
    if (key === endKey) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  // The bin of a day is found by its month, not by searching the bins: this runs over every event.
  const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  const firstMonth = monthIndex(first);
  for (const { day } of events) {
    const bin = bins[monthIndex(fromDayNumber(day)) - firstMonth];
    if (bin) bin.count += 1;
  }
  return bins;
}

/** The bins a range covers, as brush indices (the whole strip for an open range). */
export function rangeToBinIndices(
  bins: readonly MonthBin[],
  range: DateRange,
): { startIndex: number; endIndex: number } {
  const last = Math.max(0, bins.length - 1);
  const from = range.from === null ? -Infinity : toDayNumber(range.from);
  const to = range.to === null ? Infinity : toDayNumber(range.to);
  const startIndex = bins.findIndex((b) => b.end >= from);
  let endIndex = last;
  for (let i = last; i >= 0; i--) {
    if ((bins[i]?.start ?? Infinity) <= to) {
      endIndex = i;
      break;
    }
  }
  return {
    startIndex: startIndex === -1 ? last : startIndex,
    endIndex: Math.max(endIndex, Math.max(0, startIndex)),
  };
}

/** Brush indices back to a range: whole months, open where the brush reaches the strip's ends. */
export function binIndicesToRange(
  bins: readonly MonthBin[],
  startIndex: number,
  endIndex: number,
): DateRange {
  const first = bins[startIndex];
  const last = bins[endIndex];
  return {
    from: startIndex <= 0 || !first ? null : fromDayNumber(first.start),
    to: endIndex >= bins.length - 1 || !last ? null : fromDayNumber(last.end),
  };
}
