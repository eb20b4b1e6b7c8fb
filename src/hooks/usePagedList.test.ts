// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePagedList } from './usePagedList';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('usePagedList', () => {
  it('shows the first page, then a page more each time, then what is left', () => {
    const items = numbers(25);
    const { result } = renderHook(() => usePagedList(items, 10));
    expect(result.current.shown).toEqual(numbers(10));
    expect(result.current).toMatchObject({ hidden: 15, nextPage: 10 });
    act(() => result.current.showMore());
    expect(result.current.shown).toEqual(numbers(20));
    expect(result.current).toMatchObject({ hidden: 5, nextPage: 5 });
    act(() => result.current.showMore());
    expect(result.current.shown).toEqual(items);
    expect(result.current).toMatchObject({ hidden: 0, nextPage: 0 });
  });

  it('keeps the pages shown while the list is the same array', () => {
    const items = numbers(25);
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10), {
      initialProps: { list: items },
    });
    act(() => result.current.showMore());
    rerender({ list: items });
    expect(result.current.shown).toHaveLength(20);
  });

  it('starts again at the first page when the list changes', () => {
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10), {
      initialProps: { list: numbers(25) },
    });
    act(() => result.current.showMore());
    rerender({ list: numbers(25) });
    expect(result.current.shown).toEqual(numbers(10));
    // "Show more" on the new list adds one page to its first page.
    act(() => result.current.showMore());
    expect(result.current.shown).toHaveLength(20);
  });

  it('shows a short list whole, with nothing more to show', () => {
    const items = numbers(3);
    const { result } = renderHook(() => usePagedList(items, 10));
    expect(result.current.shown).toBe(items);
    expect(result.current).toMatchObject({ hidden: 0, nextPage: 0 });
  });
});
