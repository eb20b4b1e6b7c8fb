import { DatasetError } from '@/data/datasetQuery';
import { formatProblem } from '@/domain/validate';
import { useI18n } from '@/i18n/I18nProvider';

const SHOWN_PROBLEMS = 5;

/** Why the dataset could not be used, the first problems in full, and a way to try again. */
export function LoadError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useI18n();
  const problems = error instanceof DatasetError ? error.problems : [];
  const invalid = error instanceof DatasetError && problems.length > 0;
  return (
    <div role="alert" className="load-error">
      <h2>{invalid ? t.invalidData : t.loadError}</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {problems.length > 0 ? (
        <ul className="load-error__problems">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <li key={i}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > SHOWN_PROBLEMS ? (
        <p>{t.moreProblems(problems.length - SHOWN_PROBLEMS)}</p>
      ) : null}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {t.retry}
      </button>
    </div>
  );
}
