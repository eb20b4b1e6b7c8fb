import { DatasetError } from '@/data/datasetErrors';
import type { LoadProgress } from '@/data/loadProgress';
import { countLeftOutRecords, type Problem } from '@/domain/dataset/problems';
import { useDelayedFlag } from '@/hooks/useDelayedFlag';
import { formatDatasetDetail } from '@/i18n/datasetText';
import { useI18n } from '@/i18n/I18nProvider';
import { focusOpenFileControl } from './openFileControl';
import { ProblemList } from './ProblemList';
import './DatasetMessages.css';

export interface DatasetErrorMessageProps {
  error: unknown;
  title: string;
  onRetry?: () => void;
  retrying?: boolean;
  onDismiss?: () => void;
}

/**
 * A dataset that could not be used, as an alert: what went wrong (its kind, then the detail, in
 * the reader's language), the problems, and what the user can do.
 */
export function DatasetErrorMessage({
  error,
  title,
  onRetry,
  retrying = false,
  onDismiss,
}: DatasetErrorMessageProps) {
  const { t } = useI18n();
  const known = error instanceof DatasetError ? error : null;
  return (
    <div role="alert" className="message message--error">
      <h2 className="message__title">{title}</h2>
      {known ? (
        <>
          <p className="message__kind">{t.datasetError[known.kind]}</p>
          <p>{formatDatasetDetail(t, known.detail)}</p>
        </>
      ) : (
        <p>{error instanceof Error ? error.message : String(error)}</p>
      )}
      <ProblemList problems={known?.problems ?? NO_PROBLEMS} />
      <div className="message__actions">
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t.retrying : t.retry}
          </button>
        ) : null}
        {onDismiss ? (
          <button
            type="button"
            className="chip"
            onClick={(event) => {
              // The message and its button go: focus goes to the control to open another file.
              focusOpenFileControl(event.currentTarget);
              onDismiss();
            }}
          >
            {t.dismiss}
          </button>
        ) : null}
      </div>
    </div>
  );
}

const NO_PROBLEMS: readonly Problem[] = [];

export interface LeftOutWarningProps {
  problems: readonly Problem[];
}

/**
 * The records a dataset was shown without, each problem listed: nothing is dropped silently. The
 * count is announced (a status); the problems are there to read, a page at a time.
 */
export function LeftOutWarning({ problems }: LeftOutWarningProps) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <section className="message message--warning" aria-label={t.leftOutLabel}>
      <p className="message__title" role="status">
        {t.leftOut(countLeftOutRecords(problems))}
      </p>
      <ProblemList problems={problems} />
    </section>
  );
}

/** A download that has lasted this long gets a word that it is slow. */
const SLOW_AFTER_MS = 4000;

export interface LoadingMessageProps {
  progress: LoadProgress | null;
  /** A download is under way (not a file read from this browser's storage). */
  downloading: boolean;
}

/** Loading, with a progress bar once the size is known and a word when it takes long. */
export function LoadingMessage({ progress, downloading }: LoadingMessageProps) {
  const { t, number } = useI18n();
  const slow = useDelayedFlag(downloading, SLOW_AFTER_MS);
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
