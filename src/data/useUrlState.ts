import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseUrlState, urlStateToSearch, type UrlNotice, type UrlState } from '@/domain/urlState';

export interface UrlStateHandle {
  state: UrlState;
  notices: UrlNotice[];
  /** Merges a change into the URL: a new history entry, or the current one with `replace`. */
  update: (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;
}

/** The filter state, read from and written to `location.search`; Back and Forward restore it. */
export function useUrlState(): UrlStateHandle {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(function followHistoryNavigation() {
    const onPopState = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const parsed = useMemo(() => parseUrlState(search), [search]);

  const update = useCallback((patch: Partial<UrlState>, options?: { replace?: boolean }) => {
    const next = { ...parseUrlState(window.location.search).state, ...patch };
    const query = urlStateToSearch(next);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else if (query !== window.location.search) window.history.pushState(null, '', url);
    setSearch(query);
  }, []);

  return { ...parsed, update };
}
