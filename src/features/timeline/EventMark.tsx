import { memo, type SVGProps } from 'react';
import { Symbols } from 'recharts';
import { isBandUncertain, tensionBand, tensionColor } from '@/domain/scoring/tensionBands';
import type { EventCategory, EventKind, EventStatus } from '@/domain/dataset/vocabulary';
import { KIND_SYMBOLS } from './symbols';
import { hatchId } from './UncertainPatterns';

const SELECTION = 'var(--selection)';

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

export interface EventMarkProps {
  eventId: string;
  /** Where the mark's centre is drawn, in the chart's pixels. */
  cx: number;
  cy: number;
  /** The ends of the mark's range (its whisker), in pixels; null without one. */
  rangeTop: number | null;
  rangeBottom: number | null;
  kind: EventKind;
  category: EventCategory;
  status: EventStatus;
  tension: number | null;
  /** The lowest and highest score over the readings of the event's sentences. */
  rangeLow: number | null;
  rangeHigh: number | null;
  highlighted: boolean;
  selected: boolean;
}

/**
 * One event on the chart: its kind's shape, filled by its tension (hollow
 * when not held, hatched when its range spans two bands), the range as a whisker, a ring when
 * selected. The key meetings' names are drawn apart (MeetingLabels), placed so none overlap.
 * Its props are plain values, so that a filter change redraws only the marks it changes.
 */
export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { cx, cy, tension } = props;
  const held = props.status === 'held';
  const color = tensionColor(tension);
  const range =
    props.rangeLow === null || props.rangeHigh === null
      ? null
      : ([props.rangeLow, props.rangeHigh] as const);
  const uncertain = isBandUncertain(range) || (tension === null && range !== null);
  const fill = uncertain ? `url(#${hatchId(tension, range)})` : held ? color : 'var(--surface)';
  // The whisker's ends, from the mark's centre.
  const whisker =
    props.rangeTop === null || props.rangeBottom === null
      ? null
      : { top: props.rangeTop - cy, bottom: props.rangeBottom - cy };
  // Drawn around its centre and moved there as a whole: a new range (which moves every mark)
  // changes one attribute a mark.
  return (
    <g
      className="event-mark"
      transform={`translate(${cx},${cy})`}
      opacity={props.highlighted ? 1 : 0.25}
      data-event-id={props.eventId}
      data-uncertain={uncertain || undefined}
      style={{ cursor: 'pointer' }}
    >
      {whisker ? (
        <g className="event-mark__range" stroke="var(--ink)" strokeWidth={uncertain ? 2 : 1.25}>
          <line x1={0} x2={0} y1={whisker.top} y2={whisker.bottom} />
          <line x1={-4} x2={4} y1={whisker.top} y2={whisker.top} />
          <line x1={-4} x2={4} y1={whisker.bottom} y2={whisker.bottom} />
        </g>
      ) : null}
      {props.selected ? (
        <circle cx={0} cy={0} r={14} fill="none" stroke={SELECTION} strokeWidth={3} />
      ) : null}
      <KindSymbol
        cx={0}
        cy={0}
        kind={props.kind}
        size={props.category === 'context' ? 90 : 160}
        fill={fill}
        stroke={held || tension === null || tensionBand(tension) === 0 ? 'var(--ink)' : color}
        strokeWidth={held ? 1 : 2.5}
        strokeDasharray={held ? undefined : '3 2'}
      />
    </g>
  );
});
