import { memo, type MouseEvent, type PointerEvent } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import { plotY } from './chartLayout';
import { EventMark } from './EventMark';
import type { ChartPoint } from './labels';

export interface EventMarksProps {
  /** The marks, in the order they are drawn (the last on top). */
  points: readonly ChartPoint[];
  /** A mark clicked (or pressed): by its event id. */
  onActivate: (eventId: string) => void;
  /** The mark under the pointer, with its centre's x; null when the pointer leaves the marks. */
  onHover: (hovered: { eventId: string; x: number } | null) => void;
}

/** The event id of the mark an event happened in. */
const markIdOf = (target: EventTarget) =>
  target instanceof Element
    ? (target.closest('.event-mark')?.getAttribute('data-event-id') ?? null)
    : null;

/**
 * The chart's marks, drawn by us inside Recharts' chart with its axes' scales, rather than as a
 * Recharts Scatter, which ran its whole pipeline (and every shape) again on each filter change.
 * Each mark is memoised on plain values; one handler for all the marks' clicks and hovers.
 */
export const EventMarks = memo(function EventMarks({
  points,
  onActivate,
  onHover,
}: EventMarksProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const at = (scale: typeof x, value: number) => scale(value) ?? Number.NaN;
  const onClick = (e: MouseEvent<SVGGElement>) => {
    const id = markIdOf(e.target);
    if (id !== null) onActivate(id);
  };
  const onPointerOver = (e: PointerEvent<SVGGElement>) => {
    const id = markIdOf(e.target);
    const point = id === null ? undefined : points.find((p) => p.eventId === id);
    onHover(point ? { eventId: point.eventId, x: at(x, point.day) } : null);
  };
  return (
    <g
      className="event-marks"
      onClick={onClick}
      onPointerOver={onPointerOver}
      onPointerLeave={() => onHover(null)}
    >
      {points.map((point) => {
        const range = point.tensionRange;
        const ranged = point.tension !== null && range !== null && range[0] !== range[1];
        return (
          <EventMark
            key={point.eventId}
            eventId={point.eventId}
            cx={at(x, point.day)}
            cy={at(y, plotY(point.tension))}
            rangeTop={ranged ? at(y, range[1]) : null}
            rangeBottom={ranged ? at(y, range[0]) : null}
            kind={point.kind}
            category={point.category}
            status={point.status}
            tension={point.tension}
            rangeLow={range ? range[0] : null}
            rangeHigh={range ? range[1] : null}
            highlighted={point.highlighted}
            selected={point.selected}
          />
        );
      })}
    </g>
  );
});
