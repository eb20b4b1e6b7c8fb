/*
 * Hand-written, kept (review 2026-12 §2.2) over a virtualiser such as @tanstack/react-virtual: the
 * items shown are all in the page, so find-in-page, printing and screen readers' lists see them,
 * and "Show more" moves focus to the first new item. A virtual list removes what is off screen
 * from all three. The cost stays bounded because a page is small and the reader asks for more.
 */
import { useCallback, useMemo, useState, type RefCallback } from 'react';

export interface PagedList<T> {
  /** The items of the pages shown so far. */
  shown: readonly T[];
  /** How many items are not shown yet. */
  hidden: number;
  /** How many items "Show more" adds: a page, or what is left. */
  nextPage: number;
  showMore: () => void;
  /**
   * The ref for the element that draws `shown[index]`: the first item of the last page takes the
   * focus when it appears, since the "Show more" button that had it is gone. Undefined for others.
   */
  focusRef: (index: number) => RefCallback<HTMLElement> | undefined;
}

interface Paging<T> {
  items: readonly T[];
  limit: number;
  /** The item to focus once shown: the first of the last page. */
  focusIndex: number | null;
}

const takeFocus: RefCallback<HTMLElement> = (element) => {
  element?.focus();
};

/** Whether two lists hold the same items in the same order, told apart by `keyOf`. */
function sameItems<T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => unknown): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (keyOf(a[i] as T) !== keyOf(b[i] as T)) return false;
  return true;
}

const itself = <T>(item: T): unknown => item;

/**
 * A long list shown a page at a time, with "Show N more": the DOM holds what was asked for, not
 * the whole list. A list with other items (a new filter, search or order) starts again at its
 * first page; the same items rebuilt (a selection made in the list) keep the pages shown, so the
 * item just chosen stays on screen. Items are told apart by `keyOf` (by default, themselves; pass
 * a function made once, not in render).
 */
export function usePagedList<T>(
  items: readonly T[],
  pageSize: number,
  keyOf: (item: T) => unknown = itself,
): PagedList<T> {
  // The paging belongs to the list it was made for; another list starts at one page.
  const [paging, setPaging] = useState<Paging<T>>({ items, limit: pageSize, focusIndex: null });
  const same = useMemo(() => sameItems(paging.items, items, keyOf), [paging.items, items, keyOf]);
  const current = same ? paging : null;
  const limit = current?.limit ?? pageSize;
  const focusIndex = current?.focusIndex ?? null;
  const shown = useMemo(
    () => (items.length <= limit ? items : items.slice(0, limit)),
    [items, limit],
  );
  const showMore = useCallback(
    () =>
      setPaging((previous) => {
        const from = sameItems(previous.items, items, keyOf) ? previous.limit : pageSize;
        const next = from + pageSize;
        return { items, limit: next, focusIndex: next >= items.length ? from : null };
      }),
    [items, pageSize, keyOf],
  );
  const focusRef = useCallback(
    (index: number) => (index === focusIndex ? takeFocus : undefined),
    [focusIndex],
  );
  const hidden = items.length - shown.length;
  return { shown, hidden, nextPage: Math.min(pageSize, hidden), showMore, focusRef };
}
