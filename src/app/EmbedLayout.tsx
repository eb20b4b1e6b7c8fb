import { ViewBoundary } from '@/components/ErrorBoundary';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { creditSources } from '@/domain/dataset/credit';
import type { EmbedState } from '@/domain/viewState/embedState';
import { DateRangeControls } from '@/features/filters/DateRangeControls';
import { LinkNotices } from '@/features/filters/LinkNotices';
import { StatusLine } from '@/features/filters/StatusLine';
import { MapPanel } from '@/features/map/MapPanel';
import { UnplacedPanel } from '@/features/map/UnplacedPanel';
import { QuotePanel } from '@/features/quotes/QuotePanel';
import { StoryPanel } from '@/features/story/StoryPanel';
import { TimelinePanel } from '@/features/timeline/TimelinePanel';
import { useI18n } from '@/i18n/I18nProvider';
import type { DashboardFilters } from './useDashboardFilters';
import type { PreparedView } from './useDashboardView';
import './EmbedLayout.css';

export interface EmbedLayoutProps {
  index: DatasetIndex;
  filters: DashboardFilters;
  prepared: PreparedView;
  embed: EmbedState;
}

/**
 * An embed laid out: what its view is about in a line (and the dates, if its author asked for
 * them), the view, and under it the source line and "Open the full dashboard", which opens the
 * same filters in a new tab. The views are DashboardLayout's, each behind its own boundary.
 */
export function EmbedLayout({ index, filters, prepared, embed }: EmbedLayoutProps) {
  const { t } = useI18n();
  const fullUrl = new URL(`./${filters.linkSearch}`, window.location.href).href;
  const views = { index, filters, prepared };
  const several = embed.view === 'dashboard' || embed.view === 'story';
  return (
    <>
      <LinkNotices notices={filters.notices} onDismiss={filters.dismissNotices} />
      {embed.dates ? (
        <div className="embed__dates">
          <DateRangeControls
            range={filters.filters.range}
            extent={index.extent}
            onChange={filters.setRange}
          />
        </div>
      ) : null}
      <StatusLine
        description={prepared.description}
        quoteCount={prepared.counts.quotes}
        playing={false}
      />
      {embed.view === 'story' && filters.story ? (
        <StoryPanel
          number={filters.story.number}
          step={filters.story.step}
          onGo={filters.goToStep}
        />
      ) : null}
      <div
        className={`embed__views${several ? ' embed__views--several' : ''}`}
        aria-busy={prepared.stale}
        data-stale={prepared.stale}
      >
        {several || embed.view === 'timeline' ? <EmbedTimeline {...views} /> : null}
        {several || embed.view === 'map' ? <EmbedMap {...views} unplaced={several} /> : null}
        {several || embed.view === 'quotes' ? <EmbedQuotes {...views} /> : null}
      </div>
      <footer className="embed__footer">
        <p className="embed__source">{t.embedSource(creditSources(index.head.sources))}</p>
        <a className="embed__full" href={fullUrl} target="_blank" rel="noopener">
          {t.embedOpenFull} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t.embedNewTab}</span>
        </a>
      </footer>
    </>
  );
}

interface ViewProps {
  index: DatasetIndex;
  filters: DashboardFilters;
  prepared: PreparedView;
}

function EmbedTimeline({ index, filters, prepared }: ViewProps) {
  const { viewFilters } = prepared;
  return (
    <ViewBoundary resetKeys={[index, viewFilters]}>
      <TimelinePanel
        timeline={prepared.timeline}
        inRange={prepared.inRange}
        index={index}
        domain={prepared.domain}
        bins={index.monthBins}
        range={viewFilters.range}
        placeId={viewFilters.place}
        selectedEvent={prepared.selectedEvent}
        onSelectEvent={filters.selectEvent}
        onRangeChange={filters.setRange}
        onRangePreview={filters.previewRange}
      />
    </ViewBoundary>
  );
}

function EmbedMap({ index, filters, prepared, unplaced }: ViewProps & { unplaced: boolean }) {
  const { viewFilters, selectedEvent } = prepared;
  return (
    <div className="embed__map">
      <ViewBoundary resetKeys={[index, viewFilters]}>
        <MapPanel
          summaries={prepared.places}
          placesById={index.placesById}
          noPlacesInData={index.placesById.size === 0}
          largest={index.largestPlace}
          selectedPlaceId={viewFilters.place}
          selectedEventPlaceId={selectedEvent?.placeId ?? null}
          onSelectPlace={filters.selectPlace}
        />
      </ViewBoundary>
      {unplaced ? (
        <ViewBoundary resetKeys={[index, viewFilters]}>
          <UnplacedPanel
            unplacedEvents={prepared.unplaced}
            eventAt={index.eventAt}
            selectedEventId={selectedEvent?.id ?? null}
            onSelectEvent={filters.selectEvent}
          />
        </ViewBoundary>
      ) : null}
    </div>
  );
}

function EmbedQuotes({ index, filters, prepared }: ViewProps) {
  return (
    <ViewBoundary resetKeys={[index, prepared.viewFilters]}>
      <QuotePanel
        index={index}
        set={prepared.set}
        placeFilter={prepared.placeFilter}
        selectedPosition={prepared.selectedPosition}
        selectedEvent={prepared.selectedEvent}
        onSelectEvent={filters.selectEvent}
        quiet={filters.playback.playing}
      />
    </ViewBoundary>
  );
}
