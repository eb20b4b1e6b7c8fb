import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActDayIndex, type ClimateAction, type ClimateEventInput } from '../scoring/actDays';
import { climateAt } from '../scoring/climate';
import { toDayNumber } from '../dataset/dates';
import {
  climateOfEvent,
  climateRuns,
  climateSeries,
  summarizeClimate,
  type ClimatePoint,
} from './climateSeries';

const act = (goldstein: number, sentence: string): ClimateAction => ({
  actor: 'USA',
  target: 'RUS',
  cameo: '010',
  goldstein,
  sentence,
  sourceId: 's',
});
const onDay = (day: number, actions: ClimateAction[]): ClimateEventInput => ({
  day,
  span: { start: day, end: day },
  actions,
});

describe('climateSeries', () => {
  it('samples each day of a short domain, and no more than asked of a long one', () => {
    const index = buildActDayIndex([onDay(100, [act(-5, 'a')])]);
    expect(climateSeries(index, [90, 140], 200).map((p) => p.day)).toEqual(
      Array.from({ length: 51 }, (_, i) => 90 + i),
    );
    const long = climateSeries(index, [0, 10_000], 200);
    expect(long.length).toBeLessThanOrEqual(201);
    expect(long.length).toBeGreaterThan(150);
  });

  it('gives each sample the climate of the window before it, and no value where none', () => {
    const index = buildActDayIndex([onDay(100, [act(-5, 'a')]), onDay(200, [act(4, 'b')])]);
    const points = climateSeries(index, [95, 240], 1000);
    for (const point of points) {
      const expected = climateAt(index, point.day, 30);
      expect(point.value).toBe(expected?.value ?? null);
      expect(point.acts).toBe(expected?.acts ?? 0);
    }
    // The day of the act itself is outside its window (the climate going into a day).
    expect(points.find((p) => p.day === 100)?.value).toBeNull();
    expect(points.find((p) => p.day === 101)?.value).toBeGreaterThan(5);
    expect(points.find((p) => p.day === 131)?.value).toBeNull();
  });

  it('samples any index at days that hold their window’s climate (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -10, max: 10 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 120 }),
        (acts, samples) => {
          const index = buildActDayIndex(acts.map(([day, w], i) => onDay(day, [act(w, `${i}`)])));
          const points = climateSeries(index, [0, 450], samples);
          expect(points.length).toBeLessThanOrEqual(samples + 1);
          for (const p of points) expect(p.value).toBe(climateAt(index, p.day, 30)?.value ?? null);
        },
      ),
    );
  });

  it('has nothing to draw without acts', () => {
    expect(climateSeries(buildActDayIndex([]), [0, 100], 50)).toEqual([]);
  });
});

describe('climateOfEvent', () => {
  it('reads the window before the middle of the event’s date', () => {
    const day = toDayNumber('2022-01-10');
    const index = buildActDayIndex([onDay(day, [act(-7, 'a')])]);
    // Known to the month: drawn on the middle of January, after the act.
    expect(climateOfEvent(index, { date: '2022-01-01', datePrecision: 'month' }).acts).toBe(1);
    expect(climateOfEvent(index, { date: '2022-01-10', datePrecision: 'day' }).acts).toBe(0);
  });
});

const point = (day: number, value: number | null): ClimatePoint => ({
  day,
  value,
  low: value,
  high: value,
  acts: value === null ? 0 : 1,
});

describe('climateRuns and summarizeClimate', () => {
  it('breaks the line at every gap, never joining across one', () => {
    const points = [point(0, null), point(1, 4), point(2, 6), point(3, null), point(4, 3)];
    expect(climateRuns(points).map((run) => run.map((p) => p.day))).toEqual([[1, 2], [4]]);
  });

  it('names the highest and lowest values and counts the gaps between them', () => {
    const summary = summarizeClimate([point(0, 4), point(1, null), point(2, 7), point(3, 2)]);
    expect(summary?.highest.day).toBe(2);
    expect(summary?.lowest.day).toBe(3);
    expect(summary?.gaps).toBe(1);
    expect(summarizeClimate([point(0, null)])).toBeNull();
  });
});
