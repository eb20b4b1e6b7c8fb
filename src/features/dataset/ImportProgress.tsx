import { useI18n } from '@/i18n/I18nProvider';
import type { ImportHandle } from './useImport';

export interface ImportProgressProps {
  reading: NonNullable<ImportHandle['reading']>;
  onStop: () => void;
}

/**
 * A file being read into this app's data: how far, and a way to stop (the data shown stays); then
 * that the data read is being opened, until it is shown (review C12).
 */
export function ImportProgress({ reading, onStop }: ImportProgressProps) {
  const { t, number } = useI18n();
  const { progress } = reading;
  const megabytes = (bytes: number) => number(bytes / 1024 / 1024, 1);
  return (
    <div className="import-progress">
      {/* Announced once; the bar and the count of rows are there to look at, not to be read out. */}
      <p role="status">
        {reading.opening ? t.importOpening(reading.name) : t.importReading(reading.name)}
      </p>
      <progress
        max={1}
        value={progress && progress.total > 0 ? progress.loaded / progress.total : undefined}
        aria-label={t.importProgress}
      />
      {progress ? (
        <p className="muted">
          {t.importRowsSoFar(progress.rows, megabytes(progress.loaded), megabytes(progress.total))}
        </p>
      ) : null}
      <button type="button" className="chip" onClick={onStop}>
        {t.importStop}
      </button>
    </div>
  );
}
