import { usePagedList } from '@/hooks/usePagedList';
import type { Problem } from '@/domain/dataset/problems';
import { formatProblem } from '@/i18n/datasetText';
import { useI18n } from '@/i18n/I18nProvider';

/** Problems shown at a time: a file with 20,000 bad records lists ten, not 20,000 lines. */
export const PROBLEM_PAGE = 10;

export interface ProblemListProps {
  problems: readonly Problem[];
}

/** Every problem, with its path, a page at a time ("Show N more"): each one can be read. */
export function ProblemList({ problems }: ProblemListProps) {
  const { t } = useI18n();
  const { shown, hidden, nextPage, showMore, focusRef } = usePagedList(problems, PROBLEM_PAGE);
  if (problems.length === 0) return null;
  return (
    <>
      <ul className="problem-list">
        {shown.map((problem, i) => (
          <li key={i} tabIndex={-1} ref={focusRef(i)}>
            <code>{formatProblem(t, problem)}</code>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="problem-list__more">
          {t.moreProblems(hidden)}{' '}
          <button type="button" className="chip" onClick={showMore}>
            {t.showMore(nextPage)}
          </button>
        </p>
      ) : null}
    </>
  );
}
