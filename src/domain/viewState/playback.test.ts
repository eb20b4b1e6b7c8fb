import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dataset/dates';
import { nextPlaybackEnd, playbackStart, playbackWindow, previousPlaybackEnd } from './playback';

const extent = { start: toDayNumber('2021-12-01'), end: toDayNumber('2025-10-31') };

describe('playback', () => {
  it('shows a window of 91 days ending on the current day', () => {
    expect(playbackWindow(toDayNumber('2022-03-31'))).toEqual({
      from: '2021-12-31',
      to: '2022-03-31',
    });
  });

  it('starts at the story’s beginning, or continues from a range inside it', () => {
    expect(playbackStart({ from: null, to: null }, extent)).toBe(extent.start);
    expect(playbackStart({ from: '2022-01-01', to: '2022-06-30' }, extent)).toBe(
      toDayNumber('2022-06-30'),
    );
    expect(playbackStart({ from: '2025-01-01', to: '2025-10-31' }, extent)).toBe(extent.start);
  });

  it('advances by the step and stops after the last day', () => {
    expect(nextPlaybackEnd(extent.start, 30, extent.end)).toBe(extent.start + 30);
    expect(nextPlaybackEnd(extent.end - 3, 30, extent.end)).toBe(extent.end);
    expect(nextPlaybackEnd(extent.end, 30, extent.end)).toBeNull();
  });

  it('steps back no further than the start', () => {
    expect(previousPlaybackEnd(extent.start + 10, 30, extent.start)).toBe(extent.start);
  });
});
