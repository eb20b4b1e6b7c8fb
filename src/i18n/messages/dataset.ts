/**
 * The words of the dataset: its loading, what went wrong (each load error's detail, each
 * problem of a record), and the bar that names it.
 */
import type {
  DatasetDetailCode,
  DatasetDetailValues,
  DatasetErrorKind,
} from '@/domain/validation/loadFailure';
import { formatNumber } from '../format';
import type { ProblemMessages } from './problems';

/** Each detail of a load error, worded from its values (domain/validation/loadFailure.ts). */
export type DatasetDetailMessages = {
  [C in DatasetDetailCode]: (values: DatasetDetailValues[C]) => string;
};

/** "400 MB", "3.4 MB": a file's size. */
export const megabytes = (bytes: number, lang: 'en' | 'vi') =>
  `${formatNumber(bytes / 1024 / 1024, lang, bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export interface DatasetMessages {
  loading: string;
  loadingProgress: string;
  loadedOf: (loaded: string, total: string) => string;
  loadedSoFar: (loaded: string) => string;
  slowLoading: string;
  loadError: string;
  fileRefused: (dataOnScreen: boolean) => string;
  retry: string;
  retrying: string;
  leftOutLabel: string;
  leftOut: (n: number) => string;
  datasetBuiltIn: string;
  datasetYours: string;
  eventCount: (n: number) => string;
  openedOn: (date: string) => string;
  openFile: string;
  openingFile: string;
  useBuiltIn: string;
  dropHint: string;
  dropHere: string;
  notKept: string;
  invalidData: string;
  moreProblems: (n: number) => string;
  viewError: string;
  dashboardError: string;
  savedFileForgotten: (name: string) => string;
  datasetError: Record<DatasetErrorKind, string>;
  datasetDetail: DatasetDetailMessages;
  problem: ProblemMessages;
}
