import { useCallback, useState, type RefCallback } from 'react';

export interface Pages {
  /** How many items to show: the pages asked for so far. */
  limit: number;
  /** How many items are not shown yet. */
  hidden: number;
  /** How many items "Show more" adds: a page, or what is left. */
  nextPage: number;
  showMore: () => void;
  /**
   * The ref for the element that draws item `index`: the first item of the last page takes the
   * focus when it appears, since the "Show more" button that had it is gone.
   */
  focusRef: (index: number) => RefCallback<HTMLElement> | undefined;
}

const takeFocus: RefCallback<HTMLElement> = (element) => {
  element?.focus();
};

/**
 * A long list shown a page at a time, for lists made only as far as they are shown (an index's
 * list of positions): the items are never all made. Another `list` (a new filter, search or
 * order) starts again at one page; the same list keeps the pages shown.
 */
export function usePages(list: unknown, length: number, pageSize: number): Pages {
  const [paging, setPaging] = useState({
    list,
    limit: pageSize,
    focusIndex: null as number | null,
  });
  const current = paging.list === list ? paging : null;
  const limit = Math.min(length, current?.limit ?? pageSize);
  const focusIndex = current?.focusIndex ?? null;
  const showMore = useCallback(
    () =>
      setPaging((previous) => {
        const from = previous.list === list ? previous.limit : pageSize;
        const next = from + pageSize;
        // Focus moves only when the button goes: it stays on "Show more" while there is more.
        return { list, limit: next, focusIndex: next >= length ? from : null };
      }),
    [list, length, pageSize],
  );
  const focusRef = useCallback(
    (index: number) => (index === focusIndex ? takeFocus : undefined),
    [focusIndex],
  );
  const hidden = length - limit;
  return { limit, hidden, nextPage: Math.min(pageSize, hidden), showMore, focusRef };
}
