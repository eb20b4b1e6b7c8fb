import type { Problem } from '@/domain/problems';
import type { ValidationStage } from '@/domain/validate';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | ValidationStage;

/** Why a dataset could not be used, in a form the error view can explain. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly problems: readonly Problem[];
  readonly status: number | null;

  constructor(
    kind: DatasetErrorKind,
    message: string,
    problems: readonly Problem[] = [],
    status: number | null = null,
  ) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
    this.status = status;
  }
}
