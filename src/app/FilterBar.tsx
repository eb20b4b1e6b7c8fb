import { lazy, Suspense, useId, useRef, useState, type Ref } from 'react';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { FacetToggle } from '@/features/facets/FacetToggle';
import { DateRangeControls } from '@/features/filters/DateRangeControls';
import { LinkNotices } from '@/features/filters/LinkNotices';
import { StatusLine } from '@/features/filters/StatusLine';
import { PlayControls } from '@/features/playback/PlayControls';
import { ShareTools } from '@/features/share/ShareTools';
import { useI18n } from '@/i18n/I18nProvider';
import type { DashboardFilters } from './useDashboardFilters';
import type { PreparedView } from './useDashboardView';
import './FilterBar.css';

// The facets' groups, their counts and their values' names (the CAMEO codebook, the countries) are
// fetched when the reader opens them or reaches for the button: closed, they are not on the screen.
const loadFacetPanel = () => import('@/features/facets/FacetPanel');
const FacetPanel = lazy(() => loadFacetPanel().then((m) => ({ default: m.FacetPanel })));
const prefetchFacetPanel = () => void loadFacetPanel().catch(() => {});

export interface FilterBarProps {
  index: DatasetIndex;
  filters: DashboardFilters;
  prepared: PreparedView;
  /** The button that opens the story: focus returns to it when the story closes. */
  storyButtonRef: Ref<HTMLButtonElement>;
}

/**
 * The filters' section, compact so the chart under it fits the first screen: dates, periods and
 * Reset on one row, what is shown and the tools (playback, story, share) on the next. On a phone
 * it is a bar that stays at the top of the screen, saying what is shown, with a button that
 * opens the controls, so they are in reach from anywhere on the page.
 */
export function FilterBar({ index, filters, prepared, storyButtonRef }: FilterBarProps) {
  const { t } = useI18n();
  // Where focus goes when the notices, and their button, go.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const [facetsOpen, setFacetsOpen] = useState(false);
  // Once opened, the panel stays mounted (hidden when closed), as it was before it was lazy.
  const [facetsOpened, setFacetsOpened] = useState(false);
  const facetsId = useId();
  const { range, place } = filters.filters;
  return (
    <section className="filters" aria-label={t.filters} data-open={open}>
      {/* Shown only where the bar is collapsed (a phone): it opens and closes the controls. */}
      <button
        type="button"
        className="chip filters__toggle"
        aria-expanded={open}
        aria-controls={controlsId}
        onClick={() => setOpen(!open)}
      >
        {t.filters} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="filters__controls" id={controlsId}>
        <DateRangeControls
          range={range}
          extent={index.extent}
          onChange={filters.setRange}
          actions={
            <>
              {/* Always there, unavailable when nothing is filtered: it keeps focus after a reset. */}
              <button
                type="button"
                className="chip"
                aria-disabled={!filters.filtered}
                onClick={() => {
                  if (filters.filtered) filters.reset();
                }}
              >
                {t.resetFilters}
              </button>
              {/* On the dates' row: closed, the facets take no room above the chart. */}
              <FacetToggle
                index={index}
                selection={filters.filters.facets}
                open={facetsOpen}
                onToggle={() => {
                  setFacetsOpen(!facetsOpen);
                  setFacetsOpened(true);
                }}
                onReach={prefetchFacetPanel}
                panelId={facetsId}
              />
            </>
          }
        />
        {facetsOpened ? (
          <Suspense fallback={<div id={facetsId} className="facets" hidden={!facetsOpen} />}>
            <FacetPanel
              id={facetsId}
              open={facetsOpen}
              index={index}
              filters={filters.filters}
              onChange={filters.setFacets}
            />
          </Suspense>
        ) : (
          <div id={facetsId} className="facets" hidden />
        )}
      </div>
      {/* Outside the controls: on a phone they are shown even while the controls are closed. */}
      <LinkNotices
        notices={filters.notices}
        onDismiss={() => {
          statusRef.current?.focus();
          filters.dismissNotices();
        }}
      />
      <div className="filters__status">
        <StatusLine
          description={prepared.description}
          quoteCount={prepared.counts.quotes}
          playing={filters.playback.playing}
          ref={statusRef}
        />
        <div className="filters__tools">
          <PlayControls playback={filters.playback} />
          {filters.storyAvailable ? (
            <button
              type="button"
              className="chip"
              ref={storyButtonRef}
              aria-pressed={filters.story !== null}
              onClick={filters.toggleStory}
            >
              {t.startStory}
            </button>
          ) : null}
          <ShareTools
            dataset={index.head}
            placesById={index.placesById}
            peopleById={index.peopleById}
            eventsById={index.eventsById}
            actDays={index.data.actDays}
            rows={prepared.rows}
            filter={{
              from: range.from,
              to: range.to,
              placeId: place,
              eventId: prepared.selectedEvent?.id ?? null,
              facets: filters.filters.facets,
            }}
            viewDescription={prepared.description}
            linkSearch={filters.linkSearch}
          />
        </div>
      </div>
    </section>
  );
}
