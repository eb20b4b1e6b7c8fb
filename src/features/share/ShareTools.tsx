import { useState } from 'react';
import { useExporters } from '@/components/exporters/ExportersProvider';
import type { ExportFilter } from '@/domain/export/exportData';
import { useI18n } from '@/i18n/I18nProvider';
import { saveBlob } from './download';
import { DownloadMenu, type DownloadData } from './DownloadMenu';
import { EmbedButton } from './EmbedDialog';
import { useExportNaming } from './useExportNaming';
import { drawnExporter, printWholePage } from './viewExporters';
import './ShareTools.css';

export interface ShareToolsProps extends DownloadData {
  filter: ExportFilter;
  /** The view in words, e.g. "Showing 2 of 20 events in Geneva, …", for the pictures' captions. */
  viewDescription: string;
  /** The query string of the view on screen (during playback, its window, not the URL's range). */
  linkSearch: string;
}

type Feedback =
  { kind: 'copied' } | { kind: 'copy-failed'; url: string } | { kind: 'error'; message: string };

/** Copy the link to this view; embed it; download its data and pictures; print it. */
export function ShareTools(props: ShareToolsProps) {
  const { t } = useI18n();
  const exporters = useExporters();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const naming = useExportNaming(props);
  const { name, caption } = naming;

  async function copyLink() {
    const url = `${window.location.origin}${window.location.pathname}${props.linkSearch}`;
    try {
      await navigator.clipboard.writeText(url);
      setFeedback({ kind: 'copied' });
    } catch {
      setFeedback({ kind: 'copy-failed', url });
    }
  }

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
      <DownloadMenu
        data={props}
        naming={naming}
        onError={(message) => setFeedback({ kind: 'error', message })}
      />
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
