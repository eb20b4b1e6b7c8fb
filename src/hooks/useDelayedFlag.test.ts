// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDelayedFlag } from './useDelayedFlag';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useDelayedFlag', () => {
  it('rises only once the condition has lasted the delay', () => {
    const { result } = renderHook(() => useDelayedFlag(true, 4000));
    act(() => void vi.advanceTimersByTime(3999));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('falls at once when the condition ends, and starts counting again from zero', () => {
    const { result, rerender } = renderHook(({ on }) => useDelayedFlag(on, 4000), {
      initialProps: { on: true },
    });
    act(() => void vi.advanceTimersByTime(4000));
    rerender({ on: false });
    expect(result.current).toBe(false);
    rerender({ on: true });
    act(() => void vi.advanceTimersByTime(3000));
    expect(result.current).toBe(false);
  });

  it('never rises for a condition that ends before the delay', () => {
    const { result, rerender } = renderHook(({ on }) => useDelayedFlag(on, 4000), {
      initialProps: { on: true },
    });
    act(() => void vi.advanceTimersByTime(2000));
    rerender({ on: false });
    act(() => void vi.advanceTimersByTime(10_000));
    expect(result.current).toBe(false);
  });
});
