import { describe, expect, it } from 'vitest';
import { findPeriod, PERIODS } from './periods';

describe('periods', () => {
  it('follow each other without gaps or overlaps', () => {
    const [, before, war, trump] = PERIODS;
    const nextDay = (iso: string) =>
      new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    expect(nextDay(before.range.to)).toBe(war.range.from);
    expect(nextDay(war.range.to)).toBe(trump.range.from);
  });
  it('recognises a range that equals a preset', () => {
    expect(findPeriod({ from: '2022-02-24', to: '2025-01-19' })).toBe('war-biden');
    expect(findPeriod({ from: null, to: null })).toBe('all');
    expect(findPeriod({ from: '2022-02-24', to: null })).toBeNull();
  });
});
