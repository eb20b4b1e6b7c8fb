import { describe, expect, it } from 'vitest';
import { fromDayNumber, isCalendarDate, midpointOfSpan, spanOf, toDayNumber } from './dates';

describe('isCalendarDate', () => {
  it.each(['2022-01-21', '2024-02-29', '2023-12-31'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each(['2023-02-29', '2022-13-40', '2022-00-10', '2022-01-00', '2022-1-5', '21/1/2022', ''])(
    'rejects %s',
    (d) => {
      expect(isCalendarDate(d)).toBe(false);
    },
  );
});

describe('day numbers', () => {
  it('round-trips and counts whole days', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2022-01-21'))).toBe('2022-01-21');
    expect(toDayNumber('2022-03-01') - toDayNumber('2022-02-28')).toBe(1);
  });
  it('refuses a date that does not exist', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
  });
});

describe('spanOf / midpointOfSpan', () => {
  it('covers the whole month for month precision', () => {
    const span = spanOf('2024-02-01', 'month');
    expect(fromDayNumber(span.start)).toBe('2024-02-01');
    expect(fromDayNumber(span.end)).toBe('2024-02-29');
  });
  it('is a single day for day precision', () => {
    const span = spanOf('2025-10-20', 'day');
    expect(span.start).toBe(span.end);
  });
  it('places a month-precision record mid-month', () => {
    expect(fromDayNumber(midpointOfSpan(spanOf('2025-08-01', 'month')))).toBe('2025-08-16');
    expect(fromDayNumber(midpointOfSpan(spanOf('2025-08-15', 'day')))).toBe('2025-08-15');
  });
});

describe('day numbers by arithmetic', () => {
  it('agree with the Date object on every day from 1900 to 2100', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    let mismatches = 0;
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toDayNumber(iso) !== day) mismatches += 1;
    }
    expect(last - first).toBeGreaterThan(73_000);
    expect(mismatches).toBe(0);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of [
      '2023-02-29',
      '2022-13-01',
      '2022-00-10',
      '2022-01-32',
      '2022-1-01',
      'x022-01-01',
    ])
      expect(() => toDayNumber(bad), bad).toThrow(RangeError);
    expect(toDayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });
});
