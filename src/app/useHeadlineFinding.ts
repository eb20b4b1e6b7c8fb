import { useMemo } from 'react';
import { findHeadline } from '@/domain/finding';
import type { Dataset } from '@/domain/schema';
import { BUILT_IN_FINDING } from './builtInFinding';

/**
 * What the headline says: the finding of the dataset on screen, or, until one is, the built-in
 * dataset's (which the static header already shows, so nothing moves when the data arrives).
 */
export function useHeadlineFinding(dataset: Dataset | null) {
  return useMemo(() => (dataset ? findHeadline(dataset) : BUILT_IN_FINDING), [dataset]);
}
