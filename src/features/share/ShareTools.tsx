import { useRef, useState } from 'react';
import {
  useExporters,
  type Exporters,
  type ViewExporters,
  type ViewName,
} from '@/components/exporters/ExportersProvider';
import type { ImageCaption } from '@/components/exporters/picture';
import { revealAllViews } from '@/components/useNearViewport';
import { eventsToCsv } from '@/domain/export/eventsCsv';
import {
  buildCitation,
  citedSources,
  datasetToJson,
  exportFileName,
  quotesToCsv,
  subsetDataset,
  type ExportFilter,
} from '@/domain/export/exportData';
import { creditSources } from '@/domain/dataset/credit';
import { toLocalIsoDate } from '@/domain/dataset/dates';
import type { DatasetHead, DiplomaticEvent, Person, Place, Quote } from '@/domain/dataset/schema';
import { useDatasetIdentity } from '@/data/datasetOrigin';
import { describeFacets } from '@/i18n/describeFilter';
import { useI18n } from '@/i18n/I18nProvider';
import type { ActDayIndex } from '@/domain/scoring/actDays';
import { saveBlob, saveText } from './download';
import { EmbedButton } from './EmbedDialog';
import { eventsToParquet } from './parquet';
import './ShareTools.css';

export interface ShareToolsProps {
  /** The dataset's sources, people, places, title and dyad. */
  dataset: DatasetHead;
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  eventsById: Pick<ReadonlyMap<string, DiplomaticEvent>, 'get'>;
  /** Every counted act by day: the events CSV's climate columns read it. */
  actDays: ActDayIndex;
  /** The events and quotes shown, made when a download asks for them (never on a filter change). */
  rows: () => { events: DiplomaticEvent[]; quotes: Quote[] };
  filter: ExportFilter;
  /** The view in words, e.g. "Showing 2 of 20 events in Geneva, …", for the pictures' captions. */
  viewDescription: string;
  /** The query string of the view on screen (during playback, its window, not the URL's range). */
  linkSearch: string;
}

type Feedback =
  { kind: 'copied' } | { kind: 'copy-failed'; url: string } | { kind: 'error'; message: string };

/** Copy the link to this view; download its data and pictures; print it. */
export function ShareTools(props: ShareToolsProps) {
  const { t, date } = useI18n();
  const exporters = useExporters();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  // The reader's date, not UTC's (which in Vietnam is yesterday's until 07:00).
  const today = toLocalIsoDate(new Date());

  async function copyLink() {
    const url = `${window.location.origin}${window.location.pathname}${props.linkSearch}`;
    try {
      await navigator.clipboard.writeText(url);
      setFeedback({ kind: 'copied' });
    } catch {
      setFeedback({ kind: 'copy-failed', url });
    }
  }

  // The built-in dataset is cited and named as itself; other data by its title or file name.
  const identity = useDatasetIdentity();
  const ownName = identity.builtIn ? undefined : (props.dataset.title ?? identity.fileName ?? '');
  const facets = describeFacets({ t }, props.filter.facets);
  const citation = (events: readonly DiplomaticEvent[], quotes: readonly Quote[]) =>
    buildCitation(
      citedSources(props.dataset.sources, events, quotes),
      today,
      identity.builtIn ? props.dataset.title : ownName,
      facets === '' ? {} : { facets },
    );
  const name = (what: string, extension: string) =>
    exportFileName(props.filter, what, extension, ownName);
  const caption = (title: string): ImageCaption => ({
    title,
    subtitle: facets === '' ? props.viewDescription : `${props.viewDescription} · ${facets}`,
    // The dataset on screen, the built-in one or the reader's own.
    credit: t.imageCredit({
      title: props.dataset.title ?? null,
      ...creditSources(props.dataset.sources),
      date: date(today, 'day'),
    }),
  });

  /** Saves the view's picture, drawn by the view itself; a view not drawn says so. */
  async function downloadPicture<V extends ViewName>(
    view: V,
    draw: (exporter: ViewExporters[V]) => Promise<Blob>,
    fileName: string,
  ) {
    try {
      const exporter = await drawnExporter(exporters, view);
      if (!exporter) throw new Error(t.pictureUnavailable);
      saveBlob(await draw(exporter), fileName);
    } catch (error) {
      setFeedback({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const downloads: [string, () => void][] = [
    [
      t.downloadEventsCsv,
      () => {
        const { events } = props.rows();
        saveText(
          eventsToCsv(events, props, citation(events, []), {
            ...(props.dataset.dyad ? { dyad: props.dataset.dyad } : {}),
            actDays: props.actDays,
          }),
          name('events', 'csv'),
          'text/csv',
        );
      },
    ],
    [
      t.downloadQuotesCsv,
      () => {
        const { quotes } = props.rows();
        saveText(
          quotesToCsv(quotes, props, citation([], quotes)),
          name('quotes', 'csv'),
          'text/csv',
        );
      },
    ],
    [
      t.downloadEventsParquet,
      () =>
        void eventsToParquet(props.rows().events, {
          ...props,
          sourcesById: new Map(props.dataset.sources.map((s) => [s.id, s])),
        }).then((blob) => saveBlob(blob, name('events', 'parquet'))),
    ],
    [
      t.downloadJson,
      () => {
        const { events, quotes } = props.rows();
        saveText(
          datasetToJson(subsetDataset(props.dataset, events, quotes, citation(events, quotes))),
          name('data', 'json'),
          'application/json',
        );
      },
    ],
    [
      t.downloadTimelinePng,
      () =>
        void downloadPicture(
          'timeline',
          (timeline) => timeline('png', caption(t.imageTitleTimeline)),
          name('timeline', 'png'),
        ),
    ],
    [
      t.downloadTimelineSvg,
      () =>
        void downloadPicture(
          'timeline',
          (timeline) => timeline('svg', caption(t.imageTitleTimeline)),
          name('timeline', 'svg'),
        ),
    ],
    [
      t.downloadMapPng,
      () =>
        void downloadPicture(
          'map',
          (map) => map('png', caption(t.imageTitleMap)),
          name('map', 'png'),
        ),
    ],
  ];

  return (
    <div className="share-tools" role="group" aria-label={t.shareGroup}>
      <button type="button" className="chip" onClick={() => void copyLink()}>
        {t.copyLink}
      </button>
      <EmbedButton
        linkSearch={props.linkSearch}
        dataset={props.dataset}
        placesById={props.placesById}
        eventsById={props.eventsById}
        viewDescription={props.viewDescription}
        pictureName={(view) => name(view, 'png')}
        savePicture={async (view) => {
          const exporter = await drawnExporter(exporters, view);
          if (!exporter) throw new Error(t.pictureUnavailable);
          const title = view === 'map' ? t.imageTitleMap : t.imageTitleTimeline;
          saveBlob(await exporter('png', caption(title)), name(view, 'png'));
        }}
      />
      <details className="menu" ref={menuRef}>
        <summary className="chip">{t.download}</summary>
        {/* Choosing an item closes the menu. */}
        <ul className="menu__list" onClick={() => menuRef.current?.removeAttribute('open')}>
          {downloads.map(([label, action]) => (
            <li key={label}>
              <button type="button" onClick={action}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="chip" onClick={() => void printWholePage(exporters)}>
        {t.print}
      </button>
      <span className="share-tools__feedback" aria-live="polite">
        {feedback?.kind === 'copied' ? t.linkCopied : null}
        {feedback?.kind === 'error' ? feedback.message : null}
        {feedback?.kind === 'copy-failed' ? (
          <label>
            {t.copyFailed}{' '}
            <input readOnly value={feedback.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
        ) : null}
      </span>
    </div>
  );
}

/** How long a view not built yet is waited for: it is built when asked, in a moment. */
const BUILD_WAIT_MS = 5000;

/**
 * The view's exporter. The map and the chart are built only when they come near the screen (or
 * for print): one not built yet is built now, and waited for.
 */
async function drawnExporter<V extends ViewName>(
  exporters: Exporters,
  view: V,
): Promise<ViewExporters[V] | undefined> {
  const now = exporters.get(view);
  if (now) return now;
  revealAllViews();
  return exporters.whenReady(view, BUILD_WAIT_MS);
}

/** Prints once the map and the chart are built and drawn. */
async function printWholePage(exporters: Exporters) {
  revealAllViews();
  await Promise.all([
    exporters.whenReady('map', BUILD_WAIT_MS),
    exporters.whenReady('timeline', BUILD_WAIT_MS),
  ]);
  // One more frame, so that what was just built has drawn its marks. (Not picture.ts's
  // nextFrame: the pictures' code stays in the views' chunks.)
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.print();
}
