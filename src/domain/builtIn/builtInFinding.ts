import type { Finding } from '../scoring/finding';

/** Written by vite.config.ts (the static-shell plugin) from public/data/events.json. */
declare const __BUILT_IN_FINDING__: Finding;

/**
 * What the built-in dataset shows, found at build time: the static header already says it, and
 * the React header says the same until a dataset is on screen, so the headline does not move.
 */
export const BUILT_IN_FINDING: Finding = __BUILT_IN_FINDING__;
