/**
 * Date-range presets for data other than the built-in story (review C7): the story's periods
 * (periods.ts) name its turns, which mean nothing on other data. These come from the data's own
 * extent: the whole of it, then each calendar year it spans (the last six, if it spans more).
 */
import type { DateRange } from '../dataset/dateRange';

export interface ExtentPeriod {
  id: string;
  /** A year ("2023"); null for the whole extent. */
  year: number | null;
  range: DateRange;
}

/** At most this many years are offered. */
const MAX_YEARS = 6;

export function extentPeriods(extent: DateRange): ExtentPeriod[] {
  const all: ExtentPeriod = { id: 'all', year: null, range: { from: null, to: null } };
  if (extent.from === null || extent.to === null) return [all];
  const [first, last] = [Number(extent.from.slice(0, 4)), Number(extent.to.slice(0, 4))];
  if (first === last) return [all];
  const years: ExtentPeriod[] = [];
  for (let year = Math.max(first, last - MAX_YEARS + 1); year <= last; year++)
    years.push({
      id: String(year),
      year,
      range: { from: `${year}-01-01`, to: `${year}-12-31` },
    });
  return [all, ...years];
}
