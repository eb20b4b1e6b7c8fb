import { startTransition, useCallback, useState } from 'react';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The size of the element the returned ref is set on, measured as it changes. A new size is set
 * in a transition: drawing the chart at that size (Recharts' whole render) then runs in slices the
 * browser can paint and answer input between, rather than as one long task.
 */
export function useChartSize(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  ChartSize,
] {
  const [size, setSize] = useState<ChartSize>({ width: 0, height: 0 });
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      startTransition(() =>
        setSize((old) => (old.width === width && old.height === height ? old : { width, height })),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
