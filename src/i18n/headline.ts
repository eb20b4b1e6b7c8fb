/**
 * The page's headline and introduction, worded from what the data shows
 * (domain/scoring/finding.ts), in each language: how many times the sides met, then two measures
 * kept apart, the climate going into the meetings and the meetings' own tone, each ranking stated
 * only as far as it holds (under every prior, window and reading; "depends on the reading";
 * "close"; "depends on the prior").
 *
 * vite.config.ts words the built-in dataset's headline with these at build time (through
 * staticShell.ts): these files import nothing but types and each other, by relative paths with
 * their extension.
 */
export { headlineEn } from './headlineEn.ts';
export { headlineVi } from './headlineVi.ts';
export type { Headline } from './headlineWords.ts';
