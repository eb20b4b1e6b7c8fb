/**
 * Runs `work` when the browser is next idle (within `timeout` ms at the latest), or after a
 * timeout where there is no requestIdleCallback (Safari). Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
