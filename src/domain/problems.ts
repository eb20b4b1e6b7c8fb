/** Problems found in a dataset, named by the path of what is wrong. No zod here: the page can
 * show problems without carrying the validator, which runs in the dataset worker. */

export interface Problem {
  /** `events[3].date`; empty for the whole document. */
  path: string;
  message: string;
}

/** formatPath(["events", 3, "date"]) → "events[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** `events[3].date: expected YYYY-MM-DD, got "2022-13-40"` */
export function formatProblem({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
}

/** How many records a list of problems leaves out: "events[3].date" and "events[3].tension" are one. */
export function countLeftOutRecords(problems: readonly Problem[]): number {
  return new Set(problems.map((p) => /^\w+\[\d+\]/.exec(p.path)?.[0] ?? p.path)).size;
}
