import { lazy, memo, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { DateRange } from '@/domain/dataset/dateRange';
import {
  CLIMATE_SAMPLES,
  climateSeries,
  summarizeClimate,
  type ClimatePoint,
} from '@/domain/query/climateSeries';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { PositionList } from '@/domain/query/eventSet';
import type { TimelineModel } from '@/domain/query/timelineModel';
import type { DiplomaticEvent, Source } from '@/domain/dataset/schema';
import { CLIMATE_WINDOW } from '@/domain/scoring/sensitivity';
import { fromDayNumber } from '@/domain/dataset/dates';
import type { MonthBin } from '@/domain/query/timeAxis';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Panel } from '@/components/Panel';
import { Spinner } from '@/components/Spinner';
import { useI18n, type I18n } from '@/i18n/I18nProvider';
import { OverviewSlider } from './OverviewSlider';
import { TimelineTable } from './TimelineTable';
import './TimelinePanel.css';

/**
 * A selected event's details, with the codebook that names its acts: not on the first screen, so
 * fetched when first shown, or once the reader starts using the page (usePrefetchViews).
 */
export const loadEventDetails = () => import('./EventDetails');
const EventDetails = lazy(() => loadEventDetails().then((m) => ({ default: m.EventDetails })));

/** Recharts and the chart, in their own chunk, which the app's own code does not wait for. */
export const loadTensionChart = () => import('./TensionChart');
const TensionChart = lazy(loadTensionChart);
// The chart leads the page, on its first screen: its code is fetched as soon as the app starts,
// alongside the data, and the chart is built as soon as both are in.
loadTensionChart().catch(() => {
  // Not reported here: where the chart is drawn, its error boundary says so.
});

export interface TimelinePanelProps {
  /** What the chart draws (domain/query/timelineModel.ts). */
  timeline: TimelineModel;
  /** The events in the range at any place: the data table's rows. */
  inRange: PositionList;
  /** The dataset's index: records for the details, the table and the tooltips. */
  index: DatasetIndex;
  domain: [number, number];
  bins: readonly MonthBin[];
  range: DateRange;
  /** The selected place: the chart and the table dim the others. */
  placeId: string | null;
  selectedEvent: DiplomaticEvent | null;
  onSelectEvent: (eventId: string | null) => void;
  onRangeChange: (range: DateRange) => void;
  /** The range a drag of the strip shows, step by step (`null` once let go). */
  onRangePreview?: (range: DateRange | null) => void;
}

/** The sources' publishers, each named once, the first three, and whether there are others. */
function publishersOf(sources: ReadonlyMap<string, Source>): [string[], boolean] {
  const names = new Set<string>();
  let unnamed = false;
  for (const source of sources.values()) {
    if (source.publisher) names.add(source.publisher);
    else unnamed = true;
  }
  return [[...names].slice(0, 3), unnamed || names.size > 3];
}

/** The climate line in words, for the figure's description: its highest, lowest and gaps. */
function describeClimate(points: readonly ClimatePoint[], { t, date, number }: I18n): string {
  const summary = summarizeClimate(points);
  return t.climateDescription(
    CLIMATE_WINDOW,
    summary && {
      high: number(summary.highest.value, 1),
      highDate: date(fromDayNumber(summary.highest.day), 'day'),
      highActs: summary.highest.acts,
      low: number(summary.lowest.value, 1),
      lowDate: date(fromDayNumber(summary.lowest.day), 'day'),
      lowActs: summary.lowest.acts,
      gaps: summary.gaps,
    },
  );
}

/** Memoised: it re-renders when what it draws changes, not on every filter keystroke. */
export const TimelinePanel = memo(function TimelinePanel(props: TimelinePanelProps) {
  const { timeline, selectedEvent, onSelectEvent, index } = props;
  const { placesById } = index;
  const i18n = useI18n();
  const { t } = i18n;
  // The relationship's climate across the chart's dates: a few hundred lookups in the act-day
  // index, whatever the data holds; a place or a facet does not change it.
  const { actDays } = index.data;
  const climate = useMemo(
    () => climateSeries(actDays, props.domain, CLIMATE_SAMPLES),
    [actDays, props.domain],
  );
  const climateText = useMemo(() => describeClimate(climate, i18n), [climate, i18n]);
  const [tableOpen, setTableOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The chart is built once the page around it is painted, in a render of its own, as a
  // transition: the browser paints and answers input between the slices React builds it in,
  // rather than waiting for one long task with the rest of the page.
  const [building, setBuilding] = useState(false);
  useEffect(function buildTheChartOncePainted() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const build = () => startTransition(() => setBuilding(true));
    if (typeof requestAnimationFrame !== 'function') {
      build();
      return undefined;
    }
    // A timeout set in a frame callback runs once that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(build, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const chartPlaceholder = (
    <div className="tension-chart tension-chart--placeholder">
      <Spinner label={t.chartDrawing} />
    </div>
  );

  return (
    <Panel
      label={t.timelineTitle}
      heading={t.timelineHeading}
      caption={t.timelineCaption(timeline.total, timeline.kind === 'cells')}
      className="panel--timeline"
      headingRef={headingRef}
    >
      <figure className="timeline-figure">
        <figcaption className="visually-hidden">
          {t.timelineCaption(timeline.total, timeline.kind === 'cells')} {climateText}
        </figcaption>
        {/* The chart's alternative is the data table; its axis labels are for the eye. */}
        <div className="timeline-figure__axis-label" aria-hidden="true">
          <span>{t.timelineYAxis}</span>
          <span>{t.timelineXAxis}</span>
        </div>
        {timeline.total === 0 ? (
          <p className="empty-state">{t.timelineEmpty}</p>
        ) : (
          <div>
            <ErrorBoundary fallback={<p role="alert">{t.viewError}</p>} resetKeys={[timeline]}>
              {/* The data table is there all along, the chart as soon as its code is in. */}
              <Suspense fallback={chartPlaceholder}>
                {building ? (
                  <TensionChart
                    timeline={timeline}
                    climate={climate}
                    domain={props.domain}
                    placesById={placesById}
                    eventsById={index.eventsById}
                    placeSelected={props.placeId !== null}
                    onSelectEvent={onSelectEvent}
                    onRangeChange={props.onRangeChange}
                  />
                ) : (
                  chartPlaceholder
                )}
              </Suspense>
            </ErrorBoundary>
          </div>
        )}
        {/* Outside the chart and its empty state: the strip is how a reader widens an empty range,
            and a drag through a stretch with no events must not take it away mid-drag. */}
        <OverviewSlider
          bins={props.bins}
          range={props.range}
          onRangeChange={props.onRangeChange}
          onRangePreview={props.onRangePreview}
        />
      </figure>
      <p className="timeline-note">{t.tensionExplainer}</p>
      <p className="timeline-note">{t.climateExplainer(CLIMATE_WINDOW)}</p>
      {/* The source under the view it supports, as a newsroom chart has it. */}
      <p className="timeline-note timeline-note--source">
        {t.chartSource(index.sourcesById.size, ...publishersOf(index.sourcesById))}{' '}
        <a href="#about-heading">{t.aboutHeading}</a>
      </p>
      {selectedEvent ? (
        <Suspense fallback={null}>
          <EventDetails
            event={selectedEvent}
            place={
              selectedEvent.placeId === null
                ? null
                : (placesById.get(selectedEvent.placeId) ?? null)
            }
            peopleById={index.peopleById}
            sourcesById={index.sourcesById}
            onClose={() => {
              // The details and their button go: focus goes to the panel's heading, not <body>.
              headingRef.current?.focus();
              onSelectEvent(null);
            }}
          />
        </Suspense>
      ) : null}
      <details className="data-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t.showTable}</summary>
        {/* Rows are made only while the table is open: none of them cost anything otherwise. */}
        {tableOpen ? (
          <TimelineTable
            events={props.inRange}
            index={index}
            placeId={props.placeId}
            selectedEventId={selectedEvent?.id ?? null}
            onSelectEvent={onSelectEvent}
          />
        ) : null}
      </details>
    </Panel>
  );
});
