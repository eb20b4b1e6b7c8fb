/**
 * The counted acts by day, built once per dataset (in the dataset worker, as its index is built)
 * and held only as typed arrays, so that the page can be handed their buffers; climate.ts reads a
 * window of it with two binary searches. The rules:
 * - Acts: every action between the two sides on at least one of its readings.
 * - Day: the event's draw day (`day`): its day, or the middle of its month or year, as the chart
 *   draws it; an act known to the month is off by half a month at most, less than a window.
 * - Each sentence once (N16): the key is the source and the sentence (or clause) as coded. Of the
 *   records that code it, the one that dates it most precisely (shortest span) keeps it, then the
 *   earliest day, then the first; in that record every action coding it counts (one clause may
 *   name two actors or targets, codebook S5). The others keep it in their tone only.
 * - Range: every act at its most cooperative (low) and most conflictual (high) reading, as
 *   tensionRange takes an event's, or where that leaves no weight the weighing reading nearest
 *   neutral (kept per act, as a segment tree of minima).
 */
import { midpointOfSpan, spanOf, type DaySpan } from '../dataset/dates.ts';
import type { Action, DiplomaticEvent } from '../dataset/schema';
import {
  DEFAULT_DYAD,
  extremeWeight,
  isBetweenSides,
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

/** No weighing reading: larger than any weight in hundredths. */
export const NONE = 0x7fffffff;
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

/**
 * Builds the index as events arrive (the dataset worker adds each as it indexes it), then sorts
 * the counted acts once. Only the acts are kept, never the events.
 */
export class ActDayBuilder {
  readonly #dyad: Dyad;
  readonly #acts: Gathered = {
    days: [],
    chosen: [],
    low: [],
    high: [],
    nearest: [],
    key: [],
    event: [],
  };
  readonly #keys = new SentenceKeys();
  // The record that keeps each key, and each record's span length and day to compare them by.
  readonly #owner: number[] = [];
  readonly #spans: number[] = [];
  readonly #days: number[] = [];

  constructor(dyad: Dyad = DEFAULT_DYAD) {
    this.#dyad = dyad;
  }

  add(event: ClimateEventInput): void {
    const at = this.#spans.push(event.span.end - event.span.start) - 1;
    this.#days.push(event.day);
    for (const action of event.actions) {
      // Most acts of a large file are between others, with no other reading: nothing to weigh.
      if (
        action.alternatives === undefined &&
        !isBetweenSides(action.actor, action.target, this.#dyad)
      )
        continue;
      const weights = readingWeights(action, this.#dyad);
      if (weights.every((w) => w === null)) continue;
      const key = this.#keys.of(action.sourceId, action.sentence);
      const held = this.#owner[key] ?? -1;
      const [span, heldSpan] = [this.#spans[at] ?? 0, this.#spans[held] ?? 0];
      if (held < 0 || span < heldSpan || (span === heldSpan && event.day < (this.#days[held] ?? 0)))
        this.#owner[key] = at;
      gather(this.#acts, weights, event.day, key, at);
    }
  }

  finish(): ActDayIndex {
    const acts = this.#acts;
    const kept: number[] = [];
    for (let i = 0; i < acts.days.length; i++)
      if (this.#owner[acts.key[i] ?? -1] === acts.event[i]) kept.push(i);
    // Day order; equal days keep the dataset's order.
    kept.sort((a, b) => (acts.days[a] ?? 0) - (acts.days[b] ?? 0) || a - b);
    return indexOf(acts, kept);
  }
}

/** Builds the index once: one pass over the events, then a sort of the counted acts. */
export function buildActDayIndex(
  events: Iterable<ClimateEventInput>,
  dyad: Dyad = DEFAULT_DYAD,
): ActDayIndex {
  const builder = new ActDayBuilder(dyad);
  for (const event of events) builder.add(event);
  return builder.finish();
}

/** Every buffer of the index, to transfer it (a prefix array shared by two readings once). */
export function actDayBuffers(index: ActDayIndex): ArrayBuffer[] {
  return [
    ...new Set(
      [
        index.days,
        index.conflict,
        index.cooperation,
        index.counted,
        index.lowConflict,
        index.lowCooperation,
        index.highConflict,
        index.highCooperation,
        index.nearest,
      ].map((a) => a.buffer as ArrayBuffer),
    ),
  ];
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
