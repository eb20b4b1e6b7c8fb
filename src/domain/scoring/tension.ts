/**
 * An event's tone: the conflictual share of the Goldstein weight of its acts between the two
 * sides. Each action carries the Goldstein (1992) weight of its CAMEO code as GDELT publishes
 * it: −10 most conflictual … +10 most cooperative. Only actions from one side to the other count
 * (the dyad, by default the US and Russia). Their weights are summed apart, conflict C (the
 * negative weights, as a positive amount) and cooperation P, and the score is the conflictual
 * share of that weight on 0–10, counted as if every event also carried PRIOR_WEIGHT / 2 of each:
 *
 *   tone = 10 × (C + 2.5) ÷ (C + P + 5), rounded to one decimal
 *
 * 5 = as much conflictual as cooperative weight; it rises with every conflictual action and
 * falls with every cooperative one (monotone, unlike a mean), and one action alone moves it at
 * most 3.3 points. An event with no action between the two sides, or whose counted actions all
 * weigh 0 (C + P = 0: no evidence either way), has no score (null), never a made-up one.
 * (The names in code keep "tension"; readers see "tone". The climate, the same share over every
 * act in a window of days, is in climate.ts.)
 */
import type { Action, ActorCode, Note } from '../dataset/schema';

export const TENSION_MIN = 0;
export const TENSION_MAX = 10;
export const TENSION_NEUTRAL = 5;

/** The two sides whose tension is scored, as CAMEO actor codes. */
export type Dyad = readonly [ActorCode, ActorCode];
export const DEFAULT_DYAD: Dyad = ['USA', 'RUS'];

/**
 * Pseudo-weight of evidence, half conflictual and half cooperative, that every event starts with.
 * docs/METHOD.md shows what the page's rankings do when it is 1 … 20 instead.
 */
export const PRIOR_WEIGHT = 5;

/**
 * The conflictual share of a weight of evidence on 0–10, with `prior` / 2 of each kind added:
 * conflictShare(5, 0) → 7.5. Null when there is no weight at all (C + P = 0). Unrounded; the
 * stored scores are rounded from whole hundredths (scoreOfSums), this is for the method's tables
 * and the climate.
 */
export function conflictShare(
  conflict: number,
  cooperation: number,
  prior: number = PRIOR_WEIGHT,
): number | null {
  if (conflict + cooperation <= 0) return null;
  return (10 * (conflict + prior / 2)) / (conflict + cooperation + prior);
}

/** One way of reading a coded sentence: the action as coded, or one of its alternatives. */
export interface Reading {
  actor: ActorCode | null;
  target: ActorCode | null;
  cameo: string;
  goldstein: number;
  /** Why the sentence may be read this way; absent for the reading the data chose. */
  reason?: Note;
}

type Coded = Pick<Action, 'actor' | 'target' | 'cameo' | 'goldstein' | 'alternatives'>;

/** isBetweenSides('USA', 'RUS') → true; ('USA', 'UKR') → false; a missing actor → false. */
export function isBetweenSides(
  actor: ActorCode | null,
  target: ActorCode | null,
  dyad: Dyad = DEFAULT_DYAD,
): boolean {
  const [a, b] = dyad;
  return (actor === a && target === b) || (actor === b && target === a);
}

/** The action as coded, then each alternative reading (fields it does not name stay as coded). */
export function readingsOf(action: Coded): [Reading, ...Reading[]] {
  const chosen: Reading = {
    actor: action.actor,
    target: action.target,
    cameo: action.cameo,
    goldstein: action.goldstein,
  };
  const others = (action.alternatives ?? []).map((alt) => ({
    actor: alt.actor === undefined ? action.actor : alt.actor,
    target: alt.target === undefined ? action.target : alt.target,
    cameo: alt.cameo,
    goldstein: alt.goldstein,
    reason: alt.reason,
  }));
  return [chosen, ...others];
}

/** Weights are summed in hundredths, so that 2.5 + 0.4 + … does not drift before rounding. */
const toHundredths = (weight: number) => Math.round(weight * 100);

/** The weight a reading adds to the score: null when it is not between the two sides. */
function countedWeight(reading: Reading, dyad: Dyad): number | null {
  return isBetweenSides(reading.actor, reading.target, dyad)
    ? toHundredths(reading.goldstein)
    : null;
}

/**
 * Each reading's weight in hundredths of a Goldstein point, the chosen reading first; null for a
 * reading that is not between the two sides: [USA→RUS −5.0, alternative →NATO] → [−500, null].
 */
export function readingWeights(action: Coded, dyad: Dyad = DEFAULT_DYAD): (number | null)[] {
  return readingsOf(action).map((r) => countedWeight(r, dyad));
}

/**
 * The reading an extreme takes for one action: "low" its most cooperative, "high" its most
 * conflictual. A reading that does not count weighs as 0, and on a tie the counted one is taken.
 */
export function extremeWeight(
  weights: readonly (number | null)[],
  end: 'low' | 'high',
): number | null {
  const sign = end === 'low' ? 1 : -1;
  let best: number | null = weights[0] ?? null;
  for (const w of weights) {
    const gain = sign * ((w ?? 0) - (best ?? 0));
    if (gain > 0 || (gain === 0 && best === null)) best = w;
  }
  return best;
}

/** Score of summed weights in hundredths: conflict and cooperation as positive amounts. */
function scoreOfSums(conflict: number, cooperation: number): number {
  const prior = PRIOR_WEIGHT * 100;
  // Whole numbers until the one division, so a half-way score rounds up as written.
  return Math.round((100 * (conflict + prior / 2)) / (conflict + cooperation + prior)) / 10;
}

/**
 * The score of one reading per action (null = not counted); null if nothing counts or all that
 * counts weighs 0 (N14 of the December 2026 review: a 0.0 act is no evidence of either kind).
 */
function scoreOfWeights(weights: readonly (number | null)[]): number | null {
  let conflict = 0;
  let cooperation = 0;
  for (const weight of weights) {
    if (weight === null) continue;
    if (weight < 0) conflict -= weight;
    else cooperation += weight;
  }
  return conflict + cooperation === 0 ? null : scoreOfSums(conflict, cooperation);
}

/** What an event's tone rests on: its counted acts and their summed weights. */
export interface ToneEvidence {
  /** Summed conflictual weight of the counted acts, as a positive amount (Goldstein units). */
  conflict: number;
  /** Summed cooperative weight of the counted acts (Goldstein units). */
  cooperation: number;
  /** How many acts count: between the two sides on the chosen reading (0.0 acts included). */
  acts: number;
}

/**
 * The evidence behind the tone, on the chosen reading: toneEvidence([USA→RUS −5, RUS→USA +4,
 * USA→UKR +4.5]) → { conflict: 5, cooperation: 4, acts: 2 }.
 */
export function toneEvidence(actions: readonly Coded[], dyad: Dyad = DEFAULT_DYAD): ToneEvidence {
  let conflict = 0;
  let cooperation = 0;
  let acts = 0;
  for (const action of actions) {
    const weight = countedWeight(readingsOf(action)[0], dyad);
    if (weight === null) continue;
    acts += 1;
    if (weight < 0) conflict -= weight;
    else cooperation += weight;
  }
  return { conflict: conflict / 100, cooperation: cooperation / 100, acts };
}

/** scoreTension([{actor:'USA', target:'RUS', goldstein:-5, …}]) → 7.5; nothing between the sides → null */
export function scoreTension(actions: readonly Coded[], dyad: Dyad = DEFAULT_DYAD): number | null {
  return scoreOfWeights(actions.map((action) => countedWeight(readingsOf(action)[0], dyad)));
}

/**
 * The lowest and highest score over every combination of readings: [low, high], equal to the
 * score where no sentence has another reading; null if no reading scores the event. The score
 * rises with each action's conflict, so each extreme takes every action at its own extreme
 * (a reading that does not count weighs as 0) — unless that leaves no weight (nothing counted,
 * or only 0.0 acts), when the extreme is the one nonzero counted reading closest to neutral.
 */
export function tensionRange(
  actions: readonly Coded[],
  dyad: Dyad = DEFAULT_DYAD,
): [number, number] | null {
  const options = actions.map((action) => readingWeights(action, dyad));
  const low = extremeScore(options, 'low');
  const high = extremeScore(options, 'high');
  return low === null || high === null ? null : [low, high];
}

function extremeScore(options: readonly (number | null)[][], end: 'low' | 'high'): number | null {
  const score = scoreOfWeights(options.map((readings) => extremeWeight(readings, end)));
  if (score !== null) return score;
  // No weight: every weighing reading lies on the far side of neutral, so the extreme scored
  // combination weighs just the one nearest neutral (the others at their 0).
  let nearest: number | null = null;
  for (const readings of options)
    for (const w of readings)
      if (w !== null && w !== 0 && (nearest === null || Math.abs(w) < Math.abs(nearest)))
        nearest = w;
  return nearest === null ? null : scoreOfWeights([nearest]);
}

/**
 * The score earlier versions of this app stored, (10 − mean weight of all actions) ÷ 2: a file
 * they wrote is recognised and scored again, rather than refused.
 */
export function legacyTension(actions: readonly Pick<Action, 'goldstein'>[]): number | null {
  if (actions.length === 0) return null;
  const mean = actions.reduce((sum, a) => sum + a.goldstein, 0) / actions.length;
  return Math.round(((10 - mean) / 2) * 10) / 10;
}

/** What goes into an event's score: each action with whether it counts, and its evidence. */
export interface TensionExplanation<A> extends ToneEvidence {
  parts: { action: A; counted: boolean; readings: [Reading, ...Reading[]]; movesRange: boolean }[];
  tension: number | null;
  range: [number, number] | null;
}

export function explainTension<A extends Coded>(
  actions: readonly A[],
  dyad: Dyad = DEFAULT_DYAD,
): TensionExplanation<A> {
  const parts = actions.map((action) => {
    const readings = readingsOf(action);
    const weights = readings.map((r) => countedWeight(r, dyad));
    const chosen = weights[0] ?? null;
    // A reading moves the range when it weighs differently from the chosen one.
    const movesRange = weights.some((w) => w !== chosen);
    return { action, counted: chosen !== null, readings, movesRange };
  });
  return {
    parts,
    ...toneEvidence(actions, dyad),
    tension: scoreTension(actions, dyad),
    range: tensionRange(actions, dyad),
  };
}
