import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { BUILT_IN_DATASET_URL, DatasetError } from '@/data/datasetQuery';
import { useLoadProgress } from '@/data/loadProgress';
import { useActiveDataset } from '@/data/useActiveDataset';
import { useUrlState, type UrlStateHandle } from '@/data/useUrlState';
import { computeDashboardView, countVisibleEvents, type DatasetIndex } from '@/domain/aggregate';
import { storyStep } from '@/domain/story';
import { rangeToDays, type DateRange } from '@/domain/dateRange';
import { chartDomain } from '@/domain/timeAxis';
import {
  hasStoryMeetings,
  reconcileUrlState,
  urlStateToSearch,
  type UrlNotice,
  type UrlState,
} from '@/domain/urlState';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { DatasetControls } from '@/features/dataset/DatasetControls';
import {
  DatasetErrorMessage,
  LeftOutWarning,
  LoadingMessage,
} from '@/features/dataset/DatasetMessages';
import { DateRangeControls } from '@/features/filters/DateRangeControls';
import { StatusLine } from '@/features/filters/StatusLine';
import { loadDiplomacyMap, MapPanel } from '@/features/map/MapPanel';
import { PlayControls } from '@/features/playback/PlayControls';
import { usePlayback } from '@/features/playback/usePlayback';
import { QuotePanel } from '@/features/quotes/QuotePanel';
import { ShareTools } from '@/features/share/ShareTools';
import { StoryPanel } from '@/features/story/StoryPanel';
import { loadTensionChart, TimelinePanel } from '@/features/timeline/TimelinePanel';
import { browserLanguage, I18nProvider, useI18n } from '@/i18n/I18nProvider';
import { describeFilter } from '@/i18n/describeFilter';
import { About } from './About';
import { Header } from './Header';
import { useAfterPaint } from './useAfterPaint';
import { whenIdle } from './whenIdle';

/** The whole page: URL state and language, the dataset's loading and errors, and the three views. */
export function Dashboard() {
  const url = useUrlState();
  const lang = url.state.lang ?? browserLanguage();
  return (
    <I18nProvider lang={lang}>
      <DashboardPage url={url} />
    </I18nProvider>
  );
}

function DashboardPage({ url }: { url: UrlStateHandle }) {
  const { t, lang } = useI18n();
  const { active: loaded, restoring, builtIn, openFile, switchToBuiltIn } = useActiveDataset();
  // The first render of the views (and of a newly opened dataset) is deferred, so React renders
  // it in slices between frames instead of one long task.
  const active = useDeferredValue(loaded);
  const progress = useLoadProgress(BUILT_IN_DATASET_URL);
  const slow = useIsSlow(builtIn.isFetching && !builtIn.data);
  const dragging = useFileDrop(openFile.mutate);

  useEffect(
    function reflectLanguageInDocument() {
      document.documentElement.lang = lang;
    },
    [lang],
  );

  return (
    <>
      <a className="skip-link" href="#dashboard">
        {t.skipToContent}
      </a>
      <Header onLanguageChange={(next) => url.update({ lang: next })} />
      <main id="dashboard" tabIndex={-1}>
        <DatasetControls
          origin={active?.origin ?? null}
          eventCount={active?.index.events.length ?? null}
          opening={openFile.isPending}
          onOpenFile={openFile.mutate}
          onUseBuiltIn={() => void switchToBuiltIn()}
        />
        {openFile.isError ? (
          <DatasetErrorMessage
            error={openFile.error}
            title={t.fileRefused(active !== null)}
            onDismiss={openFile.reset}
          />
        ) : null}
        {openFile.data && !openFile.data.kept ? (
          <p className="message message--warning">{t.notKept}</p>
        ) : null}
        {active ? (
          <>
            <LeftOutWarning problems={active.leftOut} />
            {/* Data that passed validation and still breaks the dashboard gets a message, and
                the controls above stay to open another file or go back to the built-in one. */}
            <ErrorBoundary
              resetKeys={[active.index]}
              fallback={(error) => <DatasetErrorMessage error={error} title={t.dashboardError} />}
            >
              <DashboardViews index={active.index} url={url} />
            </ErrorBoundary>
          </>
        ) : restoring || builtIn.isPending ? (
          <LoadingMessage progress={progress} slow={slow} />
        ) : builtIn.isError ? (
          <DatasetErrorMessage
            error={builtIn.error}
            title={
              builtIn.error instanceof DatasetError && builtIn.error.problems.length > 0
                ? t.invalidData
                : t.loadError
            }
            onRetry={() => void builtIn.refetch()}
            retrying={builtIn.isFetching}
          />
        ) : null}
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      ) : null}
      {active ? <About sources={active.index.dataset.sources} /> : null}
    </>
  );
}

/** True once `running` has lasted a few seconds: time to say the load is slow. */
function useIsSlow(running: boolean, afterMs = 4000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(
    function flagSlowLoad() {
      if (!running) return undefined;
      const timer = setTimeout(() => setSlow(true), afterMs);
      return () => {
        clearTimeout(timer);
        setSlow(false);
      };
    },
    [running, afterMs],
  );
  return slow;
}

/** Dropping a file anywhere on the page opens it; true while one is dragged over the page. */
function useFileDrop(onFile: (file: File) => void): boolean {
  // `onFile` must be stable (TanStack's `mutate` is): the listeners are added once.
  const [dragging, setDragging] = useState(false);
  useEffect(
    function listenForDroppedFiles() {
      let depth = 0;
      const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
      const onEnter = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        depth += 1;
        setDragging(true);
      };
      const onLeave = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      };
      const onOver = (e: DragEvent) => {
        if (hasFiles(e)) e.preventDefault();
      };
      const onDrop = (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      };
      window.addEventListener('dragenter', onEnter);
      window.addEventListener('dragleave', onLeave);
      window.addEventListener('dragover', onOver);
      window.addEventListener('drop', onDrop);
      return () => {
        window.removeEventListener('dragenter', onEnter);
        window.removeEventListener('dragleave', onLeave);
        window.removeEventListener('dragover', onOver);
        window.removeEventListener('drop', onDrop);
      };
    },
    [onFile],
  );
  return dragging;
}

function DashboardViews({ index, url }: { index: DatasetIndex; url: UrlStateHandle }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const { update } = url;

  const reconciled = useMemo(
    () => reconcileUrlState(url.state, { places: index.placesById, events: index.eventsById }),
    [url.state, index],
  );
  const notices = [...url.notices, ...reconciled.notices];

  // The story runs only on data with its meetings (a link to a step on other data gets a notice).
  const storyAvailable = useMemo(
    () => hasStoryMeetings({ places: index.placesById, events: index.eventsById }),
    [index],
  );
  // A story step decides the view while it is open; otherwise the URL's filters do.
  const step = storyStep(reconciled.state.story);
  const filters = step
    ? { from: step.range.from, to: step.range.to, place: step.placeId, event: step.eventId }
    : reconciled.state;
  // The range the reader chose: the URL's, or the open story step's.
  const chosenRange = useMemo<DateRange>(
    () => ({ from: filters.from, to: filters.to }),
    [filters.from, filters.to],
  );

  const { extent, monthBins } = index;
  const extentDays = useMemo(() => rangeToDays(extent), [extent]);

  // The handlers read the latest filters through a ref, so they keep one identity and the views,
  // which are memoised, do not re-render just because a handler was made again.
  const latestFilters = useRef(filters);
  useLayoutEffect(function keepLatestFilters() {
    latestFilters.current = filters;
  });
  /** Every change made in the views leaves the story, keeping what the step showed. */
  const change = useCallback(
    (patch: Partial<UrlState>) => {
      const { from, to, place, event } = latestFilters.current;
      update({ from, to, place, event, ...patch, story: null });
    },
    [update],
  );

  const commitRange = useCallback(
    (next: DateRange) => change({ from: next.from, to: next.to }),
    [change],
  );
  const playback = usePlayback(extentDays, chosenRange, commitRange);
  const { stop: stopPlayback } = playback;
  /** Every range the reader sets (dates, presets, the brush, a zoom into a cell) ends playback and wins. */
  const setRange = useCallback(
    (next: DateRange) => {
      stopPlayback();
      commitRange(next);
    },
    [stopPlayback, commitRange],
  );
  // One range on screen, and everything (inputs, status, views, link, downloads) shows it: the
  // playback window while playing, else the chosen range.
  const range = playback.window ?? chosenRange;
  const { place, event } = filters;
  const storyOpen = step !== null;
  // Focus targets for when what had focus goes away (a closed story, dismissed notices).
  const storyButtonRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const filtered = range.from !== null || range.to !== null || place !== null || event !== null;

  // The inputs and the status line answer at once; the three views, dimmed meanwhile, follow
  // once that answer is painted, in a render React can interrupt: an input never waits for them.
  const filter = useMemo(() => ({ range, place, event }), [range, place, event]);
  const viewFilter = useAfterPaint(filter);
  const { range: viewRange, place: viewPlace, event: viewEvent } = viewFilter;
  const stale = viewFilter !== filter;
  const view = useMemo(
    () => computeDashboardView(index, { range: viewRange, placeId: viewPlace, eventId: viewEvent }),
    [index, viewRange, viewPlace, viewEvent],
  );
  const shownCount = useMemo(
    () => countVisibleEvents(index, { range, placeId: place, eventId: event }),
    [index, range, place, event],
  );
  const domain = useMemo(() => chartDomain(viewRange, extentDays), [viewRange, extentDays]);
  const visibleEvents = useMemo(() => view.visibleEvents.map((e) => e.event), [view]);

  const onSelectPlace = useCallback(
    (placeId: string | null) => change({ place: placeId, event: null }),
    [change],
  );
  const onSelectEvent = useCallback(
    (eventId: string | null) => {
      if (eventId === null) return change({ event: null });
      // The event's place becomes the selected place, so the map shows where it happened.
      change({ event: eventId, place: index.eventsById.get(eventId)?.placeId ?? null });
    },
    [change, index],
  );

  const selectedPlace = place === null ? null : (index.placesById.get(place) ?? null);
  const description = describeFilter(i18n, {
    shown: shownCount.events,
    total: index.events.length,
    placeName: selectedPlace ? pick(selectedPlace.name) : null,
    range,
    extent,
  });
  useEffect(
    function describeViewInTitleAndMetadata() {
      setTitle(`${description} · ${t.appTitle}`);
      setMeta('description', description);
      setMeta('og:title', t.appTitle);
      setMeta('og:description', description);
    },
    [description, t],
  );
  useEffect(function fetchViewsWhenIdle() {
    // The map and the chart are built when they come near the screen (on a phone they start
    // below it); their code is fetched as soon as the page is idle, so that they are ready then.
    // A failed fetch is not reported here: the view that needs the code says so when it mounts.
    const ignore = () => {};
    return whenIdle(() => {
      loadDiplomacyMap().catch(ignore);
      loadTensionChart().catch(ignore);
    });
  }, []);
  const viewError = <p role="alert">{t.viewError}</p>;
  // A view that failed is tried again on other data or another filter.
  const viewResetKeys = [index, viewFilter];

  return (
    <>
      <section className="filters" aria-label={t.filters}>
        <DateRangeControls range={range} extent={extent} onChange={setRange} />
        <div className="filters__status">
          <StatusLine
            description={description}
            quoteCount={shownCount.quotes}
            playing={playback.playing}
            ref={statusRef}
          />
          {/* Always there, unavailable when nothing is filtered: it keeps focus after a reset. */}
          <button
            type="button"
            className="chip"
            aria-disabled={!filtered}
            onClick={() => {
              if (!filtered) return;
              stopPlayback();
              update({ from: null, to: null, place: null, event: null, story: null });
            }}
          >
            {t.resetFilters}
          </button>
        </div>
        {notices.length > 0 ? (
          <Notices
            notices={notices}
            onDismiss={() => {
              statusRef.current?.focus();
              update(
                {
                  place: reconciled.state.place,
                  event: reconciled.state.event,
                  story: reconciled.state.story,
                },
                { replace: true },
              );
            }}
          />
        ) : null}
        <div className="filters__tools">
          <PlayControls
            playback={{
              ...playback,
              // Playing moves the view, which the story would hold: it leaves the story first.
              play: () => {
                if (storyOpen) change({});
                playback.play();
              },
            }}
          />
          {storyAvailable ? (
            <button
              type="button"
              className="chip"
              ref={storyButtonRef}
              aria-pressed={storyOpen}
              onClick={() => update({ story: storyOpen ? null : 1 })}
            >
              {t.startStory}
            </button>
          ) : null}
          <ShareTools
            dataset={index.dataset}
            placesById={index.placesById}
            peopleById={index.peopleById}
            eventsById={index.eventsById}
            events={visibleEvents}
            quotes={view.quotes}
            filter={{
              from: range.from,
              to: range.to,
              placeId: place,
              eventId: view.selectedEvent?.id ?? null,
            }}
            viewDescription={description}
            linkSearch={urlStateToSearch({ ...reconciled.state, from: range.from, to: range.to })}
          />
        </div>
      </section>
      {storyOpen && reconciled.state.story !== null ? (
        <StoryPanel
          number={reconciled.state.story}
          step={step}
          onGo={(n) => update({ story: n })}
          onClose={() => {
            // The story and its buttons go: focus goes back to the button that opens it.
            storyButtonRef.current?.focus();
            change({});
          }}
        />
      ) : null}
      <div className="views" aria-busy={stale} data-stale={stale}>
        <ErrorBoundary fallback={viewError} resetKeys={viewResetKeys}>
          <MapPanel
            summaries={view.placeSummaries}
            unplacedEvents={view.unplacedEvents}
            eventsById={index.eventsById}
            selectedPlaceId={viewPlace}
            selectedEventId={view.selectedEvent?.id ?? null}
            onSelectPlace={onSelectPlace}
            onSelectEvent={onSelectEvent}
          />
        </ErrorBoundary>
        <ErrorBoundary fallback={viewError} resetKeys={viewResetKeys}>
          <TimelinePanel
            series={view.series}
            domain={domain}
            bins={monthBins}
            range={viewRange}
            eventsById={index.eventsById}
            placesById={index.placesById}
            peopleById={index.peopleById}
            sourcesById={index.sourcesById}
            selectedEvent={view.selectedEvent}
            onSelectEvent={onSelectEvent}
            onRangeChange={setRange}
          />
        </ErrorBoundary>
        <ErrorBoundary fallback={viewError} resetKeys={viewResetKeys}>
          <QuotePanel
            quotes={view.quotes}
            eventsById={index.eventsById}
            peopleById={index.peopleById}
            placesById={index.placesById}
            sourcesById={index.sourcesById}
            selectedEvent={view.selectedEvent}
            onSelectEvent={onSelectEvent}
            quiet={playback.playing}
          />
        </ErrorBoundary>
      </div>
    </>
  );
}

function Notices({ notices, onDismiss }: { notices: readonly UrlNotice[]; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notices" aria-live="polite">
      <p className="notices__title">{t.notices}</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{t.notice[notice.reason](notice.param)}</li>
        ))}
      </ul>
      <button type="button" className="chip" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

function setTitle(title: string) {
  document.title = title;
}

/** Sets a <meta name=…> or <meta property=…> tag, making it if the page has none. */
function setMeta(name: string, content: string) {
  const attribute = name.startsWith('og:') ? 'property' : 'name';
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${name}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attribute, name);
    document.head.append(tag);
  }
  tag.content = content;
}
