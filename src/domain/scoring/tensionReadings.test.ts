/**
 * The score on random actions: computed from its evidence, monotone, and spanning every reading
 * the codebook allows (tension.test.ts has the score's rules, case by case).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../dataset/schema';
import { conflictShare, readingsOf, scoreTension, tensionRange, toneEvidence } from './tension';

type Coded = Pick<Action, 'actor' | 'target' | 'cameo' | 'goldstein' | 'alternatives'>;

/** An action from the US to Russia with a weight (the code does not enter the score). */
const usToRussia = (goldstein: number, alternatives?: Coded['alternatives']): Coded => ({
  actor: 'USA',
  target: 'RUS',
  cameo: '010',
  goldstein,
  ...(alternatives ? { alternatives } : {}),
});

/** Random actions: weights on GDELT's one-decimal grid, actors among the sides and others. */
const weight = fc.integer({ min: -100, max: 100 }).map((tenths) => tenths / 10);
const actorCode = fc.constantFrom('USA', 'RUS', 'UKR', 'NATO', null);
const reading = fc.record({ actor: actorCode, target: actorCode, goldstein: weight });
const action: fc.Arbitrary<Coded> = fc
  .record({
    main: reading,
    alternatives: fc.array(fc.record({ reading, drop: fc.boolean() }), { maxLength: 2 }),
  })
  .map(({ main, alternatives }) => ({
    ...main,
    cameo: '010',
    alternatives: alternatives.map(({ reading: r, drop }) => ({
      cameo: '010',
      goldstein: r.goldstein,
      // Some alternatives change only the code and weight, others who acts too.
      ...(drop ? {} : { actor: r.actor, target: r.target }),
      reason: 'another reading',
    })),
  }));
const dyadic = fc
  .record({ actor: fc.constantFrom('USA', 'RUS'), goldstein: weight })
  .map(({ actor, goldstein }) => ({
    actor,
    target: actor === 'USA' ? 'RUS' : 'USA',
    cameo: '010',
    goldstein,
  }));
const RUNS = { numRuns: 2000 };

describe('toneEvidence', () => {
  it('is what the score is computed from', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), (actions) => {
        const { conflict, cooperation } = toneEvidence(actions);
        const share = conflictShare(conflict, cooperation);
        const score = scoreTension(actions);
        if (share === null) expect(score).toBeNull();
        else expect(score).toBeCloseTo(share, 0);
      }),
      RUNS,
    );
  });
});

describe('the score is monotone', () => {
  it('never falls when a conflictual action is added, never rises for a cooperative one', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), dyadic, (actions, added) => {
        const before = scoreTension(actions);
        const after = scoreTension([...actions, added]);
        // A weighing act always gives a score; a 0.0 act leaves the score as it was (N14).
        if (added.goldstein !== 0) expect(after).not.toBeNull();
        else expect(after).toBe(before);
        if (before === null || after === null) return;
        if (added.goldstein < 0) expect(after).toBeGreaterThanOrEqual(before);
        if (added.goldstein > 0) expect(after).toBeLessThanOrEqual(before);
        if (added.goldstein === 0) expect(after).toBe(before);
      }),
      RUNS,
    );
  });
  it('is not moved by an action that is not between the two sides', () => {
    const outside = fc.record({
      actor: fc.constantFrom('USA', 'RUS', 'UKR', null),
      target: fc.constantFrom('UKR', 'NATO', 'G20', null),
      cameo: fc.constant('010'),
      goldstein: weight,
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), outside, (actions, added) => {
        expect(scoreTension([...actions, added])).toBe(scoreTension(actions));
      }),
      RUNS,
    );
  });
  it('stays within 0–10, on the side of neutral its balance lies', () => {
    fc.assert(
      fc.property(fc.array(dyadic, { minLength: 1, maxLength: 12 }), (actions) => {
        const score = scoreTension(actions);
        const net = actions.reduce((sum, a) => sum + Math.round(a.goldstein * 10), 0);
        if (actions.every((a) => a.goldstein === 0)) {
          expect(score).toBeNull();
          return;
        }
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(10);
        if (net < 0) expect(score).toBeGreaterThanOrEqual(5);
        if (net > 0) expect(score).toBeLessThanOrEqual(5);
      }),
      RUNS,
    );
  });
});

/** Every combination of readings, scored: the range's oracle. */
function everyScore(actions: readonly Coded[]): (number | null)[] {
  let combinations: Coded[][] = [[]];
  for (const a of actions) {
    const readings = readingsOf(a).map((r) => ({ ...r, alternatives: undefined }));
    combinations = combinations.flatMap((chosen) => readings.map((r) => [...chosen, r]));
  }
  return combinations.map((chosen) => scoreTension(chosen));
}

describe('tensionRange', () => {
  it('equals the score where no sentence has another reading', () => {
    expect(tensionRange([usToRussia(-5), usToRussia(2.5)])).toEqual([6, 6]);
  });
  it('spans the readings: a demand that may be an appeal', () => {
    const demand = usToRussia(-5, [{ cameo: '0256', goldstein: -0.3, reason: 'an appeal' }]);
    expect(tensionRange([demand, usToRussia(2.5)])).toEqual([
      scoreTension([usToRussia(-0.3), usToRussia(2.5)]),
      scoreTension([usToRussia(-5), usToRussia(2.5)]),
    ]);
  });
  it('covers readings in which an action does not count', () => {
    const maybeAtNato = usToRussia(-4.4, [
      { cameo: '130', goldstein: -4.4, target: 'NATO', reason: 'aimed at NATO' },
    ]);
    expect(tensionRange([maybeAtNato, usToRussia(4)])).toEqual([2.8, 5.1]);
  });
  it('treats a reading of weight 0 as no evidence: the extreme takes the nearest that weighs', () => {
    const pending = usToRussia(0, [{ cameo: '012', goldstein: -0.4, reason: 'pessimistic' }]);
    expect(scoreTension([pending])).toBeNull();
    expect(tensionRange([pending])).toEqual([5.4, 5.4]);
    expect(tensionRange([usToRussia(0)])).toBeNull();
  });
  it('scores an unscored event under a reading that counts it, and is null if none does', () => {
    const noActor: Coded = {
      actor: null,
      target: null,
      cameo: '125',
      goldstein: -5,
      alternatives: [{ cameo: '125', goldstein: -5, actor: 'USA', target: 'RUS', reason: 'US' }],
    };
    expect(scoreTension([noActor])).toBeNull();
    expect(tensionRange([noActor])).toEqual([7.5, 7.5]);
    expect(tensionRange([{ ...noActor, alternatives: [] }])).toBeNull();
  });
  it('is the lowest and highest score over every combination of readings', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 5 }), (actions) => {
        const scores = everyScore(actions).filter((s): s is number => s !== null);
        const range = tensionRange(actions);
        if (scores.length === 0) expect(range).toBeNull();
        else expect(range).toEqual([Math.min(...scores), Math.max(...scores)]);
      }),
      RUNS,
    );
  });
});
