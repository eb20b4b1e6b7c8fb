import { memo, useCallback, useState } from 'react';
import type { MonthBin } from '@/domain/query/timeAxis';

export interface OverviewBarsProps {
  bins: readonly MonthBin[];
}

/**
 * Events per month as bars across the strip's whole width: plain SVG, one rect per month, sized
 * to the pixels the strip has (so that a gap between bars is one pixel at any width). Memoised:
 * the bars are the whole dataset's, the same whatever the range.
 */
export const OverviewBars = memo(function OverviewBars({ bins }: OverviewBarsProps) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const measure = useCallback(function followTheStripsSize(element: SVGSVGElement | null) {
    // Without ResizeObserver (jsdom) nothing is drawn: the bars are for the eye.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { width, height } = size;
  const max = bins.reduce((most, bin) => Math.max(most, bin.count), 0);
  const step = bins.length > 0 ? width / bins.length : 0;
  const gap = step > 3 ? 1 : 0;
  return (
    <svg ref={measure} className="overview-slider__bars" aria-hidden="true" fill="var(--muted)">
      {max > 0 && height > 0
        ? bins.map((bin, i) => {
            if (bin.count === 0) return null;
            const barHeight = Math.max(1, (bin.count / max) * (height - 2));
            return (
              <rect
                key={bin.month}
                x={i * step + gap / 2}
                y={height - barHeight}
                width={Math.max(0.5, step - gap)}
                height={barHeight}
              />
            );
          })
        : null}
    </svg>
  );
});
