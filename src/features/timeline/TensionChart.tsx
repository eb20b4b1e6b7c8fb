import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';
import type { DateRange } from '@/domain/dataset/dateRange';
import type { ClimatePoint } from '@/domain/query/climateSeries';
import { fromDayNumber } from '@/domain/dataset/dates';
import { estimateTextWidth } from '@/domain/geometry/labelPlacement';
import type { TimelineCell } from '@/domain/query/timelineCells';
import type { TimelineModel } from '@/domain/query/timelineModel';
import type { DiplomaticEvent, Place } from '@/domain/dataset/schema';
import { TENSION_MAX, TENSION_NEUTRAL } from '@/domain/scoring/tension';
import { monthTicks } from '@/domain/query/timeAxis';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import {
  AXIS_WIDTH,
  CHART_MARGIN,
  chartScales,
  LANE_BOTTOM,
  LANE_TOP,
  LANE_Y,
  X_AXIS_HEIGHT,
} from './chartLayout';
import { EventMarks, type EventMarksProps } from './EventMarks';
import { KindKey } from './KindKey';
import { drawingOrder, keyMeetingLabels } from './labels';
import { MeetingLabels } from './MeetingLabels';
import { CellTooltip } from './CellTooltip';
import { ClimateLayer } from './ClimateLayer';
import { PointTooltip } from './PointTooltip';
import { TensionTick, TimeTick, type TensionTickProps, type TimeTickProps } from './TensionTick';
import { TimelineCells, type TimelineCellsProps } from './TimelineCells';
import { UncertainPatterns } from './UncertainPatterns';
import { useChartSize } from './useChartSize';
import { useTimelineExporter } from './useTimelineExporter';
import './TensionChart.css';

export interface TensionChartProps {
  timeline: TimelineModel;
  /** The climate line's samples across the domain (domain/query/climateSeries.ts). */
  climate: readonly ClimatePoint[];
  domain: [number, number];
  placesById: ReadonlyMap<string, Place>;
  /** An event's record, read when its tooltip shows it. */
  eventsById: { get(id: string): DiplomaticEvent | undefined };
  /** A place is selected: the marks and cells of others are dimmed. */
  placeSelected: boolean;
  onSelectEvent: (eventId: string) => void;
  onRangeChange: (range: DateRange) => void;
}

/**
 * Each event's tone on a true time axis, or, when the range holds too many to tell apart, a grid
 * of cells that counts them, over the climate line and its band. Recharts draws the frame (axes,
 * grid, the lane); the climate, the marks and the cells are our own layers, drawn with its scales.
 */
export default function TensionChart(props: TensionChartProps) {
  const { timeline, domain, placesById, eventsById, onSelectEvent, onRangeChange } = props;
  const { t, lang, pick } = useI18n();
  const [sizeRef, size] = useChartSize();
  const scales = useMemo(
    () => chartScales(size.width, size.height, domain),
    [size.width, size.height, domain],
  );
  // As many ticks as their labels fit: Recharts then draws them all (interval 0) without
  // measuring each label in the DOM to drop the ones that would collide.
  const tickSpace = estimateTextWidth(formatAxisDate(domain[0], lang), 12) + 16;
  const tickCount = Math.max(2, Math.floor(scales.plot.width / tickSpace));
  const ticks = useMemo(() => monthTicks(domain[0], domain[1], tickCount), [domain, tickCount]);
  const drawn = size.width > 0 && size.height > 0;
  // The mark or the cell under the pointer, whose tooltip is shown beside it.
  const [hovered, setHovered] = useState<{ eventId: string; x: number } | null>(null);
  const [hoveredCell, setHoveredCell] = useState<{ cell: TimelineCell; x: number } | null>(null);
  const exporterRef = useTimelineExporter(drawn);
  const chartRef = useCallback(
    (element: HTMLDivElement | null) => {
      exporterRef(element);
      return sizeRef(element);
    },
    [exporterRef, sizeRef],
  );

  const marks = timeline.marks;
  const data = useMemo(() => drawingOrder(marks), [marks]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.eventId, m])), [marks]);
  // The handlers the marks are drawn with, the same from render to render (the marks are
  // memoised), reading the marks of the latest render.
  const latest = useRef({ byId, onSelectEvent, onRangeChange });
  useLayoutEffect(() => {
    latest.current = { byId, onSelectEvent, onRangeChange };
  });
  const onActivate = useCallback((eventId: string) => {
    const point = latest.current.byId.get(eventId);
    if (point) latest.current.onSelectEvent(point.eventId);
  }, []);
  // A cell stands for many events: a click zooms into their dates.
  const onActivateCell = useCallback<TimelineCellsProps['onActivate']>(
    (cell) =>
      latest.current.onRangeChange({
        from: fromDayNumber(cell.firstDay),
        to: fromDayNumber(cell.lastDay),
      }),
    [],
  );
  const onHoverCell = useCallback<TimelineCellsProps['onHover']>(
    (next) =>
      setHoveredCell((shown) =>
        shown?.cell.column === next?.cell.column && shown?.cell.row === next?.cell.row
          ? shown
          : next,
      ),
    [],
  );
  const onHover = useCallback<EventMarksProps['onHover']>(
    (next) => setHovered((shown) => (shown?.eventId === next?.eventId ? shown : next)),
    [],
  );
  const hoveredPoint = hovered ? byId.get(hovered.eventId) : undefined;
  const labels = useMemo(
    () => keyMeetingLabels(marks, (id) => placesById.get(id), pick),
    [marks, placesById, pick],
  );

  return (
    <div className="tension-chart">
      <div className="tension-chart__main" ref={chartRef}>
        {drawn ? (
          <ScatterChart
            width={size.width}
            height={size.height}
            margin={CHART_MARGIN}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="day"
              domain={domain}
              ticks={ticks}
              interval={0}
              height={X_AXIS_HEIGHT}
              allowDataOverflow
              stroke="var(--axis)"
              tick={(tick: Omit<TimeTickProps, 'format' | 'chartWidth'>) => (
                <TimeTick
                  {...tick}
                  format={(day) => formatAxisDate(day, lang)}
                  chartWidth={size.width}
                />
              )}
            />
            <defs>
              <UncertainPatterns />
            </defs>
            <ReferenceArea
              y1={LANE_BOTTOM}
              y2={LANE_TOP}
              fill="var(--lane)"
              fillOpacity={1}
              stroke="none"
              ifOverflow="visible"
              // Recharts draws a reference area at z-index 100, over the children drawn at 0 (our
              // marks' layer): this puts the lane under its marks, still over the grid (-100).
              zIndex={-50}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[LANE_BOTTOM, TENSION_MAX]}
              // Without a Recharts series on the chart, the axis takes this domain only so.
              allowDataOverflow
              ticks={[LANE_Y, 0, 2, 4, 6, 8, 10]}
              interval={0}
              width={AXIS_WIDTH}
              stroke="var(--axis)"
              tick={(tick: Omit<TensionTickProps, 'laneLabel'>) => (
                <TensionTick {...tick} laneLabel={t.laneTick} />
              )}
            />
            <ClimateLayer points={props.climate} scales={scales} part="band" />
            <ReferenceLine y={TENSION_NEUTRAL} stroke="var(--axis)" strokeDasharray="4 4" />
            {timeline.kind === 'cells' ? (
              <TimelineCells
                cells={timeline.cells}
                grid={timeline.grid}
                scales={scales}
                placeSelected={props.placeSelected}
                onHover={onHoverCell}
                onActivate={onActivateCell}
              />
            ) : null}
            <ClimateLayer points={props.climate} scales={scales} part="line" />
            <EventMarks points={data} onActivate={onActivate} onHover={onHover} />
            <MeetingLabels labels={labels} points={marks} scales={scales} width={size.width} />
          </ScatterChart>
        ) : null}
        {hovered && hoveredPoint ? (
          <ChartTooltip x={hovered.x} width={size.width}>
            <PointTooltip
              point={hoveredPoint}
              event={eventsById.get(hoveredPoint.eventId)}
              placesById={placesById}
            />
          </ChartTooltip>
        ) : hoveredCell && timeline.kind === 'cells' ? (
          <ChartTooltip x={hoveredCell.x} width={size.width}>
            <CellTooltip cell={hoveredCell.cell} />
          </ChartTooltip>
        ) : null}
      </div>
      <KindKey cells={timeline.kind === 'cells'} />
    </div>
  );
}

/**
 * Beside the mark or cell, on the side with more room, from the top of the chart: a long breakdown
 * runs down over the key below rather than off the top of the screen.
 */
function ChartTooltip({ x, width, children }: { x: number; width: number; children: ReactNode }) {
  return (
    <div
      className="tension-chart__tooltip"
      style={{
        left: x,
        transform: `translateX(${x > width / 2 ? 'calc(-100% - 14px)' : '14px'})`,
      }}
    >
      {children}
    </div>
  );
}
