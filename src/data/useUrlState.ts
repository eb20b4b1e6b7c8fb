import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  parseUrlState,
  urlStateToSearch,
  type UrlNotice,
  type UrlState,
} from '@/domain/viewState/urlState';

/** A change to the URL's state: the values to set, or a function of the state the URL has now. */
export type UrlStatePatch = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

export interface UrlStateHandle {
  state: UrlState;
  notices: UrlNotice[];
  /** Merges a change into the URL: a new history entry, or the current one with `replace`. */
  update: (patch: UrlStatePatch, options?: { replace?: boolean }) => void;
}

/** The filter state, read from and written to `location.search`; Back and Forward restore it. */
export function useUrlState(): UrlStateHandle {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(function followHistoryNavigation() {
    const onPopState = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPopState);
    return function stopFollowingHistoryNavigation() {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  const parsed = useMemo(() => parseUrlState(search), [search]);

  const update = useCallback((patch: UrlStatePatch, options?: { replace?: boolean }) => {
    // Merged onto the URL as it is now, not as last rendered: two changes made before the page
    // renders again both stand.
    const current = parseUrlState(window.location.search).state;
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const query = urlStateToSearch(next);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else if (query !== window.location.search) window.history.pushState(null, '', url);
    setSearch(query);
  }, []);

  return { ...parsed, update };
}
