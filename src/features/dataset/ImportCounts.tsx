import { PREVIEW_BYTES } from '@/data/importSources';
import { SKIP_REASONS } from '@/domain/import/builder';
import { useI18n } from '@/i18n/I18nProvider';
import type { PendingImport } from './useImport';

export interface ImportCountsProps {
  pending: PendingImport;
}

/**
 * How much of the files the preview read, and what it gives: "8 rows read: 6 events will be kept,
 * 2 rows left out." with the quotes and the reasons rows were skipped.
 */
export function ImportCounts({ pending }: ImportCountsProps) {
  const { t, number } = useI18n();
  const { files, preview } = pending;
  const counts = preview.counts;
  if (!counts) return null;
  const size = files.reduce((sum, file) => sum + file.size, 0);
  const megabytes = (bytes: number) => `${number(bytes / 1024 / 1024, 1)} MB`;
  return (
    <div className="import-dialog__counts">
      <p>
        {preview.complete
          ? t.importWholeFile
          : t.importPartOfFile(
              megabytes(Math.min(size, PREVIEW_BYTES * files.length)),
              megabytes(size),
            )}{' '}
        {t.importCounts(counts.rows, counts.events, counts.leftOut)}
        {counts.quotes > 0 ? ` ${t.importQuotes(counts.quotes)}` : ''}
        {SKIP_REASONS.filter((reason) => counts.skipped[reason] > 0).map(
          (reason) => ` ${t.importSkipped[reason](counts.skipped[reason])}`,
        )}
      </p>
    </div>
  );
}
