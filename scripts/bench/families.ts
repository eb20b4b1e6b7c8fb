import type { Sample, Sampler } from './sampler';

/** The interactions the bench measures, by family, with the names its report prints. */
export const FAMILIES = {
  date: 'typed date (From)',
  preset: 'preset',
  brushKey: 'brush step, key',
  brushPointer: 'brush step, pointer',
  brushRelease: 'brush release',
  marker: 'marker click',
  mark: 'timeline mark click',
  facet: 'facet toggle',
  search: 'quote search key',
} as const;
export type Family = keyof typeof FAMILIES;

/** A family's samples: `count` of them, each settled before the next begins. */
export type Run = (sampler: Sampler, count: number) => Promise<Sample[]>;
