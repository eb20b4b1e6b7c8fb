import { memo, useMemo } from 'react';
import { climateRuns, type ClimatePoint } from '@/domain/query/climateSeries';
import type { ChartScales } from './chartLayout';

const xy = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`;

/** A line through each run of values: a gap in the samples is a gap in the path. */
function linePath(points: readonly ClimatePoint[], scales: ChartScales): string {
  return climateRuns(points)
    .map((run) =>
      run.map((p, i) => `${i === 0 ? 'M' : 'L'}${xy(scales.x(p.day), scales.y(p.value ?? 0))}`),
    )
    .map((segments) =>
      // A run of one sample is drawn as a short tick, so that it shows.
      segments.length === 1 ? `${segments[0]}h1` : segments.join(''),
    )
    .join('');
}

/** The band from the lowest reading to the highest, over each run where both ends are known. */
function bandPath(points: readonly ClimatePoint[], scales: ChartScales): string {
  const runs = climateRuns(points, (p) => (p.low === null || p.high === null ? null : p.low));
  return runs
    .map((run) => {
      const top = run.map((p) => xy(scales.x(p.day), scales.y(p.high ?? 0)));
      const bottom = run.map((p) => xy(scales.x(p.day), scales.y(p.low ?? 0))).reverse();
      return `M${top.join('L')}L${bottom.join('L')}Z`;
    })
    .join('');
}

export interface ClimateLayerProps {
  points: readonly ClimatePoint[];
  scales: ChartScales;
  /** The band (drawn first, under everything) or the line (over the cells, under the marks). */
  part: 'band' | 'line';
}

/**
 * The climate, drawn with the chart's scales as one path each for the band and the line,
 * whatever the data holds. For the eye only: its words are in the figure's description and the
 * data table.
 */
export const ClimateLayer = memo(function ClimateLayer({
  points,
  scales,
  part,
}: ClimateLayerProps) {
  const d = useMemo(
    () => (part === 'band' ? bandPath(points, scales) : linePath(points, scales)),
    [points, scales, part],
  );
  if (d === '') return null;
  return part === 'band' ? (
    <path className="climate-band" d={d} fill="var(--climate-band)" aria-hidden="true" />
  ) : (
    <path
      className="climate-line"
      d={d}
      fill="none"
      stroke="var(--climate)"
      strokeWidth={2}
      strokeLinejoin="round"
      strokeLinecap="round"
      aria-hidden="true"
    />
  );
});
