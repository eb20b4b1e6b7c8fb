// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

beforeEach(() =>
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  }),
);
afterEach(() => vi.useRealTimers());

/** One frame painted: its frame callbacks, then the timeouts they set. */
const paintFrame = () => act(() => void vi.advanceTimersByTime(32));

describe('useAfterPaint', () => {
  it('when deferring, gives the new value only once a frame is painted', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value, true), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    paintFrame();
    expect(result.current).toBe('b');
  });

  it('when the work is small, gives the new value in the same render, without waiting a frame', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value, false), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    expect(result.current).toBe('b');
  });

  it('after values given at once, a deferred change starts from the latest of them', () => {
    const { result, rerender } = renderHook(({ value, defer }) => useAfterPaint(value, defer), {
      initialProps: { value: 'a', defer: false },
    });
    rerender({ value: 'b', defer: false });
    rerender({ value: 'c', defer: true });
    // Until the frame is painted, the views keep what they last showed: 'b', not 'a'.
    expect(result.current).toBe('b');
    paintFrame();
    expect(result.current).toBe('c');
  });
});
