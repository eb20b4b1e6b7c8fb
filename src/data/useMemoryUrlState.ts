import { useCallback, useMemo, useRef, useState } from 'react';
import { parseUrlState, urlStateToSearch } from '@/domain/viewState/urlState';
import type { UrlStateHandle, UrlStatePatch } from './useUrlState';

/**
 * The filter state of an embed: read from its URL once, then kept in memory. An embed never
 * writes the history: a reader who clicks a marker in an article and then presses Back leaves
 * the article, as on any other page, rather than stepping the frame back. "Open the full
 * dashboard" carries the state on.
 */
export function useMemoryUrlState(initialSearch: string): UrlStateHandle {
  const [search, setSearch] = useState(initialSearch);
  // Merged onto the latest state, not the last rendered: two changes in one event both stand.
  const latest = useRef(initialSearch);
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback((patch: UrlStatePatch) => {
    const current = parseUrlState(latest.current).state;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    latest.current = urlStateToSearch(next);
    setSearch(latest.current);
  }, []);
  return { ...parsed, update };
}
