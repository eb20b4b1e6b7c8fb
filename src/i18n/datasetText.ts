/** Problems and load errors of a dataset, worded in the reader's language. */
import type {
  DatasetDetail,
  DatasetDetailCode,
  DatasetDetailValues,
} from '@/domain/validation/loadFailure';
import type { Problem, ProblemCode, ProblemValues } from '@/domain/dataset/problems';
import type { DatasetDetailMessages, Messages, ProblemMessages } from './messages';

function wordProblem<C extends ProblemCode>(
  messages: ProblemMessages,
  code: C,
  values: ProblemValues[C],
): string {
  return messages[code](values);
}

function wordDetail<C extends DatasetDetailCode>(
  messages: DatasetDetailMessages,
  code: C,
  values: DatasetDetailValues[C],
): string {
  return messages[code](values);
}

/** `events[3].date: expected a real calendar date, got "2022-13-40"` (the path is never translated) */
export function formatProblem(t: Messages, problem: Problem): string {
  const message = wordProblem(t.problem, problem.code, problem.values);
  return problem.path ? `${problem.path}: ${message}` : message;
}

/** "The download of /data/events.json stalled: no data for 30 s." */
export function formatDatasetDetail(t: Messages, detail: DatasetDetail): string {
  return wordDetail(t.datasetDetail, detail.code, detail.values);
}
