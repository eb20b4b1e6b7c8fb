import { describe, expect, it } from 'vitest';
import type { Action } from '../dataset/schema';
import {
  conflictShare,
  explainTension,
  isBetweenSides,
  legacyTension,
  scoreTension,
  tensionRange,
  toneEvidence,
} from './tension';
import {
  isBandUncertain,
  tensionBand,
  tensionColor,
  TENSION_BANDS,
  TENSION_COLORS,
  UNSCORED_COLOR,
} from './tensionBands';

type Coded = Pick<Action, 'actor' | 'target' | 'cameo' | 'goldstein' | 'alternatives'>;

/** An action from the US to Russia with a weight (the code does not enter the score). */
const usToRussia = (goldstein: number, alternatives?: Coded['alternatives']): Coded => ({
  actor: 'USA',
  target: 'RUS',
  cameo: '010',
  goldstein,
  ...(alternatives ? { alternatives } : {}),
});

describe('scoreTension', () => {
  it('has no score where the counted actions weigh nothing (N14): no evidence either way', () => {
    expect(scoreTension([usToRussia(0)])).toBeNull();
    expect(scoreTension([usToRussia(0), usToRussia(0)])).toBeNull();
    // One act that weighs, and the 0.0 act adds nothing to it.
    expect(scoreTension([usToRussia(0), usToRussia(-0.4)])).toBe(scoreTension([usToRussia(-0.4)]));
    expect(scoreTension([usToRussia(-5), usToRussia(5)])).toBe(5);
  });
  it('is the conflictual share of the weight, with 2.5 of each kind added', () => {
    // 10 × (5 + 2.5) / (5 + 0 + 5) = 7.5
    expect(scoreTension([usToRussia(-5)])).toBe(7.5);
    // 10 × (0 + 2.5) / (0 + 4 + 5) = 2.78
    expect(scoreTension([usToRussia(4)])).toBe(2.8);
    // conflict 4.4, cooperation 2.5 + 4 = 6.5: 10 × 6.9 / 15.9 = 4.34
    expect(scoreTension([usToRussia(2.5), usToRussia(-4.4), usToRussia(4)])).toBe(4.3);
  });
  it('moves one action alone at most 3.3 points from neutral', () => {
    expect(scoreTension([usToRussia(-10)])).toBe(8.3);
    expect(scoreTension([usToRussia(10)])).toBe(1.7);
  });
  it('counts only actions from one side to the other, in either direction', () => {
    const toUkraine: Coded = { actor: 'USA', target: 'UKR', cameo: '032', goldstein: 4.5 };
    const russiaToUs: Coded = { actor: 'RUS', target: 'USA', cameo: '1123', goldstein: -2 };
    expect(scoreTension([russiaToUs, toUkraine])).toBe(scoreTension([russiaToUs]));
    expect(scoreTension([toUkraine])).toBeNull();
    expect(scoreTension([{ ...russiaToUs, actor: null }])).toBeNull();
  });
  it('takes the two sides from the dataset when it names them', () => {
    const action: Coded = { actor: 'FRA', target: 'DEU', cameo: '036', goldstein: 4 };
    expect(scoreTension([action])).toBeNull();
    expect(scoreTension([action], ['DEU', 'FRA'])).toBe(2.8);
  });
  it('sums weights without floating-point drift', () => {
    // conflict 0.3, cooperation 2.5 + 0.4 + 0.1: 10 × 2.8 / 8.3 = 3.373…
    expect(
      scoreTension([usToRussia(-0.3), usToRussia(2.5), usToRussia(0.4), usToRussia(0.1)]),
    ).toBe(3.4);
    // conflict 0.1 + 0.2 (= 0.30000000000000004 in floating point) scores like 0.3
    expect(scoreTension([usToRussia(-0.1), usToRussia(-0.2)])).toBe(
      scoreTension([usToRussia(-0.3)]),
    );
    // conflict 1.25: 10 × 3.75 / 6.25 = 6 exactly
    expect(scoreTension([usToRussia(-1.25)])).toBe(6);
  });
  it('has no score for an event with no action', () => {
    expect(scoreTension([])).toBeNull();
  });
});

describe('toneEvidence', () => {
  it('sums the counted acts of the chosen reading, as positive amounts, and counts them', () => {
    const toUkraine: Coded = { actor: 'USA', target: 'UKR', cameo: '032', goldstein: 4.5 };
    const appeal = usToRussia(-0.3, [{ cameo: '1056', goldstein: -5, reason: 'a demand' }]);
    expect(toneEvidence([usToRussia(-5), usToRussia(4), toUkraine, appeal, usToRussia(0)])).toEqual(
      { conflict: 5.3, cooperation: 4, acts: 4 },
    );
    expect(toneEvidence([toUkraine])).toEqual({ conflict: 0, cooperation: 0, acts: 0 });
  });
  it('takes the two sides from the dataset when it names them', () => {
    const action: Coded = { actor: 'FRA', target: 'DEU', cameo: '036', goldstein: 4 };
    expect(toneEvidence([action], ['DEU', 'FRA'])).toEqual({
      conflict: 0,
      cooperation: 4,
      acts: 1,
    });
  });
});

describe('conflictShare', () => {
  it('is the share with half the prior of each kind, and null without weight', () => {
    expect(conflictShare(5, 0)).toBe(7.5);
    expect(conflictShare(0, 4, 2)).toBeCloseTo(10 / 6);
    expect(conflictShare(0, 0)).toBeNull();
  });
});

describe('isBetweenSides', () => {
  it('is true one way or the other, false for anyone else or no one', () => {
    expect(isBetweenSides('USA', 'RUS')).toBe(true);
    expect(isBetweenSides('RUS', 'USA')).toBe(true);
    expect(isBetweenSides('USA', 'USA')).toBe(false);
    expect(isBetweenSides('RUS', 'NATO')).toBe(false);
    expect(isBetweenSides(null, 'RUS')).toBe(false);
  });
});

describe('explainTension', () => {
  it('says which actions count, their sums and which ones move the range', () => {
    const appeal = usToRussia(-0.3, [{ cameo: '1056', goldstein: -5, reason: 'a demand' }]);
    const toUkraine: Coded = { actor: 'USA', target: 'UKR', cameo: '032', goldstein: 4.5 };
    const explained = explainTension([usToRussia(2.5), appeal, toUkraine]);
    expect(explained.parts.map((p) => [p.counted, p.movesRange])).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
    expect(explained.conflict).toBe(0.3);
    expect(explained.cooperation).toBe(2.5);
    expect(explained.acts).toBe(2);
    expect(explained.tension).toBe(scoreTension([usToRussia(2.5), appeal]));
    expect(explained.range).toEqual(tensionRange([usToRussia(2.5), appeal]));
  });
});

describe('legacyTension', () => {
  it('is the mean-based score that earlier versions stored', () => {
    // mean of 4.0 and -2.0 is 1.0 → (10 − 1) / 2 = 4.5
    expect(legacyTension([{ goldstein: 4 }, { goldstein: -2 }])).toBe(4.5);
    expect(legacyTension([])).toBeNull();
  });
});

describe('tension colours', () => {
  it('names the bands for the share they stand for', () => {
    expect(TENSION_BANDS.map((b) => b.key)).toEqual([
      'mostly-cooperative',
      'more-cooperative',
      'even',
      'more-conflictual',
      'mostly-conflictual',
    ]);
  });
  it('bands the scale in five', () => {
    expect([0, 1.9, 2, 5, 7.9, 8, 10].map(tensionBand)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
  it('clamps values outside the scale, and greys out events with no score', () => {
    expect(tensionColor(-3)).toBe(TENSION_COLORS[0]);
    expect(tensionColor(42)).toBe(TENSION_COLORS[4]);
    expect(tensionColor(null)).toBe(UNSCORED_COLOR);
  });
  it('calls a range uncertain when its ends lie in different bands', () => {
    expect(isBandUncertain([4.1, 5.9])).toBe(false);
    expect(isBandUncertain([5.4, 7.5])).toBe(true);
    expect(isBandUncertain(null)).toBe(false);
  });
});
