/**
 * The tone's colour: five equal bands of the 0–10 scale (tension.ts scores it), their colours and
 * the grey of no score, for the legend, the marks, the cells and the pictures.
 */
import { TENSION_MAX, TENSION_MIN } from './tension';

/**
 * Five equal bands of the 0–10 scale, for the legend and the colour of marks, named for what the
 * share says (N15): under 2, over four fifths of the weight (prior included) is cooperative.
 */
export const TENSION_BANDS = [
  { min: 0, max: 2, key: 'mostly-cooperative' },
  { min: 2, max: 4, key: 'more-cooperative' },
  { min: 4, max: 6, key: 'even' },
  { min: 6, max: 8, key: 'more-conflictual' },
  { min: 8, max: 10, key: 'mostly-conflictual' },
] as const;
export type TensionBandKey = (typeof TENSION_BANDS)[number]['key'];

/**
 * ColorBrewer's 5-class YlOrRd, light to dark: sequential and safe for the common colour-vision
 * deficiencies. Lightness carries the order, so it survives greyscale printing too.
 */
export const TENSION_COLORS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** The colour of events with no score: a neutral grey, outside the sequential scale. */
export const UNSCORED_COLOR = '#bdbdbd';

/** tensionBand(6.2) → 3 (the "more conflictual" band); 10 falls in the last band. */
export function tensionBand(tension: number): number {
  return Math.floor(Math.min(Math.max(tension, TENSION_MIN), TENSION_MAX - 1e-9) / 2);
}

export function tensionColor(tension: number | null): string {
  if (tension === null) return UNSCORED_COLOR;
  return TENSION_COLORS[tensionBand(tension)] ?? TENSION_COLORS[2];
}

/** True when the range's ends fall in different colour bands: the colour claims too much. */
export function isBandUncertain(range: readonly [number, number] | null): boolean {
  return range !== null && tensionBand(range[0]) !== tensionBand(range[1]);
}
