/**
 * Events with no score sit in a lane of their own under the scale, never at a made-up value:
 * the lane spans LANE_BOTTOM to LANE_TOP on the y axis, its marks at LANE_Y.
 */
export const LANE_BOTTOM = -2.2;
export const LANE_TOP = -0.6;
export const LANE_Y = -1.4;

/** Wide enough for the lane's two-line label, "Not / scored". */
export const AXIS_WIDTH = 52;

/** The y at which a mark is drawn: its score, or the unscored lane. */
export const plotY = (tension: number | null) => tension ?? LANE_Y;

/**
 * The axes' titles sit over the top of the chart, in a strip this tall that the meetings' labels
 * keep out of.
 */
export const AXIS_TITLE_HEIGHT = 18;

/** Room around the chart's plot area; the overview strip lines up with it. */
export const CHART_MARGIN = { top: 30, right: 24, bottom: 8, left: 0 };
