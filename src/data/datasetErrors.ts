import type { Problem } from '@/domain/dataset/problems';
import { detail, type DatasetDetail, type DatasetErrorKind } from '@/domain/validation/loadFailure';

/** Why a dataset could not be used, in a form the error view can explain in either language. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly detail: DatasetDetail;
  readonly problems: readonly Problem[];
  readonly status: number | null;

  constructor(
    kind: DatasetErrorKind,
    what: DatasetDetail,
    problems: readonly Problem[] = [],
    status: number | null = null,
  ) {
    // The message is for the console; the page words the detail in the reader's language.
    super(`${kind}: ${what.code} ${JSON.stringify(what.values)}`);
    this.name = 'DatasetError';
    this.kind = kind;
    this.detail = what;
    this.problems = problems;
    this.status = status;
  }
}

/**
 * Any failure as a DatasetError: one that is not already is a fault in the reading itself
 * (`internal`, never retried), not a network failure.
 */
export function toDatasetError(error: unknown): DatasetError {
  if (error instanceof DatasetError) return error;
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return new DatasetError('internal', detail('unexpected', { name, message }));
}
