/** The shape of a dataset's problems in words (problemsEn.ts, problemsVi.ts), and their helpers. */
import type { ProblemCode, ProblemValues } from '@/domain/dataset/problems';

/** Each problem of a dataset, worded from its values (domain/dataset/problems.ts). */
export type ProblemMessages = { [C in ProblemCode]: (values: ProblemValues[C]) => string };

/** A stored range as the file writes it: "[6.4, 7.5]" or "null". */
export const rangeText = (range: readonly [number, number] | null) =>
  range === null ? 'null' : `[${range[0]}, ${range[1]}]`;

/** "YYYY, YYYY-MM or YYYY-MM-DD" */
export const listEn = (items: readonly string[], or: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;

/** A problem inside another (the problem of an imported row), worded by the same messages. */
export function wordInner<C extends ProblemCode>(
  messages: ProblemMessages,
  code: C,
  values: ProblemValues[C],
): string {
  return messages[code](values);
}
