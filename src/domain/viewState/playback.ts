/**
 * Playing through time: a window of `windowDays` slides across the story. With motion allowed it
 * glides a week at a time; with `prefers-reduced-motion` it steps a month at a time instead.
 */
import { fromDayNumber, toDayNumber } from '../dataset/dates';
import type { DateRange } from '../dataset/dateRange';

export const PLAYBACK_WINDOW_DAYS = 91;
export const GLIDE_STEP_DAYS = 7;
export const STEP_DAYS = 30;
/** Milliseconds between ticks at 1× speed. */
export const GLIDE_TICK_MS = 250;
export const STEP_TICK_MS = 1200;

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** The window that ends on `endDay`: [endDay − windowDays + 1, endDay]. */
export function playbackWindow(endDay: number, windowDays = PLAYBACK_WINDOW_DAYS): DateRange {
  return { from: fromDayNumber(endDay - windowDays + 1), to: fromDayNumber(endDay) };
}

/**
 * Where playing starts: at the end of the range shown if that is a closed range inside the story
 * and not already at its end, else with the window ending on the story's first day.
 */
export function playbackStart(range: DateRange, extent: { start: number; end: number }): number {
  if (range.from !== null && range.to !== null) {
    const end = toDayNumber(range.to);
    if (end >= extent.start && end < extent.end) return end;
  }
  return extent.start;
}

/** The next window end, or null once the window has passed the story's last day. */
export function nextPlaybackEnd(
  current: number,
  stepDays: number,
  extentEnd: number,
): number | null {
  if (current >= extentEnd) return null;
  return Math.min(current + stepDays, extentEnd);
}

export function previousPlaybackEnd(
  current: number,
  stepDays: number,
  extentStart: number,
): number {
  return Math.max(current - stepDays, extentStart);
}
