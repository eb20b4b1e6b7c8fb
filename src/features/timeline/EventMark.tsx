import type { SVGProps } from 'react';
import { Symbols, type ScatterShapeProps } from 'recharts';
import { isBandUncertain, tensionBand, tensionColor } from '@/domain/tension';
import type { EventKind } from '@/domain/vocabulary';
import type { ChartPoint } from './labels';
import { KIND_SYMBOLS } from './symbols';
import { hatchId } from './UncertainPatterns';

const SELECTION = 'var(--selection)';

export interface EventMarkProps extends ScatterShapeProps {
  /** Where a tension falls on the chart (chartScales): the ends of the mark's range. */
  yOf: (value: number) => number;
}

export interface KindSymbolProps extends Omit<SVGProps<SVGPathElement>, 'type'> {
  kind: EventKind;
  cx: number;
  cy: number;
  /** Area in square pixels, as Recharts sizes its symbols. */
  size: number;
}

/** A kind's shape: one of Recharts' symbols, or a path of our own for the kinds beyond its seven. */
export function KindSymbol({ kind, cx, cy, size, ...rest }: KindSymbolProps) {
  const shape = KIND_SYMBOLS[kind];
  if (typeof shape === 'string')
    return <Symbols cx={cx} cy={cy} type={shape} size={size} {...rest} />;
  return (
    <path
      className="recharts-symbols"
      transform={`translate(${cx}, ${cy})`}
      d={shape(size)}
      {...rest}
    />
  );
}

/**
 * One event (or one cell of many) on the chart: its kind's shape, filled by its tension (hollow
 * when not held, hatched when its range spans two bands), the range as a whisker, a ring when
 * selected. The key meetings' names are drawn apart (MeetingLabels), placed so none overlap.
 */
export function EventMark(props: EventMarkProps) {
  const point = props.payload as ChartPoint | undefined;
  if (!point || props.cx === undefined || props.cy === undefined) return <g />;
  const held = point.status === 'held';
  const color = tensionColor(point.tension);
  const range = point.tensionRange;
  const uncertain = isBandUncertain(range) || (point.tension === null && range !== null);
  const fill = uncertain
    ? `url(#${hatchId(point.tension, range)})`
    : held
      ? color
      : 'var(--surface)';
  // The whisker: the lowest to the highest score over the readings of the event's sentences.
  const whisker =
    point.tension !== null && range && range[0] !== range[1]
      ? { top: props.yOf(range[1]), bottom: props.yOf(range[0]) }
      : null;
  return (
    <g
      className="event-mark"
      opacity={point.highlighted ? 1 : 0.25}
      data-event-id={point.eventId}
      data-uncertain={uncertain || undefined}
      style={{ cursor: 'pointer' }}
    >
      {whisker ? (
        <g className="event-mark__range" stroke="var(--ink)" strokeWidth={uncertain ? 2 : 1.25}>
          <line x1={props.cx} x2={props.cx} y1={whisker.top} y2={whisker.bottom} />
          <line x1={props.cx - 4} x2={props.cx + 4} y1={whisker.top} y2={whisker.top} />
          <line x1={props.cx - 4} x2={props.cx + 4} y1={whisker.bottom} y2={whisker.bottom} />
        </g>
      ) : null}
      {point.selected ? (
        <circle cx={props.cx} cy={props.cy} r={14} fill="none" stroke={SELECTION} strokeWidth={3} />
      ) : null}
      <KindSymbol
        cx={props.cx}
        cy={props.cy}
        kind={point.kind}
        size={(point.category === 'context' ? 90 : 160) * Math.min(6, Math.sqrt(point.count))}
        fill={fill}
        stroke={
          held || point.tension === null || tensionBand(point.tension) === 0 ? 'var(--ink)' : color
        }
        strokeWidth={held ? 1 : 2.5}
        strokeDasharray={held ? undefined : '3 2'}
      />
    </g>
  );
}
