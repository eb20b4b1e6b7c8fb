import { useRef, useState } from 'react';
import { revealAllViews } from '@/components/useNearViewport';
import {
  buildCitation,
  datasetToJson,
  eventsToCsv,
  exportFileName,
  quotesToCsv,
  subsetDataset,
  type ExportFilter,
} from '@/domain/exportData';
import { creditSources } from '@/domain/credit';
import { toLocalIsoDate } from '@/domain/dates';
import type { Dataset, DiplomaticEvent, Person, Place, Quote } from '@/domain/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { saveBlob, saveText } from './download';
import { mapPng, timelinePng, timelineSvg, type ImageCaption } from './exportImage';
import './ShareTools.css';

export interface ShareToolsProps {
  dataset: Dataset;
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  /** The events and quotes shown. */
  events: readonly DiplomaticEvent[];
  quotes: readonly Quote[];
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

  const citation = () => buildCitation(props.dataset.sources, today, props.dataset.title);
  const name = (what: string, extension: string) => exportFileName(props.filter, what, extension);
  const caption = (title: string): ImageCaption => ({
    title,
    subtitle: props.viewDescription,
    // The dataset on screen, the built-in one or the reader's own.
    credit: t.imageCredit({
      title: props.dataset.title ?? null,
      ...creditSources(props.dataset.sources),
      date: date(today, 'day'),
    }),
  });

  async function downloadPicture(kind: 'timeline-png' | 'timeline-svg' | 'map-png') {
    try {
      if (kind === 'map-png') {
        const map = await revealView<HTMLElement>(
          '[data-export="map"] .leaflet-container',
          '.panel--map',
        );
        if (!map) throw new Error(t.pictureUnavailable);
        saveBlob(await mapPng(map, caption(t.imageTitleMap)), name('map', 'png'));
        return;
      }
      const chart = await revealView<SVGSVGElement>(
        '[data-export="timeline"] svg.recharts-surface',
        '.panel--timeline',
      );
      if (!chart) throw new Error(t.pictureUnavailable);
      if (kind === 'timeline-svg')
        saveText(
          timelineSvg(chart, caption(t.imageTitleTimeline)),
          name('timeline', 'svg'),
          'image/svg+xml',
        );
      else
        saveBlob(await timelinePng(chart, caption(t.imageTitleTimeline)), name('timeline', 'png'));
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
      () =>
        saveText(eventsToCsv(props.events, props, citation()), name('events', 'csv'), 'text/csv'),
    ],
    [
      t.downloadQuotesCsv,
      () =>
        saveText(quotesToCsv(props.quotes, props, citation()), name('quotes', 'csv'), 'text/csv'),
    ],
    [
      t.downloadJson,
      () =>
        saveText(
          datasetToJson(subsetDataset(props.dataset, props.events, props.quotes, citation())),
          name('data', 'json'),
          'application/json',
        ),
    ],
    [t.downloadTimelinePng, () => void downloadPicture('timeline-png')],
    [t.downloadTimelineSvg, () => void downloadPicture('timeline-svg')],
    [t.downloadMapPng, () => void downloadPicture('map-png')],
  ];

  return (
    <div className="share-tools" role="group" aria-label={t.shareGroup}>
      <button type="button" className="chip" onClick={() => void copyLink()}>
        {t.copyLink}
      </button>
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
      <button type="button" className="chip" onClick={() => void printWholePage()}>
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

/** Prints once the map and the chart are built (they are built when first near the screen). */
async function printWholePage() {
  revealAllViews();
  await Promise.all([
    waitForElement('[data-export="map"] .leaflet-container'),
    waitForElement('[data-export="timeline"] svg.recharts-surface'),
  ]);
  window.print();
}

/** The element once it exists (a few seconds at most), a frame after it appears; or null. */
async function waitForElement<T extends Element>(selector: string): Promise<T | null> {
  for (let waited = 0; waited <= 5000; waited += 100) {
    const found = document.querySelector<T>(selector);
    // One more frame, so that what was just built has drawn its marks.
    if (found) return new Promise((resolve) => requestAnimationFrame(() => resolve(found)));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * The element a picture is made from. The map and the chart are built only when they come near
 * the screen, so one not built yet is scrolled to, and waited for (a few seconds at most).
 */
async function revealView<T extends Element>(selector: string, panel: string): Promise<T | null> {
  const found = document.querySelector<T>(selector);
  if (found) return found;
  document.querySelector(panel)?.scrollIntoView({ block: 'center' });
  return waitForElement<T>(selector);
}
