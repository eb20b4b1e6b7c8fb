import { describe, expect, it } from 'vitest';
import {
  AXIS_WIDTH,
  CHART_MARGIN,
  chartScales,
  LANE_BOTTOM,
  tickLabelX,
  X_AXIS_HEIGHT,
} from './chartLayout';

describe('chartScales', () => {
  const scales = chartScales(1264, 320, [1000, 2000]);

  it('spans the plot inside the axes and margins', () => {
    expect(scales.plot).toEqual({
      left: AXIS_WIDTH,
      top: CHART_MARGIN.top,
      width: 1264 - AXIS_WIDTH - CHART_MARGIN.right,
      height: 320 - CHART_MARGIN.top - CHART_MARGIN.bottom - X_AXIS_HEIGHT,
    });
  });

  it('puts the domain’s ends and the scale’s at the plot’s edges, as Recharts draws its axes', () => {
    const { plot } = scales;
    expect(scales.x(1000)).toBe(plot.left);
    expect(scales.x(2000)).toBe(plot.left + plot.width);
    expect(scales.y(10)).toBe(plot.top);
    expect(scales.y(LANE_BOTTOM)).toBeCloseTo(plot.top + plot.height);
    // Where Recharts drew the zero line of a 320-pixel chart (measured in the browser).
    expect(scales.y(0)).toBeCloseTo(236.557, 2);
  });

  it('draws nothing in a chart with no room', () => {
    expect(chartScales(10, 10, [0, 1]).plot.width).toBe(0);
    expect(chartScales(10, 10, [0, 1]).plot.height).toBe(0);
  });
});

describe('tickLabelX', () => {
  it('keeps a label on its tick where it fits, and inside the chart where it would not', () => {
    expect(tickLabelX(200, 'Jan 2024', 400)).toBe(200);
    // "thg 1 2026" (10 characters, 70 px at most) at the right edge of a 312-px phone chart.
    const x = tickLabelX(300, 'thg 1 2026', 312);
    expect(x).toBeLessThan(300);
    expect(x + 35).toBeLessThanOrEqual(312);
    expect(tickLabelX(5, 'Jan 2022', 400)).toBeGreaterThanOrEqual(28);
  });
});
