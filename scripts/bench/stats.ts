/**
 * Pure helpers of the benchmark: percentiles, quiet detection, and reading the page's record of
 * DOM changes (batches) into settled times, playback lag and brush-follow counts. No browser here,
 * so they are unit-tested (tests/unit/benchStats.test.ts).
 */

/** One MutationObserver callback on the dashboard, as the page recorded it. */
export interface Batch {
  /** performance.now() when the observer ran (the change is in the DOM by then). */
  t: number;
  /** The end of the first frame painted after `t` (null until that frame has been painted). */
  paint: number | null;
  /** Which views the batch touched (bits of VIEW). */
  views: number;
  /** Whether anything in the dashboard was dimmed or busy right after this batch. */
  busy: boolean;
  /** The status line's text right after this batch. */
  status: string;
  /** The range control's thumbs' values (aria-valuetext or aria-valuenow) right after it. */
  thumbs: string;
}

export const VIEW = { status: 1, map: 2, timeline: 4, quotes: 8, rangeControl: 16, other: 32 };
/** The three views a filter change must reach (the status line is checked on its own). */
export const ALL_VIEWS = VIEW.map | VIEW.timeline | VIEW.quotes;

/** Nearest-rank percentile (p in 0..100) of the finite values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** The main thread's task time, sampled from CDP's Performance.getMetrics (seconds). */
export interface TaskSample {
  at: number;
  taskSeconds: number;
}

/**
 * Quiet: nothing in the dashboard changed and no long task ended for the last `windowMs`
 * (`lastActivity` and `now` in the page's clock), and the main thread spent at most
 * `maxBusyShare` of that window in tasks (`tasks` in the Node clock, up to `tasksNow`). The task
 * samples must reach back to the window's start with no gap over `maxGapMs`, else it is not
 * known yet.
 */
export function isQuiet(options: {
  now: number;
  lastActivity: number;
  windowMs: number;
  tasks: readonly TaskSample[];
  tasksNow: number;
  maxBusyShare?: number;
  maxGapMs?: number;
}): boolean {
  const { now, lastActivity, windowMs, tasks, tasksNow } = options;
  const { maxBusyShare = 0.3, maxGapMs = 250 } = options;
  if (now - lastActivity < windowMs) return false;
  const last = tasks.at(-1);
  const start = tasksNow - windowMs;
  const fromIndex = tasks.findLastIndex((sample) => sample.at <= start);
  const from = tasks[fromIndex];
  if (!last || !from) return false;
  // From the sample before the window's start to now, no gap (a gap is time not watched).
  for (let i = fromIndex + 1; i < tasks.length; i++) {
    if ((tasks[i] as TaskSample).at - (tasks[i - 1] as TaskSample).at > maxGapMs) return false;
  }
  const busyMs = (last.taskSeconds - from.taskSeconds) * 1000;
  return busyMs <= maxBusyShare * (last.at - from.at);
}

/** The views that differ between two signatures (status, map, timeline, quotes). */
export function changedViews(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(before).filter((view) => before[view] !== after[view]);
}

export interface PlaybackTick {
  /** The end of the frame that painted this tick's status line. */
  statusPaint: number;
  /** The end of the frame in which the views had settled for this tick; null if they never did. */
  settledPaint: number | null;
  /** A later tick began before the views had settled for this one. */
  overtaken: boolean;
}

/**
 * Splits the batches into ticks at each change of the status line (from `initialStatus`). A
 * tick's views have settled when, before the next tick begins, the map, timeline or quotes
 * changed and the tick's last batch leaves nothing dimmed or busy; then at that batch's frame.
 * (Views that change in the status line's own batch, nothing dimmed, settle in that frame.)
 */
export function readPlaybackTicks(
  batches: readonly Batch[],
  initialStatus: string,
): PlaybackTick[] {
  const ticks: PlaybackTick[] = [];
  for (const segment of splitWhen(batches, initialStatus, (b) => b.status)) {
    const first = segment[0] as Batch;
    const last = segment.at(-1) as Batch;
    if (first.paint === null) continue;
    const settled = segment.some((b) => (b.views & ALL_VIEWS) !== 0) && !last.busy;
    ticks.push({
      statusPaint: first.paint,
      settledPaint: settled ? last.paint : null,
      overtaken: false,
    });
    const previous = ticks.at(-2);
    if (previous && previous.settledPaint === null) previous.overtaken = true;
  }
  return ticks;
}

export interface DragFollow {
  /** Positions the thumbs took during the drag (each change of their values is a step). */
  steps: number;
  /** Steps during which the status line changed. */
  statusFollowed: number;
  /** Steps during which the status line changed and the views then settled on it. */
  viewsFollowed: number;
}

/**
 * Splits the batches into steps at each change of the thumbs' values (from `initialThumbs`). The
 * status line followed a step if it changed within it; the views followed if, from that change
 * on, the map, timeline or quotes changed and the step's last batch leaves nothing dimmed or busy.
 */
export function readDragFollow(
  batches: readonly Batch[],
  initialThumbs: string,
  initialStatus: string,
): DragFollow {
  const result: DragFollow = { steps: 0, statusFollowed: 0, viewsFollowed: 0 };
  let status = initialStatus;
  for (const step of splitWhen(batches, initialThumbs, (b) => b.thumbs)) {
    result.steps += 1;
    const from = step.findIndex((b) => b.status !== status);
    status = (step.at(-1) as Batch).status;
    if (from < 0) continue;
    result.statusFollowed += 1;
    const rest = step.slice(from);
    if (rest.some((b) => (b.views & ALL_VIEWS) !== 0) && !(rest.at(-1) as Batch).busy)
      result.viewsFollowed += 1;
  }
  return result;
}

/** The runs of batches that begin where `key` takes a new value; batches before the first change are left out. */
function splitWhen(
  batches: readonly Batch[],
  initial: string,
  key: (batch: Batch) => string,
): Batch[][] {
  const runs: Batch[][] = [];
  let value = initial;
  for (const batch of batches) {
    if (key(batch) !== value) {
      runs.push([]);
      value = key(batch);
    }
    runs.at(-1)?.push(batch);
  }
  return runs;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter(Number.isFinite);
  return { n: finite.length, p50: percentile(finite, 50), p95: percentile(finite, 95) };
}
