/** The benchmark's pure helpers (scripts/bench/stats.ts): no browser and no timing here. */
import { describe, expect, it } from 'vitest';
import {
  isQuiet,
  percentile,
  readDragFollow,
  readPlaybackTicks,
  VIEW,
  type Batch,
  type TaskSample,
} from '../../scripts/bench/stats';

const batch = (t: number, fields: Partial<Batch> = {}): Batch => ({
  t,
  paint: t + 10,
  views: 0,
  busy: false,
  status: 'A',
  thumbs: '1',
  ...fields,
});

describe('percentile', () => {
  it('takes the nearest rank, ignoring values that are not numbers', () => {
    const values = [5, 1, 4, 2, 3, NaN];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });

  it('is NaN with nothing to rank', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([NaN], 50)).toBeNaN();
  });
});

describe('isQuiet', () => {
  /** Task samples every 50 ms from 0 to `until`, busy for `busyShare` of each interval. */
  const samples = (until: number, busyShare: number): TaskSample[] =>
    Array.from({ length: until / 50 + 1 }, (_, i) => ({
      at: i * 50,
      taskSeconds: (i * 50 * busyShare) / 1000,
    }));

  it('needs the whole window without a DOM change or long task', () => {
    const tasks = samples(1000, 0.05);
    const quiet = { windowMs: 400, tasks, tasksNow: 1000, now: 5000 };
    expect(isQuiet({ ...quiet, lastActivity: 4500 })).toBe(true);
    expect(isQuiet({ ...quiet, lastActivity: 4700 })).toBe(false);
  });

  it('is not quiet while the main thread works, even without DOM changes', () => {
    const tasks = samples(1000, 0.8);
    expect(isQuiet({ windowMs: 400, tasks, tasksNow: 1000, now: 5000, lastActivity: 0 })).toBe(
      false,
    );
  });

  it('does not know yet when its samples do not reach back over the window, or have a gap', () => {
    const short = samples(300, 0);
    expect(
      isQuiet({ windowMs: 400, tasks: short, tasksNow: 300, now: 5000, lastActivity: 0 }),
    ).toBe(false);
    const late = samples(1000, 0).filter((s) => s.at === 0 || s.at >= 700);
    expect(
      isQuiet({ windowMs: 400, tasks: late, tasksNow: 1000, now: 5000, lastActivity: 0 }),
    ).toBe(false);
    const gap = samples(1000, 0).filter((s) => s.at < 600 || s.at > 900);
    expect(isQuiet({ windowMs: 400, tasks: gap, tasksNow: 1000, now: 5000, lastActivity: 0 })).toBe(
      false,
    );
  });
});

describe('readPlaybackTicks', () => {
  it('settles a tick whose views follow it, and counts a tick overtaken by the next', () => {
    const ticks = readPlaybackTicks(
      [
        batch(0, { status: 'B', busy: true }),
        batch(30, { status: 'B', views: VIEW.map | VIEW.quotes }),
        batch(60, { status: 'C', busy: true }),
        batch(120, { status: 'D', busy: true }),
        batch(150, { status: 'D', views: VIEW.timeline }),
      ],
      'A',
    );
    expect(ticks).toEqual([
      { statusPaint: 10, settledPaint: 40, overtaken: false },
      { statusPaint: 70, settledPaint: null, overtaken: true },
      { statusPaint: 130, settledPaint: 160, overtaken: false },
    ]);
  });

  it('settles in the status line’s own frame when the views change with it', () => {
    const ticks = readPlaybackTicks(
      [batch(0, { status: 'B', views: VIEW.status | VIEW.map })],
      'A',
    );
    expect(ticks).toEqual([{ statusPaint: 10, settledPaint: 10, overtaken: false }]);
  });
});

describe('readDragFollow', () => {
  it('counts steps of the thumbs, those the status line followed and those the views followed', () => {
    const follow = readDragFollow(
      [
        // Step 2: the thumb only.
        batch(0, { thumbs: '2', views: VIEW.rangeControl }),
        // Step 3: the status line, then the views, settled.
        batch(20, { thumbs: '3', views: VIEW.rangeControl }),
        batch(25, { thumbs: '3', status: 'B', busy: true }),
        batch(40, { thumbs: '3', status: 'B', views: VIEW.map | VIEW.timeline | VIEW.quotes }),
        // Step 4: the status line, the views still dimmed when the next step comes.
        batch(60, { thumbs: '4', status: 'C', busy: true }),
        batch(80, { thumbs: '5', views: VIEW.rangeControl, status: 'C', busy: true }),
      ],
      '1',
      'A',
    );
    expect(follow).toEqual({ steps: 4, statusFollowed: 2, viewsFollowed: 1 });
  });
});
