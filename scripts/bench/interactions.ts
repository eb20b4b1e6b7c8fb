/**
 * The interactions, each a family of samples started from a neutral view: a typed date, a preset,
 * a brush step by key and by pointer (and the pointer's release), a marker click, a timeline mark
 * click and a quote-search keystroke. Every sample is settled before the next begins.
 */
import type { Family, Run } from './families';
import { restoreNeutral } from './page';
import { brushKey, brushPointer, preset, typedDate } from './rangeRuns';
import type { Sample, Sampler } from './sampler';
import { facet, mark, marker, search } from './viewRuns';

const RUNS: Record<Exclude<Family, 'brushRelease'>, Run> = {
  date: typedDate,
  preset,
  brushKey,
  brushPointer,
  marker,
  mark,
  facet,
  search,
};

/** One family of samples (the pointer's steps bring their releases), from the neutral view. */
export async function runFamily(
  sampler: Sampler,
  family: Exclude<Family, 'brushRelease'>,
  count: number,
): Promise<Sample[]> {
  await restoreNeutral(sampler);
  return RUNS[family](sampler, count);
}
