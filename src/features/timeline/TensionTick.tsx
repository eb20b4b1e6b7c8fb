import { LANE_Y } from './chartLayout';

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
