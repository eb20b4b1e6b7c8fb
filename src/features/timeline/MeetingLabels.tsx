import { useMemo } from 'react';
import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { estimateTextWidth, placeLabels, type Box } from '@/domain/labelPlacement';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import { AXIS_TITLE_HEIGHT, plotY } from './chartLayout';
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
}

/**
 * The key meetings named on the chart, place and month, each joined to its mark by a line and
 * placed so that no two overlap (domain/labelPlacement). Inside the chart, so it reads the
 * chart's scales and size.
 */
export function MeetingLabels({ labels, points }: MeetingLabelsProps) {
  const { lang } = useI18n();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();

  const placed = useMemo(() => {
    if (!xScale || !yScale || !plot || !chartWidth) return [];
    const at = (day: number, tension: number | null) => ({
      x: xScale(day) ?? 0,
      y: yScale(plotY(tension)) ?? 0,
    });
    const obstacles: Box[] = [];
    for (const p of points) {
      const { x, y } = at(p.day, p.tension);
      obstacles.push({ x: x - 7, y: y - 7, width: 14, height: 14 });
      const range = p.tension === null ? null : p.tensionRange;
      if (range && range[0] !== range[1]) {
        const top = yScale(range[1]) ?? y;
        const bottom = yScale(range[0]) ?? y;
        obstacles.push({ x: x - 4, y: top, width: 8, height: bottom - top });
      }
    }
    const requests = labels.map((label) => {
      const month = formatAxisDate(label.day, lang);
      const { x, y } = at(label.day, label.tension);
      // Clear of the mark and of its range's line, where it has one.
      const range = label.tension === null ? null : label.tensionRange;
      const top = range ? (yScale(range[1]) ?? y) : y;
      const bottom = range ? (yScale(range[0]) ?? y) : y;
      const width =
        Math.max(estimateTextWidth(label.place, PLACE_SIZE), estimateTextWidth(month, MONTH_SIZE)) +
        2;
      return {
        id: label.eventId,
        x,
        y,
        clearAbove: Math.max(MARK_RADIUS, y - top + 2),
        clearBelow: Math.max(MARK_RADIUS, bottom - y + 2),
        width,
        height: LINE * 2 + 2,
        month,
        label,
      };
    });
    const byId = new Map(requests.map((r) => [r.id, r]));
    // Anywhere over the plot and its right margin, under the axes' titles and above the zero
    // line: never in the lane.
    const bounds = {
      left: plot.x,
      right: chartWidth - 2,
      top: AXIS_TITLE_HEIGHT,
      bottom: yScale(0) ?? plot.y + plot.height,
    };
    return placeLabels(requests, bounds, { obstacles }).flatMap((p) => {
      const request = byId.get(p.id);
      return request ? [{ ...p, request }] : [];
    });
  }, [labels, points, xScale, yScale, plot, chartWidth, lang]);

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
