import { TENSION_MAX } from '@/domain/scoring/tension';

/**
 * Events with no score sit in a lane of their own under the scale, never at a made-up value:
 * the lane spans LANE_BOTTOM to LANE_TOP on the y axis, its marks at LANE_Y.
 */
export const LANE_BOTTOM = -2.2;
export const LANE_TOP = -0.6;
export const LANE_Y = -1.4;

/** Wide enough for the lane's two-line label in both languages ("Không / sắc thái" is the wider). */
export const AXIS_WIDTH = 60;

/** The y at which a mark is drawn: its score, or the unscored lane. */
export const plotY = (tension: number | null) => tension ?? LANE_Y;

/**
 * The axes' titles sit over the top of the chart, in a strip this tall that the meetings' labels
 * keep out of.
 */
export const AXIS_TITLE_HEIGHT = 18;

/** Room around the chart's plot area; the overview strip lines up with it. */
export const CHART_MARGIN = { top: 30, right: 24, bottom: 8, left: 0 };

/** The height of the time axis under the plot (its ticks and their labels). */
export const X_AXIS_HEIGHT = 30;

/** A generous width of one character of the time axis's 12-px labels, to keep them in the chart. */
const TICK_CHAR_WIDTH = 7;

/**
 * Where a time label centred on its tick at `x` is drawn so that it stays inside a chart `width`
 * wide: the last label of a narrow chart ("thg 1 2026") would otherwise be cut at the right edge.
 */
export function tickLabelX(x: number, label: string, width: number): number {
  const half = (label.length * TICK_CHAR_WIDTH) / 2;
  return Math.max(half, Math.min(x, width - half));
}

/** Where a day and a tension fall in a chart of a size: the axes' linear scales. */
export interface ChartScales {
  /** The plot area: inside the axes and the margins. */
  plot: { left: number; top: number; width: number; height: number };
  x: (day: number) => number;
  y: (value: number) => number;
}

/**
 * The chart's scales, as Recharts draws its axes, known from the chart's size alone: the marks'
 * ranges and the meetings' labels are placed with them, without a render of their own.
 */
export function chartScales(width: number, height: number, domain: [number, number]): ChartScales {
  const plot = {
    left: AXIS_WIDTH + CHART_MARGIN.left,
    top: CHART_MARGIN.top,
    width: Math.max(0, width - AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right),
    height: Math.max(0, height - CHART_MARGIN.top - CHART_MARGIN.bottom - X_AXIS_HEIGHT),
  };
  const days = Math.max(1, domain[1] - domain[0]);
  return {
    plot,
    x: (day) => plot.left + ((day - domain[0]) / days) * plot.width,
    y: (value) => plot.top + ((TENSION_MAX - value) / (TENSION_MAX - LANE_BOTTOM)) * plot.height,
  };
}
