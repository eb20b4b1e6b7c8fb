import { useSyncExternalStore } from 'react';

/** Bytes of a download so far; `total` is null when the server does not say. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

/** Called by the loader as bytes arrive; `null` when the download is over. */
export function reportProgress(url: string, value: LoadProgress | null) {
  if (value === null) progress.delete(url);
  else progress.set(url, value);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The progress of a download, for a progress bar while a large file loads. */
export function useLoadProgress(url: string): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(url) ?? null,
    () => null,
  );
}
