import { useCallback, useMemo, useState } from 'react';

export interface PagedList<T> {
  /** The items of the pages shown so far. */
  shown: readonly T[];
  /** How many items are not shown yet. */
  hidden: number;
  /** How many items "Show more" adds: a page, or what is left. */
  nextPage: number;
  showMore: () => void;
}

/**
 * A long list shown a page at a time, with "Show N more": the DOM holds what was asked for, not
 * the whole list. A new list (a new array, by identity) starts again at its first page.
 */
export function usePagedList<T>(items: readonly T[], pageSize: number): PagedList<T> {
  // The limit belongs to the list it was raised for; another list starts at one page.
  const [paging, setPaging] = useState({ items, limit: pageSize });
  const limit = paging.items === items ? paging.limit : pageSize;
  const shown = useMemo(
    () => (items.length <= limit ? items : items.slice(0, limit)),
    [items, limit],
  );
  const showMore = useCallback(
    () =>
      setPaging((current) => ({
        items,
        limit: (current.items === items ? current.limit : pageSize) + pageSize,
      })),
    [items, pageSize],
  );
  const hidden = items.length - shown.length;
  return { shown, hidden, nextPage: Math.min(pageSize, hidden), showMore };
}
