import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DaySpan } from '@/domain/dataset/dates';
import type { DateRange } from '@/domain/dataset/dateRange';
import {
  GLIDE_STEP_DAYS,
  GLIDE_TICK_MS,
  nextPlaybackEnd,
  playbackStart,
  playbackWindow,
  previousPlaybackEnd,
  STEP_DAYS,
  STEP_TICK_MS,
  type PlaybackSpeed,
} from '@/domain/viewState/playback';
import { toDayNumber } from '@/domain/dataset/dates';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia?.(REDUCED_MOTION);
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(REDUCED_MOTION).matches ?? false,
    () => false,
  );
}

export interface Playback {
  playing: boolean;
  /** The window shown while playing; null otherwise (the page shows the range it was given). */
  window: DateRange | null;
  speed: PlaybackSpeed;
  reducedMotion: boolean;
  play: () => void;
  /** Stops and keeps the window: it becomes the range (through `commit`). */
  pause: () => void;
  /** Stops and forgets the window: for a range set some other way, which must win. */
  stop: () => void;
  stepForward: () => void;
  stepBack: () => void;
  setSpeed: (speed: PlaybackSpeed) => void;
}

/**
 * Plays a window across the dataset's extent. While playing, the window lives here (the URL is
 * not written on every tick); pausing, stepping or reaching the end commits it through `commit`.
 *
 * A run belongs to the range and the extent it started from: when either changes (a range set by
 * any means, Back, another dataset), the run ends then and there, so a window never outlives
 * what it was played over, and nothing the reader chose is written over.
 */
export function usePlayback(
  extent: DaySpan,
  range: DateRange,
  commit: (range: DateRange) => void,
): Playback {
  const reducedMotion = usePrefersReducedMotion();
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);
  const basis = `${range.from}/${range.to}/${extent.start}/${extent.end}`;
  const [run, setRun] = useState<{ basis: string; end: number } | null>(null);
  // Adjusting state to a changed input during render, as React recommends over an effect.
  if (run !== null && run.basis !== basis) setRun(null);
  const end = run !== null && run.basis === basis ? run.end : null;
  const playing = end !== null;
  const shownWindow = useMemo(() => (end === null ? null : playbackWindow(end)), [end]);
  // The interval's copy of the window's end, so that it is not restarted on every tick.
  const endRef = useRef<number | null>(null);
  const stepDays = reducedMotion ? STEP_DAYS : GLIDE_STEP_DAYS;
  const tickMs = (reducedMotion ? STEP_TICK_MS : GLIDE_TICK_MS) / speed;

  useEffect(
    function advanceWhilePlaying() {
      if (!playing) return undefined;
      const timer = setInterval(() => {
        const current = endRef.current;
        if (current === null) return;
        const next = nextPlaybackEnd(current, stepDays, extent.end);
        endRef.current = next;
        if (next !== null) return setRun({ basis, end: next });
        // Past the last day: stop on the last window, as Pause would.
        setRun(null);
        commit(playbackWindow(current));
      }, tickMs);
      return function stopAdvancing() {
        clearInterval(timer);
      };
    },
    [playing, basis, stepDays, tickMs, extent.end, commit],
  );

  const stop = useCallback(() => {
    endRef.current = null;
    setRun(null);
  }, []);

  // The controls keep their identity while what they act on is unchanged.
  const play = useCallback(() => {
    const start = playbackStart(range, extent);
    endRef.current = start;
    setRun({ basis, end: start });
  }, [range, extent, basis]);

  const pause = useCallback(() => {
    stop();
    if (end !== null) commit(playbackWindow(end));
  }, [stop, end, commit]);

  const current = useCallback(
    () => end ?? (range.to !== null ? toDayNumber(range.to) : playbackStart(range, extent)),
    [end, range, extent],
  );
  const stepForward = useCallback(() => {
    const next = nextPlaybackEnd(current(), STEP_DAYS, extent.end) ?? extent.end;
    stop();
    commit(playbackWindow(next));
  }, [current, extent.end, stop, commit]);
  const stepBack = useCallback(() => {
    const previous = previousPlaybackEnd(current(), STEP_DAYS, extent.start);
    stop();
    commit(playbackWindow(previous));
  }, [current, extent.start, stop, commit]);

  return {
    playing,
    window: shownWindow,
    speed,
    reducedMotion,
    play,
    pause,
    stop,
    stepForward,
    stepBack,
    setSpeed,
  };
}
