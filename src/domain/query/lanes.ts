/**
 * Precision lanes: the index keeps events known to the day, to the month and to the year apart.
 * Within a lane an event covers exactly one unit (a day, a month, a year) and units never nest,
 * so the events that overlap a date range are one run of each lane, found by two binary searches
 * on the unit: no event near the range's ends needs checking, whatever the data mixes.
 */
import type { DatePrecision } from '../dataset/vocabulary';

export const LANE_COUNT = 3;
/** Lane numbers are the precisions' indices: day 0, month 1, year 2. */
export const LANE_OF: Readonly<Record<DatePrecision, number>> = { day: 0, month: 1, year: 2 };
export const PRECISION_OF_LANE: readonly DatePrecision[] = ['day', 'month', 'year'];

/**
 * The civil year and month (1–12) of a day number (days since 1970-01-01), by arithmetic
 * (Howard Hinnant's civil_from_days): civilYearMonth(19013) → [2022, 1].
 */
export function civilYearMonth(day: number): [number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month];
}

/**
 * The unit of `lane` that holds a day: the day itself, its month counted from year 0
 * (year × 12 + month − 1) or its year. ±Infinity (an open end of a range) stays as it is.
 */
export function unitOfDay(lane: number, day: number): number {
  if (!Number.isFinite(day) || lane === 0) return day;
  const [year, month] = civilYearMonth(day);
  return lane === 1 ? year * 12 + month - 1 : year;
}

/** A date range as the units of each lane it covers: [first, last] per lane, inclusive. */
export type LaneUnits = readonly (readonly [number, number])[];

export function rangeUnits(start: number, end: number): LaneUnits {
  const units: (readonly [number, number])[] = [];
  for (let lane = 0; lane < LANE_COUNT; lane++)
    units.push([unitOfDay(lane, start), unitOfDay(lane, end)]);
  return units;
}
