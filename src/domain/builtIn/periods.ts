/**
 * The periods of the story, offered as date-range presets. Their boundaries are the two turns the
 * articles' diplomacy follows: Russia's full-scale invasion of Ukraine (24 February 2022) and the
 * change of US administration (20 January 2025).
 */
import type { DateRange } from '../dataset/dateRange';

export const PERIODS = [
  { id: 'all', range: { from: null, to: null } },
  { id: 'before-invasion', range: { from: null, to: '2022-02-23' } },
  { id: 'war-biden', range: { from: '2022-02-24', to: '2025-01-19' } },
  { id: 'trump', range: { from: '2025-01-20', to: null } },
] as const satisfies readonly { id: string; range: DateRange }[];

export type PeriodId = (typeof PERIODS)[number]['id'];

/** The preset a range equals, if any: lets the presets show which one is active. */
export function findPeriod(range: DateRange): PeriodId | null {
  const match = PERIODS.find((p) => p.range.from === range.from && p.range.to === range.to);
  return match ? match.id : null;
}
