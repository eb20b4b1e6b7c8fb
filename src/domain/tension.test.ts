import { describe, expect, it } from 'vitest';
import { explainTension, scoreTension, tensionBand, tensionColor, TENSION_COLORS } from './tension';

describe('scoreTension', () => {
  it('maps the Goldstein extremes onto 0–10, higher meaning more tense', () => {
    expect(scoreTension([{ goldstein: 10 }])).toBe(0);
    expect(scoreTension([{ goldstein: 0 }])).toBe(5);
    expect(scoreTension([{ goldstein: -10 }])).toBe(10);
  });
  it('averages the weights of all actions', () => {
    // mean of 4.0 and -2.0 is 1.0 → (10 − 1) / 2 = 4.5
    expect(scoreTension([{ goldstein: 4 }, { goldstein: -2 }])).toBe(4.5);
  });
  it('rounds to one decimal', () => {
    // mean 0.22 → 4.89 → 4.9
    expect(scoreTension([2.5, -5, -4.4, 4, 4].map((goldstein) => ({ goldstein })))).toBe(4.9);
  });
  it('refuses an event with no coded action', () => {
    expect(() => scoreTension([])).toThrow(RangeError);
  });
});

describe('explainTension', () => {
  it('splits the score into shares that add up to it', () => {
    const parts = explainTension([{ goldstein: 4 }, { goldstein: -2 }]);
    expect(parts.map((p) => p.tension)).toEqual([3, 6]);
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(4.5);
  });
});

describe('tension colours', () => {
  it('bands the scale in five', () => {
    expect([0, 1.9, 2, 5, 7.9, 8, 10].map(tensionBand)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });
  it('clamps values outside the scale', () => {
    expect(tensionColor(-3)).toBe(TENSION_COLORS[0]);
    expect(tensionColor(42)).toBe(TENSION_COLORS[4]);
  });
});
