import { describe, expect, it } from 'vitest';
import {
  fromDayNumber,
  isCalendarDate,
  midpointOfSpan,
  spanOf,
  toDayNumber,
  toLocalIsoDate,
} from './dates';

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
  it('covers the whole year for year precision, leap years included', () => {
    const span = spanOf('2024-01-01', 'year');
    expect(fromDayNumber(span.start)).toBe('2024-01-01');
    expect(fromDayNumber(span.end)).toBe('2024-12-31');
    expect(span.end - span.start).toBe(365);
    expect(fromDayNumber(midpointOfSpan(spanOf('2023-01-01', 'year')))).toBe('2023-07-02');
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

describe('toLocalIsoDate', () => {
  it('gives the reader’s date, which before 07:00 in Vietnam is a day ahead of UTC’s', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const earlyMorning = new Date('2026-11-19T20:30:00Z'); // 03:30 on the 20th in Hanoi
      expect(earlyMorning.toISOString().slice(0, 10)).toBe('2026-11-19');
      expect(toLocalIsoDate(earlyMorning)).toBe('2026-11-20');
      expect(toLocalIsoDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
