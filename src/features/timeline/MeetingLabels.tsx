import { useMemo } from 'react';
import { estimateTextWidth, placeLabels, type Box } from '@/domain/geometry/labelPlacement';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import { AXIS_TITLE_HEIGHT, plotY, type ChartScales } from './chartLayout';
import type { ChartPoint, MeetingLabel } from './labels';

const PLACE_SIZE = 12;
const MONTH_SIZE = 11;
const LINE = 13;
/** How far a label keeps from its mark's centre: a mark's radius and a little air. */
const MARK_RADIUS = 9;

export interface MeetingLabelsProps {
  labels: readonly MeetingLabel[];
  /** Every mark drawn: labels keep off them where they can. */
  points: readonly ChartPoint[];
  scales: ChartScales;
  /** The chart's width: labels may use the margin right of the plot. */
  width: number;
}

/**
 * The key meetings named on the chart, place and month, each joined to its mark by a line and
 * placed so that no two overlap (domain/labelPlacement), clear of the marks' ranges.
 */
export function MeetingLabels({ labels, points, scales, width }: MeetingLabelsProps) {
  const { lang } = useI18n();
  const placed = useMemo(() => {
    const { x: xOf, y: yOf, plot } = scales;
    if (plot.width <= 0 || plot.height <= 0) return [];
    const at = (day: number, tension: number | null) => ({ x: xOf(day), y: yOf(plotY(tension)) });
    const obstacles: Box[] = [];
    for (const p of points) {
      const { x, y } = at(p.day, p.tension);
      obstacles.push({ x: x - 7, y: y - 7, width: 14, height: 14 });
      const range = p.tension === null ? null : p.tensionRange;
      if (range && range[0] !== range[1]) {
        const high = yOf(range[1]);
        obstacles.push({ x: x - 4, y: high, width: 8, height: yOf(range[0]) - high });
      }
    }
    const requests = labels.map((label) => {
      const month = formatAxisDate(label.day, lang);
      const { x, y } = at(label.day, label.tension);
      // Clear of the mark, and of its range's line where it has one.
      const range = label.tension === null ? null : label.tensionRange;
      const high = range ? yOf(range[1]) : y;
      const low = range ? yOf(range[0]) : y;
      const textWidth = Math.max(
        estimateTextWidth(label.place, PLACE_SIZE),
        estimateTextWidth(month, MONTH_SIZE),
      );
      return {
        id: label.eventId,
        x,
        y,
        clearAbove: Math.max(MARK_RADIUS, y - high + 2),
        clearBelow: Math.max(MARK_RADIUS, low - y + 2),
        width: textWidth + 2,
        height: LINE * 2 + 2,
        month,
        label,
      };
    });
    const byId = new Map(requests.map((r) => [r.id, r]));
    // Anywhere over the plot and its right margin, under the axes' titles and above the zero
    // line: never in the lane.
    const bounds = { left: plot.left, right: width - 2, top: AXIS_TITLE_HEIGHT, bottom: yOf(0) };
    return placeLabels(requests, bounds, { obstacles }).flatMap((p) => {
      const request = byId.get(p.id);
      return request ? [{ ...p, request }] : [];
    });
  }, [labels, points, scales, width, lang]);

  return (
    <g className="meeting-labels">
      {placed.map(({ id, box, lineStart, lineEnd, request }) => (
        <g
          key={id}
          className="meeting-label"
          data-event-id={id}
          opacity={request.label.highlighted ? 1 : 0.35}
        >
          <line
            className="meeting-label__line"
            x1={lineStart.x}
            y1={lineStart.y}
            x2={lineEnd.x}
            y2={lineEnd.y}
          />
          <text className="meeting-label__text" x={box.x + 1} y={box.y + PLACE_SIZE}>
            <tspan className="meeting-label__place">{request.label.place}</tspan>
            <tspan className="meeting-label__month" x={box.x + 1} dy={LINE + 1}>
              {request.month}
            </tspan>
          </text>
        </g>
      ))}
    </g>
  );
}
