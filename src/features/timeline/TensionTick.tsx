import { LANE_Y, tickLabelX } from './chartLayout';

/** What Recharts hands a custom tick. */
export interface TensionTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The lane's name, a word a line: ["Not", "scored"]. */
  laneLabel: readonly string[];
}

/** The scale's numbers, and at the lane its name, a word a line: "Not" / "scored". */
export function TensionTick({ x = 0, y = 0, payload, laneLabel }: TensionTickProps) {
  const value = payload?.value;
  const lines = value === LANE_Y ? laneLabel : [String(value)];
  return (
    <text
      x={Number(x) - 4}
      y={Number(y)}
      textAnchor="end"
      fill="var(--muted)"
      fontSize={value === LANE_Y ? 11 : 12}
      className="tension-chart__tick"
    >
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={Number(x) - 4}
          dy={i === 0 ? (lines.length === 1 ? '0.355em' : '-0.2em') : '1.1em'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** What Recharts hands a custom tick of the time axis. */
export interface TimeTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  format: (day: number) => string;
  /** The chart's width: a label is kept inside it (tickLabelX). */
  chartWidth: number;
}

/**
 * A date on the time axis: "Jan 2022". Plain text, where Recharts' own tick would measure its
 * words in the DOM (the ticks are spaced to fit already, see TensionChart).
 */
export function TimeTick({ x = 0, y = 0, payload, format, chartWidth }: TimeTickProps) {
  const label = format(Number(payload?.value));
  return (
    <text
      x={tickLabelX(Number(x), label, chartWidth)}
      y={Number(y)}
      dy="0.71em"
      textAnchor="middle"
      fill="var(--muted)"
      fontSize={12}
      className="tension-chart__tick"
    >
      {label}
    </text>
  );
}
