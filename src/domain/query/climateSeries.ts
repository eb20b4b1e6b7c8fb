/**
 * The climate line the timeline draws, and the words that stand for it: the climate (climate.ts)
 * sampled across the chart's days, from the act-day index the worker built with the rest of the
 * index. Each sample is two binary searches and a few differences of prefix sums: the line costs
 * its samples, never the events. It is the relationship's, so it follows the dates only: a place
 * or a facet chosen narrows the marks, not the acts the climate counts.
 */
import type { ActDayIndex } from '../scoring/actDays';
import { climateAt } from '../scoring/climate';
import { midpointOfSpan, spanOf } from '../dataset/dates';
import type { DiplomaticEvent } from '../dataset/schema';
import { CLIMATE_WINDOW } from '../scoring/sensitivity';

export interface ClimatePoint {
  day: number;
  /** Null where the window holds no act, or its acts weigh nothing on the chosen reading. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** The counted acts in the window. */
  acts: number;
}

/** Samples of the line across a chart: finer than a few pixels apart on a wide screen. */
export const CLIMATE_SAMPLES = 400;

/** At most one sample a day, and no more than `samples` across the domain. */
export function climateSeries(
  actDays: ActDayIndex,
  [from, to]: readonly [number, number],
  samples: number,
  windowDays: number = CLIMATE_WINDOW,
): ClimatePoint[] {
  if (!(to >= from) || samples < 1 || actDays.days.length === 0) return [];
  const step = Math.max(1, Math.ceil((to - from) / samples));
  const points: ClimatePoint[] = [];
  for (let day = from; day <= to; day += step) points.push(climatePoint(actDays, day, windowDays));
  return points;
}

export function climatePoint(
  actDays: ActDayIndex,
  day: number,
  windowDays: number = CLIMATE_WINDOW,
): ClimatePoint {
  const climate = climateAt(actDays, day, windowDays);
  return climate
    ? { day, value: climate.value, low: climate.low, high: climate.high, acts: climate.acts }
    : { day, value: null, low: null, high: null, acts: 0 };
}

/** The climate going into an event: on the day the chart draws it (its date's middle). */
export function climateOfEvent(
  actDays: ActDayIndex,
  event: Pick<DiplomaticEvent, 'date' | 'datePrecision'>,
): ClimatePoint {
  return climatePoint(actDays, midpointOfSpan(spanOf(event.date, event.datePrecision)));
}

/** The stretches of samples with a value, each drawn as a line of its own: a gap stays a gap. */
export function climateRuns(
  points: readonly ClimatePoint[],
  valueOf: (point: ClimatePoint) => number | null = (p) => p.value,
): ClimatePoint[][] {
  const runs: ClimatePoint[][] = [];
  let run: ClimatePoint[] = [];
  for (const point of points) {
    if (valueOf(point) === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(point);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** What the line shows, for its text alternative; null where it has no value at all. */
export interface ClimateSummary {
  highest: ClimatePoint & { value: number };
  lowest: ClimatePoint & { value: number };
  /** The stretches with no value between the first value and the last. */
  gaps: number;
}

export function summarizeClimate(points: readonly ClimatePoint[]): ClimateSummary | null {
  const runs = climateRuns(points);
  let highest: (ClimatePoint & { value: number }) | null = null;
  let lowest: (ClimatePoint & { value: number }) | null = null;
  for (const run of runs)
    for (const point of run) {
      const { value } = point;
      if (value === null) continue;
      if (highest === null || value > highest.value) highest = { ...point, value };
      if (lowest === null || value < lowest.value) lowest = { ...point, value };
    }
  if (highest === null || lowest === null) return null;
  return { highest, lowest, gaps: Math.max(0, runs.length - 1) };
}
