import type { MonthBin } from '@/domain/timeAxis';

export interface OverviewBarsProps {
  bins: readonly MonthBin[];
  /** Set by the brush, which draws its one child as its background ("panorama"). */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** Events per month as bars, across the brush's whole width: plain SVG, one rect per month. */
export function OverviewBars({ bins, x = 0, y = 0, width = 0, height = 0 }: OverviewBarsProps) {
  const max = bins.reduce((most, bin) => Math.max(most, bin.count), 0);
  if (max === 0 || width <= 0 || height <= 0) return null;
  const step = width / bins.length;
  const gap = step > 3 ? 1 : 0;
  return (
    <g className="tension-chart__overview-bars" fill="var(--muted)">
      {bins.map((bin, i) => {
        if (bin.count === 0) return null;
        const barHeight = Math.max(1, (bin.count / max) * (height - 2));
        return (
          <rect
            key={bin.month}
            x={x + i * step + gap / 2}
            y={y + height - barHeight}
            width={Math.max(0.5, step - gap)}
            height={barHeight}
          />
        );
      })}
    </g>
  );
}
