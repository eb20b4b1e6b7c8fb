import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Brush,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
  useYAxisScale,
  type ScatterShapeProps,
  type TooltipContentProps,
} from 'recharts';
import type { TimelinePoint } from '@/domain/aggregate';
import type { DateRange } from '@/domain/dateRange';
import type { DiplomaticEvent, Place } from '@/domain/schema';
import {
  isBandUncertain,
  tensionBand,
  tensionColor,
  TENSION_COLORS,
  TENSION_MAX,
  TENSION_NEUTRAL,
  UNSCORED_COLOR,
} from '@/domain/tension';
import { binIndicesToRange, monthTicks, rangeToBinIndices, type MonthBin } from '@/domain/timeAxis';
import { formatAxisDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import { fromDayNumber } from '@/domain/dates';
import { thinTimeline } from '@/domain/thinTimeline';
import { KindKey } from './KindKey';
import { drawingOrder, labelAnchor, labelKeyMeetings, type ChartPoint } from './labels';
import { KIND_SYMBOLS } from './symbols';
import { TensionBreakdown } from './TensionBreakdown';
import './TensionChart.css';

export interface TensionChartProps {
  series: readonly TimelinePoint[];
  domain: [number, number];
  placesById: ReadonlyMap<string, Place>;
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  bins: readonly MonthBin[];
  range: DateRange;
  onSelectEvent: (eventId: string) => void;
  onRangeChange: (range: DateRange) => void;
}

const SELECTION = 'var(--selection)';

/**
 * Events with no score sit in a lane of their own under the scale, never at a made-up value:
 * the lane spans LANE_BOTTOM to LANE_TOP on the y axis, its marks at LANE_Y.
 */
const LANE_BOTTOM = -2.2;
const LANE_TOP = -0.6;
const LANE_Y = -1.4;

/** Wide enough for the lane's two-line label, "Not / scored". */
const AXIS_WIDTH = 52;

/** The y at which a mark is drawn: its score, or the unscored lane. */
const plotY = (tension: number | null) => tension ?? LANE_Y;

/** The tension of each event on a true time axis, and an overview strip with a brush below it. */
export default function TensionChart(props: TensionChartProps) {
  const { series, domain, placesById, eventsById, bins, range, onSelectEvent, onRangeChange } =
    props;
  const { t, lang, pick } = useI18n();
  const ticks = useMemo(() => monthTicks(domain[0], domain[1]), [domain]);

  const data = useMemo(
    () =>
      drawingOrder(
        labelKeyMeetings(thinTimeline(series, domain), (id) => placesById.get(id), pick),
      ).map((point) => ({ ...point, y: plotY(point.tension) })),
    [series, domain, placesById, pick],
  );

  return (
    <div className="tension-chart">
      <div className="tension-chart__main" data-export="timeline">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart
            margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="day"
              domain={domain}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={(day: number) => formatAxisDate(day, lang)}
              stroke="var(--axis)"
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
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
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[LANE_BOTTOM, TENSION_MAX]}
              ticks={[LANE_Y, 0, 2, 4, 6, 8, 10]}
              interval={0}
              width={AXIS_WIDTH}
              stroke="var(--axis)"
              tick={(tick: AxisTickProps) => <TensionTick {...tick} laneLabel={t.laneTick} />}
            />
            <ReferenceLine y={TENSION_NEUTRAL} stroke="var(--axis)" strokeDasharray="4 4" />
            <Tooltip
              content={(tooltip: TooltipContentProps) => (
                <PointTooltip {...tooltip} eventsById={eventsById} placesById={placesById} />
              )}
              cursor={false}
              isAnimationActive={false}
            />
            <Scatter
              data={data}
              shape={(shape: ScatterShapeProps) => <EventMark {...shape} domain={domain} />}
              isAnimationActive={false}
              onClick={(_, index) => {
                const point = data[index];
                if (!point) return;
                // A mark that stands for many events zooms into their dates.
                if (point.count > 1)
                  onRangeChange({
                    from: fromDayNumber(point.firstDay),
                    to: fromDayNumber(point.lastDay),
                  });
                else onSelectEvent(point.eventId);
              }}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <KindKey />
      <OverviewBrush bins={bins} range={range} onRangeChange={onRangeChange} />
    </div>
  );
}

function EventMark(props: ScatterShapeProps & { domain: [number, number] }) {
  const yScale = useYAxisScale();
  const point = props.payload as ChartPoint | undefined;
  if (!point || props.cx === undefined || props.cy === undefined) return <g />;
  const anchor = labelAnchor(point.day, props.domain);
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
    point.tension !== null && range && range[0] !== range[1] && yScale
      ? { top: yScale(range[1]), bottom: yScale(range[0]) }
      : null;
  return (
    <g
      className="event-mark"
      opacity={point.highlighted ? 1 : 0.25}
      data-event-id={point.eventId}
      data-uncertain={uncertain || undefined}
      style={{ cursor: 'pointer' }}
    >
      {whisker && whisker.top !== undefined && whisker.bottom !== undefined ? (
        <g className="event-mark__range" stroke="var(--ink)" strokeWidth={uncertain ? 2 : 1.25}>
          <line x1={props.cx} x2={props.cx} y1={whisker.top} y2={whisker.bottom} />
          <line x1={props.cx - 4} x2={props.cx + 4} y1={whisker.top} y2={whisker.top} />
          <line x1={props.cx - 4} x2={props.cx + 4} y1={whisker.bottom} y2={whisker.bottom} />
        </g>
      ) : null}
      {point.selected ? (
        <circle cx={props.cx} cy={props.cy} r={14} fill="none" stroke={SELECTION} strokeWidth={3} />
      ) : null}
      <Symbols
        cx={props.cx}
        cy={props.cy}
        type={KIND_SYMBOLS[point.kind]}
        size={(point.category === 'context' ? 90 : 160) * Math.min(6, Math.sqrt(point.count))}
        fill={fill}
        stroke={
          held || point.tension === null || tensionBand(point.tension) === 0 ? 'var(--ink)' : color
        }
        strokeWidth={held ? 1 : 2.5}
        strokeDasharray={held ? undefined : '3 2'}
      />
      {point.label ? (
        <text
          x={props.cx + (anchor === 'start' ? -8 : anchor === 'end' ? 8 : 0)}
          y={point.labelBelow ? props.cy + 24 : props.cy - 13}
          textAnchor={anchor}
          className="tension-chart__label"
        >
          {point.label}
        </text>
      ) : null}
    </g>
  );
}

/** The two colours an uncertain mark is hatched with: its range's lowest and highest band. */
function hatchId(tension: number | null, range: readonly [number, number] | null): string {
  const low = tension === null ? 'none' : String(tensionBand(range?.[0] ?? tension));
  const high = String(tensionBand(range?.[1] ?? tension ?? 0));
  return `tension-hatch-${low}-${high}`;
}

/** Diagonal stripes in two colours, one pattern per pair of bands a range can span. */
function UncertainPatterns() {
  const colors: [string, string][] = [];
  const ids: string[] = [];
  for (let high = 0; high < TENSION_COLORS.length; high++) {
    ids.push(`tension-hatch-none-${high}`);
    colors.push([UNSCORED_COLOR, TENSION_COLORS[high] ?? UNSCORED_COLOR]);
    for (let low = 0; low < high; low++) {
      ids.push(`tension-hatch-${low}-${high}`);
      colors.push([TENSION_COLORS[low] ?? UNSCORED_COLOR, TENSION_COLORS[high] ?? UNSCORED_COLOR]);
    }
  }
  return (
    <>
      {ids.map((id, i) => (
        <pattern
          key={id}
          id={id}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={colors[i]?.[0]} />
          <rect width={3} height={6} fill={colors[i]?.[1]} />
        </pattern>
      ))}
    </>
  );
}

interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** The scale's numbers, and at the lane its name, a word a line: "Not" / "scored". */
function TensionTick({
  x = 0,
  y = 0,
  payload,
  laneLabel,
}: AxisTickProps & { laneLabel: readonly string[] }) {
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

interface PointTooltipProps extends TooltipContentProps {
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  placesById: ReadonlyMap<string, Place>;
}

function PointTooltip({ active, payload, eventsById, placesById }: PointTooltipProps) {
  const { t, pick, date, number } = useI18n();
  const point = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
  if (!point) return null;
  if (point.count > 1) return <CellTooltip point={point} />;
  const event = eventsById.get(point.eventId);
  const place = point.placeId === null ? undefined : placesById.get(point.placeId);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{pick(point.title)}</p>
      <p className="chart-tooltip__meta">
        {date(point.date, point.datePrecision)} · {place ? pick(place.name) : t.noPlace} ·{' '}
        {t.kind[point.kind]}
        {point.status === 'held' ? '' : ` · ${t.status[point.status]}`}
      </p>
      <p className="chart-tooltip__score">
        {t.colTension}:{' '}
        <strong>{point.tension === null ? t.notScored : number(point.tension)}</strong>
        {point.tension !== null &&
        point.tensionRange &&
        point.tensionRange[0] !== point.tensionRange[1]
          ? ` (${t.colRange.toLowerCase()} ${t.rangeShort(number(point.tensionRange[0]), number(point.tensionRange[1]))})`
          : ''}
      </p>
      {event ? <TensionBreakdown event={event} compact /> : null}
    </div>
  );
}

/** A mark that stands for many events: how many, when, and how tense on average. */
function CellTooltip({ point }: { point: ChartPoint }) {
  const { t, date, number } = useI18n();
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t.eventCount(point.count)}</p>
      <p className="chart-tooltip__meta">
        {date(fromDayNumber(point.firstDay), 'day')} – {date(fromDayNumber(point.lastDay), 'day')}
      </p>
      <p className="chart-tooltip__score">
        {point.tension === null ? (
          t.notScored
        ) : (
          <>
            {t.meanTension}: <strong>{number(point.tension)}</strong>
          </>
        )}
      </p>
      <p className="chart-tooltip__meta">{t.clickToZoom}</p>
    </div>
  );
}

interface OverviewBrushProps {
  bins: readonly MonthBin[];
  range: DateRange;
  onRangeChange: (range: DateRange) => void;
}

/** Events per month over the whole story; drag the brush's handles to choose a date range. */
function OverviewBrush({ bins, range, onRangeChange }: OverviewBrushProps) {
  const { t, lang, date } = useI18n();
  const committed = useMemo(() => rangeToBinIndices(bins, range), [bins, range]);
  // While a handle is dragged the brush shows where it is; the drag belongs to the range it
  // started from, so a new range from elsewhere replaces it.
  const [drag, setDrag] = useState<{ from: typeof committed; live: typeof committed } | null>(null);
  const live = drag !== null && drag.from === committed ? drag.live : committed;
  const strip = useRef<HTMLDivElement>(null);
  const movedByKey = useRef(false);

  const { startIndex, endIndex } = live;
  useEffect(
    function sayTheHandlesMonths() {
      // Recharts' handles are sliders whose value is a pixel position: give them the month as
      // their text value, again whenever Recharts draws them anew.
      const element = strip.current;
      if (!element) return undefined;
      const month = (index: number) => {
        const bin = bins[index];
        return bin ? date(fromDayNumber(bin.start), 'month') : '';
      };
      const label = () => {
        const handles = element.querySelectorAll('.recharts-brush-traveller');
        handles[0]?.setAttribute('aria-valuetext', `${t.from}: ${month(startIndex)}`);
        handles[1]?.setAttribute('aria-valuetext', `${t.to}: ${month(endIndex)}`);
      };
      label();
      const observer = new MutationObserver(label);
      observer.observe(element, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
      return () => observer.disconnect();
    },
    [bins, startIndex, endIndex, date, t],
  );

  if (bins.length < 2) return null;
  return (
    <div
      ref={strip}
      className="tension-chart__overview"
      // Arrow keys move a handle a month at a time, which Recharts reports as a change (at once
      // or a moment later), never as the end of a drag: a change that follows a key is taken.
      // Capture, since the handle stops the key event's propagation.
      onKeyDownCapture={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') movedByKey.current = true;
      }}
      onPointerDownCapture={() => (movedByKey.current = false)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart
          data={bins as MonthBin[]}
          margin={{ top: 4, right: 24, bottom: 0, left: AXIS_WIDTH }}
          accessibilityLayer={false}
        >
          <Brush
            dataKey="month"
            height={44}
            stroke="var(--selection)"
            fill="var(--surface)"
            travellerWidth={12}
            startIndex={live.startIndex}
            endIndex={live.endIndex}
            ariaLabel={t.brushLabel}
            tickFormatter={(_, index) => {
              const bin = bins[index];
              return bin ? formatAxisDate(bin.start, lang) : '';
            }}
            onChange={(next) => {
              setDrag({ from: committed, live: next });
              if (!movedByKey.current) return;
              movedByKey.current = false;
              onRangeChange(binIndicesToRange(bins, next.startIndex, next.endIndex));
            }}
            onDragEnd={(next) =>
              onRangeChange(binIndicesToRange(bins, next.startIndex, next.endIndex))
            }
          >
            {/* The whole story's bars drawn inside the brush: a chart with a brush would show only
                the bars of the brushed range, so the strip would lose what lies outside it. */}
            <OverviewBars bins={bins} />
          </Brush>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

interface OverviewBarsProps {
  bins: readonly MonthBin[];
  /** Set by the brush, which draws its one child as its background ("panorama"). */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** Events per month as bars, across the brush's whole width: plain SVG, one rect per month. */
function OverviewBars({ bins, x = 0, y = 0, width = 0, height = 0 }: OverviewBarsProps) {
  const max = bins.reduce((most, bin) => Math.max(most, bin.count), 0);
  if (max === 0 || width <= 0 || height <= 0) return null;
  const step = width / bins.length;
  const gap = step > 3 ? 1 : 0;
  return (
    <g className="tension-chart__overview-bars" fill="var(--muted)">
      {bins.map((bin, i) => {
        if (bin.count === 0) return null;
        const barHeight = Math.max(1, (bin.count / max) * (height - 2));
        return (
          <rect
            key={bin.month}
            x={x + i * step + gap / 2}
            y={y + height - barHeight}
            width={Math.max(0.5, step - gap)}
            height={barHeight}
          />
        );
      })}
    </g>
  );
}
