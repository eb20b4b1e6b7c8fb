/**
 * Calls `onAbort` when `signal` aborts, at once if it already has; returns the way to stop
 * listening, so that a finished task does not keep its listener (and what it holds) alive.
 */
export function listenForAbort(
  signal: AbortSignal | undefined,
  onAbort: (reason: unknown) => void,
): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    onAbort(signal.reason);
    return () => {};
  }
  const listener = () => onAbort(signal.reason);
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}
