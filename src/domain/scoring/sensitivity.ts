/**
 * How the page's rankings move with the method's two free settings: the prior (the pseudo-weight
 * every tone and climate starts from, 5 by default) and the climate's window (30 days by
 * default). The headline (finding.ts) states a ranking only where it holds under every setting
 * here; docs/METHOD.md prints the tables (scripts/sensitivity.ts).
 */
import { buildActDayIndex, type ActDayIndex, type ClimateAction } from './actDays.ts';
import { climateAt } from './climate.ts';
import type { Action } from '../dataset/schema';
import { conflictShare, toneEvidence, type Dyad } from './tension.ts';

/** A value with the lowest and highest over the readings of its sentences. */
export type Reading3 = readonly [value: number | null, low: number | null, high: number | null];

/** The priors the method is checked over: from next to none to four times the one used. */
export const PRIORS = [1, 2, 5, 10, 20] as const;
/** The climate's windows the method is checked over, in days. */
export const WINDOWS = [30, 60, 90] as const;
/** The window the page draws and the headline names: a month of days before each day. */
export const CLIMATE_WINDOW = 30;

/** An event's tone under another prior, unrounded; null where it has none. */
export function toneWithPrior(
  actions: readonly Pick<Action, 'actor' | 'target' | 'cameo' | 'goldstein' | 'alternatives'>[],
  prior: number,
  dyad?: Dyad,
): number | null {
  const { conflict, cooperation } = toneEvidence(actions, dyad);
  return conflictShare(conflict, cooperation, prior);
}

/**
 * An event's tone and range under another prior, unrounded: the climate of a window over its
 * acts alone, which is its tone and range (climate.test.ts checks that they agree).
 */
export function toneReadingsWithPrior(
  actions: readonly ClimateAction[],
  prior: number,
  dyad?: Dyad,
): Reading3 {
  const alone = buildActDayIndex([{ day: 0, span: { start: 0, end: 0 }, actions }], dyad);
  const c = climateAt(alone, 1, 1, prior);
  return [c?.value ?? null, c?.low ?? null, c?.high ?? null];
}

/** The climate's value going into a day, under one setting. */
export function climateWith(
  index: ActDayIndex,
  day: number,
  windowDays: number,
  prior: number,
): number | null {
  return climateAt(index, day, windowDays, prior)?.value ?? null;
}

/** Which item is highest and which lowest under one setting (the earliest of equals), or -1. */
export function extremesOf(values: readonly (number | null)[]): { top: number; bottom: number } {
  let top = -1;
  let bottom = -1;
  values.forEach((v, i) => {
    if (v === null) return;
    if (top < 0 || v > (values[top] ?? 0)) top = i;
    if (bottom < 0 || v < (values[bottom] ?? 0)) bottom = i;
  });
  return { top, bottom };
}

/** What a ranking does over every setting: the one item it names under all, or null. */
export interface Robustness {
  /** The item highest under every setting, or null where the settings disagree. */
  top: number | null;
  bottom: number | null;
  /** Every item that is highest (lowest) under some setting, in item order. */
  tops: number[];
  bottoms: number[];
}

/** robustness([[3, 1], [2, 1]]) → { top: 0, bottom: 1, tops: [0], bottoms: [1] } */
export function robustness(bySetting: readonly (readonly (number | null)[])[]): Robustness {
  const tops = new Set<number>();
  const bottoms = new Set<number>();
  for (const values of bySetting) {
    const { top, bottom } = extremesOf(values);
    if (top >= 0) tops.add(top);
    if (bottom >= 0) bottoms.add(bottom);
  }
  const only = (set: Set<number>) => (set.size === 1 ? ([...set][0] ?? null) : null);
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { top: only(tops), bottom: only(bottoms), tops: sorted(tops), bottoms: sorted(bottoms) };
}

/** Every setting of the prior, each a list of the items' tones with their ranges. */
export function tonesByPrior(
  items: readonly { actions: readonly ClimateAction[] }[],
  dyad?: Dyad,
): Reading3[][] {
  return PRIORS.map((prior) =>
    items.map((item) => toneReadingsWithPrior(item.actions, prior, dyad)),
  );
}

/** Every setting of window and prior, each a list of the climates going into the items' days. */
export function climatesBySetting(
  index: ActDayIndex,
  days: readonly number[],
): { window: number; prior: number; values: Reading3[] }[] {
  return WINDOWS.flatMap((window) =>
    PRIORS.map((prior) => ({
      window,
      prior,
      values: days.map((day): Reading3 => {
        const c = climateAt(index, day, window, prior);
        return [c?.value ?? null, c?.low ?? null, c?.high ?? null];
      }),
    })),
  );
}
