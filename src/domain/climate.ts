/**
 * The climate: how conflictual the relationship between the two sides was going into a day, from
 * every counted act in the window of days before it, in the tone's formula (tension.ts):
 * 10 × (C + prior/2) ÷ (C + P + prior). The method and its sources: docs/METHOD.md.
 *
 * buildActDayIndex runs once per dataset (in the dataset worker) and holds only typed arrays, so
 * the page can be handed their buffers; climateAt answers a day and a window with two binary
 * searches and differences of prefix sums, never a pass over the events. The rules:
 * - Acts: every action between the two sides on at least one of its readings.
 * - Day: the event's draw day (`day`): its day, or the middle of its month or year, as the chart
 *   draws it; an act known to the month is off by half a month at most, less than a window.
 * - Each sentence once (N16): the key is the source and the sentence (or clause) as coded. Of the
 *   records that code it, the one that dates it most precisely (shortest span) keeps it, then the
 *   earliest day, then the first; in that record every action coding it counts (one clause may
 *   name two actors or targets, codebook S5). The others keep it in their tone only.
 * - Window: the `windowDays` days before the day, the day itself left out: the climate at a
 *   meeting is the relationship going into it, a measure apart from the meeting's own tone.
 * - No act in the window: null, a gap, never an interpolation. Acts that weigh nothing on the
 *   chosen reading: no value (as an event has no tone, N14), though the range may have ends.
 * - Range: every act at its most cooperative (low) and most conflictual (high) reading, as
 *   tensionRange takes an event's, or where that leaves no weight the weighing reading nearest
 *   neutral: low ≤ value ≤ high, and a window over one event gives its tone and range.
 */
import { midpointOfSpan, spanOf, type DaySpan } from './dates.ts';
import type { Action, DiplomaticEvent } from './schema';
import {
  conflictShare,
  DEFAULT_DYAD,
  extremeWeight,
  PRIOR_WEIGHT,
  readingWeights,
  type Dyad,
} from './tension.ts';

/** What an act needs for the climate: its readings and the sentence that identifies it. */
export type ClimateAction = Pick<
  Action,
  'actor' | 'target' | 'cameo' | 'goldstein' | 'alternatives' | 'sentence' | 'sourceId'
>;

/** One event as the index reads it. */
export interface ClimateEventInput {
  /** The day the chart draws the event on (a day number of dates.ts, e.g. midpointOfSpan). */
  day: number;
  /** The days its date covers: a shorter span dates a sentence more precisely. */
  span: DaySpan;
  actions: readonly ClimateAction[];
}

/**
 * The counted acts in day order, with prefix sums (length acts + 1) in hundredths of a Goldstein
 * point. Only typed arrays: a worker can transfer their buffers to the page.
 */
export interface ActDayIndex {
  /** Each act's day, ascending. */
  days: Int32Array;
  /** Conflictual weight (as a positive amount) on the chosen reading, summed. */
  conflict: Float64Array;
  /** Cooperative weight on the chosen reading, summed. */
  cooperation: Float64Array;
  /** How many acts count on the chosen reading, summed. */
  counted: Int32Array;
  /** The same sums with every act at its most cooperative reading: the same arrays as the
   * chosen reading's where no act has a reading that weighs otherwise. */
  lowConflict: Float64Array;
  lowCooperation: Float64Array;
  /** …and at its most conflictual reading. */
  highConflict: Float64Array;
  highCooperation: Float64Array;
  /**
   * For a range with no weight at its extreme picks: each act's smallest nonzero weight over its
   * counted readings (hundredths, as an amount; NONE where it has none), as a bottom-up segment
   * tree of minima (leaves at [n, 2n)). Empty where no act has another reading.
   */
  nearest: Int32Array;
}

/** The climate around a day; weights in Goldstein units, shares unrounded on 0–10. */
export interface Climate {
  /** Null where the acts in the window weigh nothing on the chosen reading. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** How many acts in the window count on the chosen reading. */
  acts: number;
  conflict: number;
  cooperation: number;
}

/** No weighing reading: larger than any weight in hundredths. */
const NONE = 0x7fffffff;

interface Gathered {
  days: number[];
  chosen: (number | null)[];
  low: number[];
  high: number[];
  nearest: number[];
  /** Per act: its key and its event, to keep each key only in the record that wins it. */
  key: number[];
  event: number[];
}

/** Each sentence's key, by source then text: the strings stay the dataset's own, not copies. */
class SentenceKeys {
  readonly #bySource = new Map<string, Map<string, number>>();
  #next = 0;
  of(sourceId: string, sentence: string): number {
    let sentences = this.#bySource.get(sourceId);
    if (sentences === undefined) this.#bySource.set(sourceId, (sentences = new Map()));
    let key = sentences.get(sentence);
    if (key === undefined) sentences.set(sentence, (key = this.#next++));
    return key;
  }
}

/** A dataset's events as the index reads them: each on the day the chart draws it. */
export function* climateInputs(
  events: Iterable<Pick<DiplomaticEvent, 'date' | 'datePrecision' | 'actions'>>,
): Generator<ClimateEventInput> {
  for (const event of events) {
    const span = spanOf(event.date, event.datePrecision);
    yield { day: midpointOfSpan(span), span, actions: event.actions };
  }
}

/** Builds the index once: one pass over the events, then a sort of the counted acts. */
export function buildActDayIndex(
  events: Iterable<ClimateEventInput>,
  dyad: Dyad = DEFAULT_DYAD,
): ActDayIndex {
  const acts: Gathered = {
    days: [],
    chosen: [],
    low: [],
    high: [],
    nearest: [],
    key: [],
    event: [],
  };
  const keys = new SentenceKeys();
  // The record that keeps each key, and each record's span length and day to compare them by.
  const owner: number[] = [];
  const spans: number[] = [];
  const days: number[] = [];
  for (const event of events) {
    const at = spans.push(event.span.end - event.span.start) - 1;
    days.push(event.day);
    for (const action of event.actions) {
      const weights = readingWeights(action, dyad);
      if (weights.every((w) => w === null)) continue;
      const key = keys.of(action.sourceId, action.sentence);
      const held = owner[key] ?? -1;
      const [span, heldSpan] = [spans[at] ?? 0, spans[held] ?? 0];
      if (held < 0 || span < heldSpan || (span === heldSpan && event.day < (days[held] ?? 0)))
        owner[key] = at;
      gather(acts, weights, event.day, key, at);
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < acts.days.length; i++)
    if (owner[acts.key[i] ?? -1] === acts.event[i]) kept.push(i);
  // Day order; equal days keep the dataset's order.
  kept.sort((a, b) => (acts.days[a] ?? 0) - (acts.days[b] ?? 0) || a - b);
  return indexOf(acts, kept);
}

function gather(
  acts: Gathered,
  weights: readonly (number | null)[],
  day: number,
  key: number,
  event: number,
) {
  let nearest = NONE;
  for (const w of weights) if (w !== null && w !== 0) nearest = Math.min(nearest, Math.abs(w));
  acts.days.push(day);
  acts.chosen.push(weights[0] ?? null);
  acts.low.push(extremeWeight(weights, 'low') ?? 0);
  acts.high.push(extremeWeight(weights, 'high') ?? 0);
  acts.nearest.push(nearest);
  acts.key.push(key);
  acts.event.push(event);
}

/** Prefix sums of conflict (as a positive amount) and cooperation over the kept acts. */
function sums(weightOf: (act: number) => number, kept: readonly number[]) {
  const conflict = new Float64Array(kept.length + 1);
  const cooperation = new Float64Array(kept.length + 1);
  kept.forEach((act, i) => {
    const w = weightOf(act);
    conflict[i + 1] = (conflict[i] ?? 0) + (w < 0 ? -w : 0);
    cooperation[i + 1] = (cooperation[i] ?? 0) + (w > 0 ? w : 0);
  });
  return { conflict, cooperation };
}

function indexOf(acts: Gathered, kept: readonly number[]): ActDayIndex {
  const n = kept.length;
  const days = Int32Array.from(kept, (act) => acts.days[act] ?? 0);
  const chosen = sums((act) => acts.chosen[act] ?? 0, kept);
  const counted = new Int32Array(n + 1);
  kept.forEach((act, i) => {
    counted[i + 1] = (counted[i] ?? 0) + (acts.chosen[act] === null ? 0 : 1);
  });
  const varies = kept.some(
    (act) =>
      acts.low[act] !== (acts.chosen[act] ?? 0) || acts.high[act] !== (acts.chosen[act] ?? 0),
  );
  const low = varies ? sums((act) => acts.low[act] ?? 0, kept) : chosen;
  const high = varies ? sums((act) => acts.high[act] ?? 0, kept) : chosen;
  const nearest = varies ? new Int32Array(2 * n) : new Int32Array(0);
  if (varies) {
    kept.forEach((act, i) => {
      nearest[n + i] = acts.nearest[act] ?? NONE;
    });
    for (let i = n - 1; i > 0; i--)
      nearest[i] = Math.min(nearest[2 * i] ?? NONE, nearest[2 * i + 1] ?? NONE);
  }
  return {
    days,
    conflict: chosen.conflict,
    cooperation: chosen.cooperation,
    counted,
    lowConflict: low.conflict,
    lowCooperation: low.cooperation,
    highConflict: high.conflict,
    highCooperation: high.cooperation,
    nearest,
  };
}

/** The first position whose day is on or after `day`. */
function firstFrom(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest `nearest` of the acts at positions [from, to): O(log acts). */
function nearestIn(tree: Int32Array, from: number, to: number): number {
  const n = tree.length / 2;
  let best = NONE;
  for (let l = from + n, r = to + n; l < r; l >>= 1, r >>= 1) {
    if (l & 1) best = Math.min(best, tree[l++] ?? NONE);
    if (r & 1) best = Math.min(best, tree[--r] ?? NONE);
  }
  return best;
}

/**
 * The climate on `day`, from the acts of the `windowDays` days before it (day − windowDays …
 * day − 1): climateAt(index, toDayNumber('2022-01-21'), 30) → the acts of 22 December 2021 …
 * 20 January 2022. Null where no act falls in the window.
 */
export function climateAt(
  index: ActDayIndex,
  day: number,
  windowDays: number,
  prior: number = PRIOR_WEIGHT,
): Climate | null {
  if (!(windowDays >= 1)) throw new RangeError(`A window of ${windowDays} days holds no day`);
  const from = firstFrom(index.days, day - windowDays);
  const to = firstFrom(index.days, day);
  if (from >= to) return null;
  const between = (prefix: Float64Array | Int32Array) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const conflict = between(index.conflict) / 100;
  const cooperation = between(index.cooperation) / 100;
  const value = conflictShare(conflict, cooperation, prior);
  const extreme = (c: Float64Array, p: Float64Array, end: 'low' | 'high') => {
    const share = conflictShare(between(c) / 100, between(p) / 100, prior);
    if (share !== null || index.nearest.length === 0) return share;
    // No weight at the extreme picks: every weighing reading in the window lies on the far side
    // of neutral, and the extreme counts only the one nearest it.
    const nearest = nearestIn(index.nearest, from, to);
    if (nearest === NONE) return null;
    return end === 'low'
      ? conflictShare(nearest / 100, 0, prior)
      : conflictShare(0, nearest / 100, prior);
  };
  return {
    value,
    low: extreme(index.lowConflict, index.lowCooperation, 'low'),
    high: extreme(index.highConflict, index.highCooperation, 'high'),
    acts: between(index.counted),
    conflict,
    cooperation,
  };
}
