// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMemoryUrlState } from './useMemoryUrlState';

describe('useMemoryUrlState', () => {
  it('reads the embed’s URL, and its notices, once', () => {
    const { result } = renderHook(() => useMemoryUrlState('?view=map&place=geneva&lang=xx'));
    expect(result.current.state.place).toBe('geneva');
    expect(result.current.notices).toEqual([{ param: 'lang', reason: 'unknown-language' }]);
  });

  it('keeps changes in memory, never in the history or the address', () => {
    window.history.replaceState(null, '', '/embed.html?view=map');
    const entries = window.history.length;
    const { result } = renderHook(() => useMemoryUrlState('?view=map'));
    act(() => result.current.update({ place: 'geneva' }));
    expect(result.current.state.place).toBe('geneva');
    expect(window.location.search).toBe('?view=map');
    expect(window.history.length).toBe(entries);
  });

  it('merges two changes made in one event onto each other', () => {
    const { result } = renderHook(() => useMemoryUrlState('?from=2022-01-01'));
    act(() => {
      result.current.update({ place: 'geneva' });
      result.current.update((current) => ({ event: current.place === 'geneva' ? 'e-1' : null }));
    });
    expect(result.current.state).toMatchObject({
      from: '2022-01-01',
      place: 'geneva',
      event: 'e-1',
    });
  });
});
