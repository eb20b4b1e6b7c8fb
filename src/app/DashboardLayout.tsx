import { useRef } from 'react';
import { ViewBoundary } from '@/components/ErrorBoundary';
import { StickyWhenFits } from '@/components/StickyWhenFits';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { MapPanel } from '@/features/map/MapPanel';
import { UnplacedPanel } from '@/features/map/UnplacedPanel';
import { QuotePanel } from '@/features/quotes/QuotePanel';
import { StoryPanel } from '@/features/story/StoryPanel';
import { TimelinePanel } from '@/features/timeline/TimelinePanel';
import { FilterBar } from './FilterBar';
import type { DashboardFilters } from './useDashboardFilters';
import type { PreparedView } from './useDashboardView';
import './DashboardLayout.css';

export interface DashboardLayoutProps {
  index: DatasetIndex;
  filters: DashboardFilters;
  prepared: PreparedView;
}

/**
 * The dashboard laid out: the filter bar, the story step when one is open, and the three views,
 * each behind its own boundary (a view that fails on some data leaves the others working, and is
 * tried again on other data or another filter). The timeline leads, full width; the map and the
 * quotes support it, side by side on a wide screen.
 */
export function DashboardLayout({ index, filters, prepared }: DashboardLayoutProps) {
  const storyButtonRef = useRef<HTMLButtonElement>(null);
  const { viewFilters, stale, selectedEvent } = prepared;
  const resetKeys = [index, viewFilters];
  const selectedEventId = selectedEvent?.id ?? null;
  return (
    <>
      <FilterBar
        index={index}
        filters={filters}
        prepared={prepared}
        storyButtonRef={storyButtonRef}
      />
      {filters.story ? (
        <StoryPanel
          number={filters.story.number}
          step={filters.story.step}
          onGo={filters.goToStep}
          onClose={() => {
            // The story and its buttons go: focus goes back to the button that opens it.
            storyButtonRef.current?.focus();
            filters.leaveStory();
          }}
        />
      ) : null}
      <div className="views" aria-busy={stale} data-stale={stale}>
        <ViewBoundary resetKeys={resetKeys}>
          <TimelinePanel
            timeline={prepared.timeline}
            inRange={prepared.inRange}
            index={index}
            domain={prepared.domain}
            bins={index.monthBins}
            range={viewFilters.range}
            placeId={viewFilters.place}
            selectedEvent={selectedEvent}
            onSelectEvent={filters.selectEvent}
            onRangeChange={filters.setRange}
            onRangePreview={filters.previewRange}
          />
        </ViewBoundary>
        {/* Beside the quotes, the map stays on screen while they scroll by, if it fits; the
            calls and statements it cannot show come after it. */}
        <div className="views__side">
          <div className="views__map-track">
            <StickyWhenFits className="views__map">
              <ViewBoundary resetKeys={resetKeys}>
                <MapPanel
                  summaries={prepared.places}
                  placesById={index.placesById}
                  noPlacesInData={index.placesById.size === 0}
                  selectedPlaceId={viewFilters.place}
                  selectedEventPlaceId={selectedEvent?.placeId ?? null}
                  onSelectPlace={filters.selectPlace}
                />
              </ViewBoundary>
            </StickyWhenFits>
          </div>
          <ViewBoundary resetKeys={resetKeys}>
            <UnplacedPanel
              unplacedEvents={prepared.unplaced}
              eventAt={index.eventAt}
              selectedEventId={selectedEventId}
              onSelectEvent={filters.selectEvent}
            />
          </ViewBoundary>
        </div>
        <ViewBoundary resetKeys={resetKeys}>
          <QuotePanel
            index={index}
            set={prepared.set}
            placeFilter={prepared.placeFilter}
            selectedPosition={prepared.selectedPosition}
            selectedEvent={selectedEvent}
            onSelectEvent={filters.selectEvent}
            quiet={filters.playback.playing}
          />
        </ViewBoundary>
      </div>
    </>
  );
}
