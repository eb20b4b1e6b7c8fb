import { describe, expect, it } from 'vitest';
import type { TimelinePoint } from './aggregate';
import { thinTimeline } from './thinTimeline';

const point = (
  i: number,
  day: number,
  tension: number | null,
  over: Partial<TimelinePoint> = {},
): TimelinePoint => ({
  eventId: `e${i}`,
  day,
  tension,
  tensionRange: tension === null ? null : [tension, tension],
  kind: 'meeting',
  status: 'held',
  category: 'us-russia',
  title: { en: `E${i}`, vi: `E${i}` },
  placeId: null,
  date: '2022-01-01',
  datePrecision: 'day',
  highlighted: true,
  selected: false,
  ...over,
});

describe('thinTimeline', () => {
  it('draws every event on its own while there are few', () => {
    const series = [point(1, 10, 4), point(2, 20, 6)];
    expect(thinTimeline(series, [0, 100]).map((m) => [m.eventId, m.count])).toEqual([
      ['e1', 1],
      ['e2', 1],
    ]);
  });

  it('bounds the marks for many events and accounts for every event', () => {
    const series = Array.from({ length: 10_000 }, (_, i) => point(i, i % 1000, (i % 20) / 2));
    const marks = thinTimeline(series, [0, 1000]);
    expect(marks.length).toBeLessThanOrEqual(400);
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(10_000);
  });

  it('keeps the selected event as its own mark', () => {
    const series = Array.from({ length: 1000 }, (_, i) => point(i, 5, 4, { selected: i === 500 }));
    const marks = thinTimeline(series, [0, 100]);
    expect(marks.find((m) => m.eventId === 'e500')).toMatchObject({ count: 1, selected: true });
    expect(marks.find((m) => m.count === 999)).toBeDefined();
  });

  it('keeps unscored events in a lane of their own, never averaged into a score', () => {
    const series = Array.from({ length: 1000 }, (_, i) =>
      point(i, 5, i % 2 === 0 ? null : 4, { tensionRange: i % 2 === 0 ? null : [3, 6] }),
    );
    const marks = thinTimeline(series, [0, 100]);
    expect(marks.find((m) => m.tension === null)).toMatchObject({ count: 500, tensionRange: null });
    expect(marks.find((m) => m.tension === 4)).toMatchObject({ count: 500, tensionRange: [3, 6] });
  });
});
