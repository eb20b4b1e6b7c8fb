import { DatasetError } from '@/data/datasetQuery';
import type { LoadProgress } from '@/data/loadProgress';
import { countLeftOutRecords, type Problem } from '@/domain/problems';
import { useI18n } from '@/i18n/I18nProvider';
import { ProblemList } from './ProblemList';

/** A dataset that could not be used: what went wrong, the problems, and what the user can do. */
export function DatasetErrorMessage({
  error,
  title,
  onRetry,
  retrying = false,
  onDismiss,
}: {
  error: unknown;
  title: string;
  onRetry?: () => void;
  retrying?: boolean;
  onDismiss?: () => void;
}) {
  const { t } = useI18n();
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <div role="alert" className="message message--error">
      <h2 className="message__title">{title}</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <ProblemList problems={problems} />
      <div className="message__actions">
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t.retrying : t.retry}
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" className="chip" onClick={onDismiss}>
            {t.dismiss}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** The records a dataset was shown without, each problem listed: nothing is dropped silently. */
export function LeftOutWarning({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <section className="message message--warning" aria-label={t.leftOutLabel}>
      <p className="message__title">{t.leftOut(countLeftOutRecords(problems))}</p>
      <ProblemList problems={problems} />
    </section>
  );
}

/** Loading, with a progress bar once the size is known and a word when it takes long. */
export function LoadingMessage({
  progress,
  slow,
}: {
  progress: LoadProgress | null;
  slow: boolean;
}) {
  const { t, number } = useI18n();
  const megabytes = (bytes: number) => number(bytes / 1024 / 1024, 1);
  const fraction = progress?.total ? Math.min(1, progress.loaded / progress.total) : null;
  return (
    <div className="loading" role="status">
      <p>{t.loading}</p>
      {progress && progress.loaded > 0 ? (
        <>
          <progress max={1} value={fraction ?? undefined} aria-label={t.loadingProgress} />
          <p className="muted">
            {progress.total && fraction !== null && progress.loaded <= progress.total
              ? t.loadedOf(megabytes(progress.loaded), megabytes(progress.total))
              : t.loadedSoFar(megabytes(progress.loaded))}
          </p>
        </>
      ) : null}
      {slow ? <p className="muted">{t.slowLoading}</p> : null}
    </div>
  );
}
