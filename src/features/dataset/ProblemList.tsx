import { useEffect, useRef } from 'react';
import { usePagedList } from '@/components/usePagedList';
import type { Problem } from '@/domain/problems';
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
  const { shown, hidden, nextPage, showMore } = usePagedList(problems, PROBLEM_PAGE);
  const list = useRef<HTMLUListElement>(null);
  /** The first problem of the last page, once asked for: the button that asked is then gone. */
  const focusAfterLastPage = useRef<number | null>(null);

  useEffect(
    function focusFirstProblemOfLastPage() {
      const index = focusAfterLastPage.current;
      if (index === null) return;
      focusAfterLastPage.current = null;
      const item = list.current?.children[index];
      if (item instanceof HTMLElement) item.focus();
    },
    [shown],
  );

  if (problems.length === 0) return null;
  return (
    <>
      <ul className="problem-list" ref={list}>
        {shown.map((problem, i) => (
          <li key={i} tabIndex={-1}>
            <code>{formatProblem(t, problem)}</code>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="problem-list__more">
          {t.moreProblems(hidden)}{' '}
          <button
            type="button"
            className="chip"
            onClick={() => {
              if (nextPage === hidden) focusAfterLastPage.current = shown.length;
              showMore();
            }}
          >
            {t.showMore(nextPage)}
          </button>
        </p>
      ) : null}
    </>
  );
}
