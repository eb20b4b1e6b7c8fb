/**
 * Why a load failed, as data: the kind of failure and the detail sentence's code and values. The
 * page words them in the reader's language (i18n/messages/dataset*.ts); the data layer raises them
 * (data/datasetErrors.ts). Pure types and one constructor: no I/O.
 */
import type { ValidationStage } from './validate';

/**
 * What kind of failure stopped a load: each has its headline in i18n/messages/dataset*.ts
 * (`datasetError`). `internal` is a fault in the reading itself (a TypeError, memory running
 * out): never retried.
 */
export type DatasetErrorKind =
  'network' | 'timeout' | 'http' | 'too-large' | ValidationStage | 'unsupported' | 'internal';

/** Where a dataset came from, as a message names it: "The file at …", "“notes.json”". */
export type DatasetSource = { url: string } | { file: string };

/**
 * The sentence that explains a failure beyond its kind, as a code and the values it needs; the
 * sentences are `datasetDetail` in i18n/messages/dataset*.ts, in both languages (the types
 * require both).
 */
export interface DatasetDetailValues {
  /** The network request failed: the server could not be reached. */
  unreachable: { url: string };
  /** No answer within the stall timeout. */
  'no-answer': { url: string; seconds: number };
  /** The download began, then no byte came for the stall timeout. */
  stalled: { url: string; seconds: number };
  interrupted: { url: string };
  /** HTTP 404; `status` as "404 Not Found". */
  'not-found': { url: string; status: string };
  'server-error': { url: string; status: string };
  /** Past the longest text a browser can hold. */
  'text-too-long': { url: string; bytes: number; maxCharacters: number };
  /** An opened file over the size the app reads. */
  'file-too-large': { name: string; bytes: number; maxBytes: number };
  /** The problems say why. */
  'invalid-dataset': { source: DatasetSource };
  'no-workers': { source: DatasetSource };
  /** The worker itself failed (its script did not load, or it crashed); the browser's words. */
  'worker-failed': { message: string };
  'worker-sent-nothing': Record<string, never>;
  /** A message between the page and the worker could not be read. */
  'unreadable-message': Record<string, never>;
  /** An error nobody expected; its name and message as the engine gives them. */
  unexpected: { name: string; message: string };
  /** A file kept by an older version of the page, in a form this one does not read. */
  'saved-in-old-form': Record<string, never>;
}

export type DatasetDetailCode = keyof DatasetDetailValues;

export type DatasetDetail = {
  [C in DatasetDetailCode]: { code: C; values: DatasetDetailValues[C] };
}[DatasetDetailCode];

/** detail("stalled", { url, seconds: 30 }) */
export function detail<C extends DatasetDetailCode>(
  code: C,
  values: DatasetDetailValues[C],
): DatasetDetail {
  return { code, values } as DatasetDetail;
}
