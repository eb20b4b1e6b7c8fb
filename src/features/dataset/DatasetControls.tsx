import type { DatasetOrigin } from '@/data/datasetQuery';
import { useI18n } from '@/i18n/I18nProvider';
import { DatasetErrorMessage } from './DatasetMessages';
import { toLocalIsoDate } from '@/domain/dataset/dates';
import { OPEN_FILE_INPUT_ID } from './openFileControl';
import './DatasetControls.css';

/**
 * This app's JSON, CSV and TSV (our template, a TimelineJS sheet), GDELT's `.CSV` and `.txt`,
 * Parquet, and a zip of them (the template's two files).
 */
const ACCEPTED_FILES =
  '.json,.csv,.tsv,.txt,.parquet,.zip,application/json,text/csv,text/tab-separated-values,text/plain,application/vnd.apache.parquet,application/zip';

export interface DatasetControlsProps {
  origin: DatasetOrigin | null;
  eventCount: number | null;
  opening: boolean;
  /** One file, or the template's events and quotes files chosen together. */
  onOpenFiles: (files: readonly File[]) => void;
  /** Back to the built-in dataset; also how a notice about a dropped file is dismissed. */
  onUseBuiltIn: () => void;
}

/** Which dataset is shown, a way to open one's own, and the way back to the built-in one. */
export function DatasetControls({
  origin,
  eventCount,
  opening,
  onOpenFiles,
  onUseBuiltIn,
}: DatasetControlsProps) {
  const { t, date } = useI18n();
  const count = eventCount !== null ? ` · ${t.eventCount(eventCount)}` : '';
  const forgotten = origin?.kind === 'built-in' ? origin.forgotten : undefined;
  return (
    <>
      <div className="dataset-controls">
        <p className="dataset-controls__current">
          {origin?.kind === 'file' ? (
            <>
              {t.datasetYours} <strong>{origin.name}</strong>
              {count} · {t.openedOn(date(toLocalIsoDate(new Date(origin.savedAt)), 'day'))}
            </>
          ) : (
            <>
              {t.datasetBuiltIn}
              {count}
            </>
          )}
        </p>
        {/* The file input itself takes focus and keys; its label is what shows, styled as a button. */}
        <input
          id={OPEN_FILE_INPUT_ID}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          className="visually-hidden file-input"
          disabled={opening}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) onOpenFiles(files);
          }}
        />
        <label htmlFor={OPEN_FILE_INPUT_ID} className="chip file-input__label">
          {opening ? t.openingFile : t.openFile}
        </label>
        {origin?.kind === 'file' ? (
          <button type="button" className="chip" onClick={onUseBuiltIn}>
            {t.useBuiltIn}
          </button>
        ) : null}
        <span className="dataset-controls__hint muted">{t.dropHint}</span>
      </div>
      {forgotten ? (
        <DatasetErrorMessage
          error={forgotten.error}
          title={t.savedFileForgotten(forgotten.name)}
          onDismiss={onUseBuiltIn}
        />
      ) : null}
    </>
  );
}
