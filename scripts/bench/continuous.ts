/**
 * The two measures of motion: a brush dragged without pause (frames painted per second, and how
 * many of its steps the status line and the views followed) and playback at 4× (how far the
 * views fall behind the ticks).
 */
import { findThumb, rangeControlWidth, restoreNeutral, scrollToRegion } from './page';
import { REGIONS } from './probe';
import type { Sampler } from './sampler';
import {
  readDragFollow,
  readPlaybackTicks,
  summarize,
  type DragFollow,
  type Summary,
} from './stats';

const DRAG_MS = 2000;
const MOVE_EVERY_MS = 16;
/** The drag sweeps 40 months of the range control to the right and back. */
const SWEEP_MONTHS = 40;
const MONTHS_ON_CONTROL = 60;
const TICKS = 40;

export interface BrushRate extends DragFollow {
  /** Frames painted per second during the drag (rAF callbacks counted). */
  fps: number;
  /** Frames per second of the same page at rest, for comparison: the most there can be. */
  idleFps: number;
  /** Pointer moves sent, and those the page received (Chromium merges moves within a frame). */
  moves: number;
  movesReceived: number;
  durationMs: number;
  longTasks: number;
  longestTaskMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Frames painted per second over `ms` of the page at rest: the most a drag could get. */
async function restingFrameRate(sampler: Sampler, ms: number): Promise<number> {
  await sampler.arm();
  await sampler.page.evaluate(() => window.__bench.countFrames(true));
  await sleep(ms);
  const { frames, countedMs } = await sampler.collect();
  return (frames.length * 1000) / countedMs;
}

/** Drags the From thumb with a pointer move every 16 ms for 2 s, then lets go. */
export async function measureBrushRate(sampler: Sampler): Promise<BrushRate> {
  const { page } = sampler;
  await restoreNeutral(sampler);
  await scrollToRegion(page, REGIONS.timeline);
  const idleFps = await restingFrameRate(sampler, 1000);
  const box = await (await findThumb(page, 'From')).boundingBox();
  if (!box) throw new Error('the From thumb is not on screen');
  const sweepPx = ((await rangeControlWidth(page)) / MONTHS_ON_CONTROL) * SWEEP_MONTHS;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const drag = await sweep(sampler, x, y, sweepPx).finally(() => page.mouse.up());
  const { collected, initial, moves } = drag;
  const follow = readDragFollow(collected.batches, initial.thumbs, initial.status);
  await restoreNeutral(sampler);
  return {
    fps: (collected.frames.length * 1000) / collected.countedMs,
    idleFps,
    moves,
    movesReceived: collected.pointerMoves,
    durationMs: collected.countedMs,
    ...follow,
    longTasks: collected.longTasks.length,
    longestTaskMs: Math.max(0, ...collected.longTasks.map((t) => t.duration)),
  };
}

/** With the thumb held: moves right by `sweepPx` and back over DRAG_MS, counting frames. */
async function sweep(sampler: Sampler, x: number, y: number, sweepPx: number) {
  const { page } = sampler;
  if (await sampler.waitQuiet()) throw new Error('the page did not settle after the press');
  const initial = await page.evaluate(() => ({
    status: window.__bench.status(),
    thumbs: window.__bench.thumbs(),
  }));
  await sampler.arm();
  await page.evaluate(() => window.__bench.countFrames(true));
  // A hand moves on whether or not the page keeps up: each move is sent on time, not after the
  // page has taken the one before.
  const sent: Promise<void>[] = [];
  const started = Date.now();
  while (Date.now() - started < DRAG_MS) {
    const phase = (Date.now() - started) / DRAG_MS;
    const offset = (phase < 0.5 ? phase * 2 : 2 - phase * 2) * sweepPx;
    sent.push(page.mouse.move(x + offset, y));
    await sleep(started + sent.length * MOVE_EVERY_MS - Date.now());
  }
  await Promise.all(sent);
  return { collected: await sampler.collect(), initial, moves: sent.length };
}

export interface PlaybackLag {
  ticks: number;
  /** Ticks that began before the views had settled for the previous one. */
  behind: number;
  /** Ticks whose views never settled before the next tick. */
  unsettled: number;
  /** From the frame that painted a tick's status line to the frame in which the views settled. */
  lag: Summary;
  lagsMs: number[];
  longTasks: number;
  longestTaskMs: number;
  failure: string | null;
}

/** Plays at 4× for about 40 ticks (changes of the status line), then pauses. */
export async function measurePlayback(sampler: Sampler): Promise<PlaybackLag> {
  const { page } = sampler;
  await restoreNeutral(sampler);
  await page.getByLabel('Speed', { exact: true }).selectOption('4');
  if (await sampler.waitQuiet()) throw new Error('the page did not settle after choosing 4×');
  const initialStatus = await page.evaluate(() => window.__bench.status());
  await sampler.arm();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const started = Date.now();
  let failure: string | null = null;
  for (;;) {
    const changes = await page.evaluate(() => window.__bench.state().statusChanges);
    if (changes > TICKS) break;
    if (Date.now() - started > sampler.options.timeoutMs) {
      failure = `only ${changes} ticks in ${Math.round(sampler.options.timeoutMs / 1000)} s`;
      break;
    }
    await sleep(100);
  }
  // The page keeps painting while it plays: wait a moment for the last ticks' frames.
  await sleep(200);
  const { batches, longTasks } = await sampler.collect();
  await restoreNeutral(sampler);
  const ticks = readPlaybackTicks(batches, initialStatus).slice(0, TICKS);
  const lagsMs = ticks.flatMap((t) =>
    t.settledPaint === null ? [] : [t.settledPaint - t.statusPaint],
  );
  return {
    ticks: ticks.length,
    behind: ticks.filter((t) => t.overtaken).length,
    unsettled: ticks.filter((t) => t.settledPaint === null).length,
    lag: summarize(lagsMs),
    lagsMs,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    failure,
  };
}
