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

  it('keeps the pages shown for the same items in a new array (a selection, not a new filter)', () => {
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10), {
      initialProps: { list: numbers(25) },
    });
    act(() => result.current.showMore());
    rerender({ list: numbers(25) });
    expect(result.current.shown).toHaveLength(20);
  });

  it('tells items apart by the key given', () => {
    const rows = (n: number) => numbers(n).map((id) => ({ id }));
    const byId = (row: { id: number }) => row.id;
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10, byId), {
      initialProps: { list: rows(25) },
    });
    act(() => result.current.showMore());
    rerender({ list: rows(25) });
    expect(result.current.shown).toHaveLength(20);
    rerender({ list: rows(24) });
    expect(result.current.shown).toHaveLength(10);
  });

  it('starts again at the first page when the items change', () => {
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10), {
      initialProps: { list: numbers(25) },
    });
    act(() => result.current.showMore());
    rerender({ list: numbers(25).reverse() });
    expect(result.current.shown).toEqual(numbers(25).reverse().slice(0, 10));
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

  it('hands a focus ref to the first item of the last page only, once it is shown', () => {
    const items = numbers(25);
    const { result } = renderHook(() => usePagedList(items, 10));
    expect(numbers(25).map((i) => result.current.focusRef(i))).toEqual(
      numbers(25).map(() => undefined),
    );
    act(() => result.current.showMore());
    // The button is still there: focus stays on it.
    expect(result.current.focusRef(10)).toBeUndefined();
    act(() => result.current.showMore());
    expect(result.current.focusRef(20)).toBeTypeOf('function');
    expect(result.current.focusRef(19)).toBeUndefined();
    expect(result.current.focusRef(21)).toBeUndefined();
  });

  it('the focus ref focuses the element it is given', () => {
    const items = numbers(15);
    const { result } = renderHook(() => usePagedList(items, 10));
    act(() => result.current.showMore());
    const element = document.createElement('button');
    document.body.append(element);
    result.current.focusRef(10)?.(element);
    expect(element).toHaveFocus();
    element.remove();
  });

  it('forgets the focus target when the list changes', () => {
    const { result, rerender } = renderHook(({ list }) => usePagedList(list, 10), {
      initialProps: { list: numbers(15) },
    });
    act(() => result.current.showMore());
    rerender({ list: numbers(16) });
    expect(result.current.focusRef(10)).toBeUndefined();
  });
});
