import { useRef } from 'react';
import {
  useExporters,
  type ViewExporters,
  type ViewName,
} from '@/components/exporters/ExportersProvider';
import type { ActDayIndex } from '@/domain/scoring/actDays';
import { eventsToCsv } from '@/domain/export/eventsCsv';
import {
  datasetToJson,
  quotesToCsv,
  subsetDataset,
  type Lookups,
} from '@/domain/export/exportData';
import type { DatasetHead, DiplomaticEvent, Quote } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { saveBlob, saveText } from './download';
import { eventsToParquet } from './parquet';
import type { ExportNaming } from './useExportNaming';
import { drawnExporter } from './viewExporters';

/** What the downloads are made of. */
export interface DownloadData extends Lookups {
  /** The dataset's sources, people, places, title and dyad. */
  dataset: DatasetHead;
  /** Every counted act by day: the events CSV's climate columns read it. */
  actDays: ActDayIndex;
  /** The events and quotes shown, made when a download asks for them (never on a filter change). */
  rows: () => { events: DiplomaticEvent[]; quotes: Quote[] };
}

export interface DownloadMenuProps {
  data: DownloadData;
  naming: ExportNaming;
  /** A download that failed, in words to show. */
  onError: (message: string) => void;
}

/** Share → Download: the rows shown as CSV, Parquet or this app's JSON, and the views' pictures. */
export function DownloadMenu({ data: props, naming, onError }: DownloadMenuProps) {
  const { t } = useI18n();
  const exporters = useExporters();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const { name, citation, caption } = naming;

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
      onError(error instanceof Error ? error.message : String(error));
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
  );
}
