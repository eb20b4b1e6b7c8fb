import type { Finding } from '@/domain/scoring/finding';
import { BUILT_IN_FINDING } from '@/domain/builtIn/builtInFinding';

/**
 * What the headline says: the finding of the dataset on screen (worked out in the dataset worker
 * with its index), or, until one is, the built-in dataset's (which the static header already
 * shows, so nothing moves when the data arrives).
 */
export function useHeadlineFinding(finding: Finding | null): Finding {
  return finding ?? BUILT_IN_FINDING;
}
