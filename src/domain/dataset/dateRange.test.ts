import { describe, expect, it } from 'vitest';
import { filterByRange, isInRange } from '../../../tests/fixtures/rangeOracle';
import { normalizeRange, withRangeEnd } from './dateRange';

const day = (date: string) => ({ date, datePrecision: 'day' as const });
const month = (date: string) => ({ date, datePrecision: 'month' as const });

describe('filterByRange', () => {
  const records = [day('2021-12-02'), day('2022-01-21'), month('2023-02-01'), day('2023-03-02')];

  it('is inclusive at both ends', () => {
    expect(filterByRange(records, { from: '2021-12-02', to: '2022-01-21' })).toEqual([
      records[0],
      records[1],
    ]);
  });

  it('keeps everything when both ends are open', () => {
    expect(filterByRange(records, { from: null, to: null })).toHaveLength(4);
  });

  it('reads a reversed range the right way round', () => {
    const reversed = { from: '2022-12-31', to: '2022-01-01' };
    expect(normalizeRange(reversed)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(filterByRange(records, reversed)).toEqual([records[1]]);
  });

  it('returns nothing for a range between events', () => {
    expect(filterByRange(records, { from: '2024-01-01', to: '2024-12-31' })).toEqual([]);
  });

  it('includes a month-precision event when the range touches any day of its month', () => {
    const feb = month('2023-02-01');
    expect(isInRange(feb, { from: '2023-02-28', to: '2023-03-31' })).toBe(true);
    expect(isInRange(feb, { from: null, to: '2023-02-01' })).toBe(true);
    expect(isInRange(feb, { from: '2023-03-01', to: null })).toBe(false);
    expect(isInRange(feb, { from: '2023-01-01', to: '2023-01-31' })).toBe(false);
  });
});

describe('withRangeEnd', () => {
  const range = { from: '2022-01-01', to: '2022-03-31' };
  it('sets one end and keeps the other', () => {
    expect(withRangeEnd(range, 'from', '2022-02-01')).toEqual({
      from: '2022-02-01',
      to: '2022-03-31',
    });
    expect(withRangeEnd(range, 'to', '2022-01-31')).toEqual({
      from: '2022-01-01',
      to: '2022-01-31',
    });
    expect(withRangeEnd(range, 'to', null)).toEqual({ from: '2022-01-01', to: null });
  });
  it('opens the other end when one is set past it, never making a reversed range', () => {
    expect(withRangeEnd(range, 'from', '2025-01-01')).toEqual({ from: '2025-01-01', to: null });
    expect(withRangeEnd(range, 'to', '2021-06-30')).toEqual({ from: null, to: '2021-06-30' });
  });
  it('takes a one-day range', () => {
    expect(withRangeEnd(range, 'from', '2022-03-31')).toEqual({
      from: '2022-03-31',
      to: '2022-03-31',
    });
  });
});
