/**
 * The overview strip's two-thumb slider, as pure steps over month indices: the strip shows
 * `count` months, the chosen span runs from the first month (`startIndex`) to the last
 * (`endIndex`) inclusive, and the thumbs sit on month boundaries (0 … count), so that the
 * shaded span covers whole months. The thumbs never cross; they may meet on one month.
 */
import type { DateRange } from '@/domain/dataset/dateRange';
import { binIndicesToRange, type MonthBin } from '@/domain/query/timeAxis';

export interface MonthSpan {
  startIndex: number;
  endIndex: number;
}

export type Thumb = 'start' | 'end';

/** One month a key press, a year a page; Home and End go as far as the thumb can. */
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -12,
  PageUp: 12,
  Home: -Infinity,
  End: Infinity,
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** How far a thumb can go: each stops at the other (thumbBounds({0, 5}, 'end', 12) → {min 0, max 11}). */
export function thumbBounds(
  span: MonthSpan,
  thumb: Thumb,
  count: number,
): { min: number; max: number } {
  return thumb === 'start'
    ? { min: 0, max: span.endIndex }
    : { min: span.startIndex, max: Math.max(0, count - 1) };
}

/** The span with one thumb set to `index`, kept between the strip's end and the other thumb. */
export function moveThumb(span: MonthSpan, thumb: Thumb, index: number, count: number): MonthSpan {
  const { min, max } = thumbBounds(span, thumb, count);
  const value = clamp(index, min, max);
  return thumb === 'start' ? { ...span, startIndex: value } : { ...span, endIndex: value };
}

/**
 * The span after a key press on a thumb (arrows a month, Page Up/Down a year, Home/End to the
 * end it can reach), or null for a key the slider does not take.
 */
export function stepThumb(
  span: MonthSpan,
  thumb: Thumb,
  key: string,
  count: number,
): MonthSpan | null {
  const step = KEY_STEPS[key];
  if (step === undefined) return null;
  const value = thumb === 'start' ? span.startIndex : span.endIndex;
  const { min, max } = thumbBounds(span, thumb, count);
  return moveThumb(span, thumb, clamp(value + step, min, max), count);
}

/** The month boundary nearest a point `fraction` of the way along the strip: 0 … count. */
export function nearestBoundary(fraction: number, count: number): number {
  return clamp(Math.round(fraction * count), 0, count);
}

/**
 * The span with a thumb dragged to a point `fraction` of the way along the strip: the start
 * thumb takes the month after the nearest boundary, the end thumb the month before it.
 */
export function dragThumb(
  span: MonthSpan,
  thumb: Thumb,
  fraction: number,
  count: number,
): MonthSpan {
  const boundary = nearestBoundary(fraction, count);
  return moveThumb(span, thumb, thumb === 'start' ? boundary : boundary - 1, count);
}

/** The span moved whole by `months`, stopping at either end of the strip. */
export function shiftSpan(span: MonthSpan, months: number, count: number): MonthSpan {
  const shift = clamp(Math.round(months), -span.startIndex, count - 1 - span.endIndex);
  return { startIndex: span.startIndex + shift, endIndex: span.endIndex + shift };
}

/**
 * The range a move of the strip commits: only the end that moved takes its month's boundary; the
 * other keeps the day it had (C13: a typed 15 March stays 15 March when the end thumb moves).
 * rangeAfterMove(bins, {3, 9}, {2, 9}, {from: "2022-03-15", to: "2022-10-20"}) →
 * {from: "2022-04-01", to: "2022-10-20"}.
 */
export function rangeAfterMove(
  bins: readonly MonthBin[],
  span: MonthSpan,
  before: MonthSpan,
  range: DateRange,
): DateRange {
  const months = binIndicesToRange(bins, span.startIndex, span.endIndex);
  return {
    from: span.startIndex === before.startIndex ? range.from : months.from,
    to: span.endIndex === before.endIndex ? range.to : months.to,
  };
}
