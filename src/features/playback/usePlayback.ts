import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DateRange } from '@/domain/dateRange';
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
} from '@/domain/playback';
import { toDayNumber } from '@/domain/dates';

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
  /** The window shown while playing; null when paused (the URL's range is shown). */
  range: DateRange | null;
  speed: PlaybackSpeed;
  reducedMotion: boolean;
  play: () => void;
  pause: () => void;
  stepForward: () => void;
  stepBack: () => void;
  setSpeed: (speed: PlaybackSpeed) => void;
}

/**
 * Plays a window across the story. While playing, the window lives here (the URL is not written
 * on every tick); pausing, stepping or reaching the end commits it to the URL through `commit`.
 */
export function usePlayback(
  extent: { start: number; end: number },
  range: DateRange,
  commit: (range: DateRange) => void,
): Playback {
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);
  const [end, setEnd] = useState<number | null>(null);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);
  const endRef = useRef<number | null>(null);
  const stepDays = reducedMotion ? STEP_DAYS : GLIDE_STEP_DAYS;
  const tickMs = (reducedMotion ? STEP_TICK_MS : GLIDE_TICK_MS) / speed;

  const moveTo = useCallback((day: number | null) => {
    endRef.current = day;
    setEnd(day);
  }, []);

  const pause = useCallback(() => {
    setPlaying(false);
    if (endRef.current !== null) commit(playbackWindow(endRef.current));
    moveTo(null);
  }, [commit, moveTo]);

  useEffect(
    function advanceWhilePlaying() {
      if (!playing) return undefined;
      const timer = setInterval(() => {
        const next =
          endRef.current === null ? null : nextPlaybackEnd(endRef.current, stepDays, extent.end);
        if (next === null) pause();
        else moveTo(next);
      }, tickMs);
      return () => clearInterval(timer);
    },
    [playing, stepDays, tickMs, extent.end, pause, moveTo],
  );

  const play = useCallback(() => {
    moveTo(playbackStart(range, extent));
    setPlaying(true);
  }, [range, extent, moveTo]);

  const current = () =>
    endRef.current ?? (range.to !== null ? toDayNumber(range.to) : playbackStart(range, extent));

  const stepForward = () => {
    const next = nextPlaybackEnd(current(), STEP_DAYS, extent.end) ?? extent.end;
    setPlaying(false);
    moveTo(null);
    commit(playbackWindow(next));
  };
  const stepBack = () => {
    const previous = previousPlaybackEnd(current(), STEP_DAYS, extent.start);
    setPlaying(false);
    moveTo(null);
    commit(playbackWindow(previous));
  };

  return {
    playing,
    range: playing && end !== null ? playbackWindow(end) : null,
    speed,
    reducedMotion,
    play,
    pause,
    stepForward,
    stepBack,
    setSpeed,
  };
}
