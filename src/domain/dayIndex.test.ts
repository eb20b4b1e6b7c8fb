import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, midpointOfSpan, spanOf, toDayNumber, type DaySpan } from './dates';
import { overlaps } from './dateRange';
import { buildDayIndex, countInRange, rangeSlices } from './dayIndex';
import type { DatePrecision } from './vocabulary';

interface Indexed {
  day: number;
  span: DaySpan;
  quotes: number;
}

/** Records as the dataset index holds them: sorted by the day they are drawn on. */
function indexed(records: readonly { date: string; precision: DatePrecision; quotes: number }[]) {
  const events: Indexed[] = records
    .map(({ date, precision, quotes }) => {
      const span = spanOf(date, precision);
      return { day: midpointOfSpan(span), span, quotes };
    })
    .sort((a, b) => a.day - b.day);
  const byDay = buildDayIndex(
    events,
    events.map((_, i) => i),
    (i) => events[i]?.quotes ?? 0,
  );
  return { events, byDay };
}

/** The plain way: every event, one at a time. */
function scan(events: readonly Indexed[], range: DaySpan) {
  const hits = events.filter((e) => overlaps(e.span, range));
  return { events: hits.length, quotes: hits.reduce((sum, e) => sum + e.quotes, 0) };
}

const FIRST = toDayNumber('2019-01-01');
const LAST = toDayNumber('2026-12-31');
const day = fc.integer({ min: FIRST, max: LAST });
/** A date at each precision, written as the schema writes it (day 01, 1 January). */
const record = fc.record({
  day,
  precision: fc.constantFrom<DatePrecision>('day', 'month', 'year'),
  quotes: fc.integer({ min: 0, max: 3 }),
});
const toRecord = ({
  day: d,
  precision,
  quotes,
}: {
  day: number;
  precision: DatePrecision;
  quotes: number;
}) => {
  const iso = fromDayNumber(d);
  const date =
    precision === 'day'
      ? iso
      : precision === 'month'
        ? `${iso.slice(0, 8)}01`
        : `${iso.slice(0, 4)}-01-01`;
  return { date, precision, quotes };
};
const range = fc
  .tuple(day, fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ start, end: start + length }));

describe('the day index', () => {
  it('finds a year-precision event from a range inside its year, far from its middle', () => {
    const { events, byDay } = indexed([{ date: '2022-01-01', precision: 'year', quotes: 2 }]);
    const november = { start: toDayNumber('2022-11-01'), end: toDayNumber('2022-11-30') };
    expect(countInRange(byDay, events, november)).toEqual({ events: 1, quotes: 2 });
    expect(byDay.maxHalfSpan).toBe(182);
  });

  it('takes its slack from the data: none for days alone, half a month, half a leap year', () => {
    expect(indexed([{ date: '2022-05-04', precision: 'day', quotes: 0 }]).byDay.maxHalfSpan).toBe(
      0,
    );
    expect(indexed([{ date: '2022-07-01', precision: 'month', quotes: 0 }]).byDay.maxHalfSpan).toBe(
      15,
    );
    expect(indexed([{ date: '2024-01-01', precision: 'year', quotes: 0 }]).byDay.maxHalfSpan).toBe(
      183,
    );
  });

  it('counts what a plain scan counts, for any mix of precisions and any range', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), range, (records, days) => {
        const { events, byDay } = indexed(records.map(toRecord));
        expect(countInRange(byDay, events, days)).toEqual(scan(events, days));
      }),
      { numRuns: 400 },
    );
  });

  it('slices every event that overlaps, and marks inside only events that surely do', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), range, (records, days) => {
        const { events, byDay } = indexed(records.map(toRecord));
        const { start, end, innerStart, innerEnd } = rangeSlices(byDay, days);
        events.forEach((event, k) => {
          if (overlaps(event.span, days)) expect(k >= start && k < end).toBe(true);
          if (k >= innerStart && k < innerEnd) expect(overlaps(event.span, days)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('counts every event of an open range', () => {
    const { events, byDay } = indexed([
      { date: '2021-01-01', precision: 'year', quotes: 1 },
      { date: '2023-03-15', precision: 'day', quotes: 0 },
    ]);
    expect(countInRange(byDay, events, { start: -Infinity, end: Infinity })).toEqual({
      events: 2,
      quotes: 1,
    });
  });
});
