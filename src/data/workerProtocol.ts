/** The messages between the page and the dataset worker. */
import type { IndexData } from '@/domain/query/indexData';
import type { Problem } from '@/domain/dataset/problems';
import type { DatasetDetail, DatasetErrorKind } from '@/domain/validation/loadFailure';

/** A dataset to download, or a file the user opened (named in messages). */
export type WorkerRequest = { url: string } | { file: Blob; name: string };

/**
 * The dataset comes back as its index (domain/query): built in the worker as the records are
 * checked, sent once, its typed arrays transferred rather than copied.
 */
export type WorkerMessage =
  | { type: 'progress'; loaded: number; total: number | null }
  /** `leftOut`: the records left out, with why. */
  | { type: 'index'; data: IndexData; leftOut: Problem[] }
  | {
      type: 'error';
      kind: DatasetErrorKind;
      detail: DatasetDetail;
      problems: Problem[];
      status: number | null;
    };
