/**
 * Tension from coded actions. Each action carries the Goldstein (1992) weight of its CAMEO code as
 * GDELT publishes it: −10 most conflictual … +10 most cooperative. An event's tension is the mean
 * weight of its actions turned round and halved onto 0–10, so that higher means more tense:
 *
 *   tension = (10 − mean Goldstein) / 2, rounded to one decimal
 *
 * 0 = every action maximally cooperative, 5 = neutral on balance, 10 = every action maximally
 * conflictual.
 */
import type { Action } from './schema';

export const TENSION_MIN = 0;
export const TENSION_MAX = 10;
export const TENSION_NEUTRAL = 5;

type Weighted = Pick<Action, 'goldstein'>;

export function goldsteinToTension(goldstein: number): number {
  return (10 - goldstein) / 2;
}

/** scoreTension([{goldstein: 4}, {goldstein: -2}]) → 4.5 */
export function scoreTension(actions: readonly Weighted[]): number {
  if (actions.length === 0) throw new RangeError('An event needs at least one coded action');
  const mean = actions.reduce((sum, a) => sum + a.goldstein, 0) / actions.length;
  return roundToTenth(goldsteinToTension(mean));
}

/** Each action's share of the event's tension: the parts add up to the unrounded score. */
export function explainTension<A extends Weighted>(
  actions: readonly A[],
): { action: A; tension: number; share: number }[] {
  return actions.map((action) => ({
    action,
    tension: goldsteinToTension(action.goldstein),
    share: goldsteinToTension(action.goldstein) / actions.length,
  }));
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Five equal bands of the 0–10 scale, for the legend and the colour of marks. */
export const TENSION_BANDS = [
  { min: 0, max: 2, key: 'cooperative' },
  { min: 2, max: 4, key: 'calm' },
  { min: 4, max: 6, key: 'neutral' },
  { min: 6, max: 8, key: 'tense' },
  { min: 8, max: 10, key: 'hostile' },
] as const;
export type TensionBandKey = (typeof TENSION_BANDS)[number]['key'];

/**
 * ColorBrewer's 5-class YlOrRd, light to dark: sequential and safe for the common colour-vision
 * deficiencies. Lightness carries the order, so it survives greyscale printing too.
 */
export const TENSION_COLORS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

/** tensionBand(6.2) → 3 (the "tense" band); 10 falls in the last band. */
export function tensionBand(tension: number): number {
  const index = Math.floor(Math.min(Math.max(tension, TENSION_MIN), TENSION_MAX - 1e-9) / 2);
  return index;
}

export function tensionColor(tension: number): string {
  return TENSION_COLORS[tensionBand(tension)] ?? TENSION_COLORS[2];
}
