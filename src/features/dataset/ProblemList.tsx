import type { Problem } from '@/domain/problems';
import { formatProblem } from '@/i18n/datasetText';
import { useI18n } from '@/i18n/I18nProvider';

const SHOWN = 5;

/** The first problems in full, the rest behind a disclosure: every one can be read. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const line = (problem: Problem, i: number) => (
    <li key={i}>
      <code>{formatProblem(t, problem)}</code>
    </li>
  );
  return (
    <>
      <ul className="problem-list">{problems.slice(0, SHOWN).map(line)}</ul>
      {problems.length > SHOWN ? (
        <details className="problem-list__more">
          <summary>{t.moreProblems(problems.length - SHOWN)}</summary>
          <ul className="problem-list">
            {problems.slice(SHOWN).map((p, i) => line(p, i + SHOWN))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
