/** The dataset's words in English (dataset.ts has their shape). */
import type { DatasetSource } from '@/domain/validation/loadFailure';
import { formatCount } from '../format';
import { megabytes, type DatasetMessages } from './dataset';
import { problemEn } from './problemsEn';

const countEn = (n: number) => formatCount(n, 'en');
const sourceEn = (source: DatasetSource) =>
  'url' in source ? `The file at ${source.url}` : `“${source.file}”`;

export const datasetEn = {
  loading: 'Loading the dataset…',
  loadingProgress: 'Download progress',
  loadedOf: (loaded: string, total: string) => `${loaded} of ${total} MB`,
  loadedSoFar: (loaded: string) => `${loaded} MB so far`,
  slowLoading: 'This is taking longer than usual: the server is slow or the file is large.',
  loadError: 'The dataset could not be loaded',
  fileRefused: (dataOnScreen: boolean): string =>
    dataOnScreen
      ? 'This file was not opened. The data on screen has not changed.'
      : 'This file was not opened.',
  retry: 'Retry',
  retrying: 'Retrying…',
  leftOutLabel: 'Records left out',
  leftOut: (n: number) =>
    `${countEn(n)} record${n === 1 ? ' was' : 's were'} left out because ${n === 1 ? 'it is' : 'they are'} not valid; everything else is shown.`,
  datasetBuiltIn: 'Built-in dataset: five Vietnamese articles',
  datasetYours: 'Your dataset:',
  eventCount: (n: number) => `${countEn(n)} event${n === 1 ? '' : 's'}`,
  openedOn: (date: string) => `opened ${date}`,
  openFile: 'Open a data file…',
  openingFile: 'Opening…',
  useBuiltIn: 'Back to the built-in dataset',
  dropHint: 'or drop one on the page: JSON, CSV, TSV, Parquet, a GDELT export, or a zip of them',
  dropHere: 'Drop a data file to open it',
  notKept: 'Your browser did not keep this file: it will be gone after a reload.',
  invalidData: 'The dataset is not valid',
  moreProblems: (n: number) => `…and ${countEn(n)} more problem${n === 1 ? '' : 's'}`,
  viewError: 'This view could not be drawn from the data.',
  dashboardError: 'The dashboard could not show this dataset',
  savedFileForgotten: (name: string) =>
    `“${name}”, the file you opened before, could not be opened again, so the built-in dataset is shown. The file is no longer kept.`,
  datasetError: {
    network: 'The data could not be downloaded',
    timeout: 'The download took too long',
    http: 'The server did not send the data',
    'too-large': 'The file is too large',
    json: 'The file is not valid JSON',
    shape: 'The file is not a dataset this dashboard reads',
    references: 'The dataset has no event that can be shown',
    unsupported: 'This browser cannot read the data',
    internal: 'An unexpected error stopped the reading of the data',
  },
  datasetDetail: {
    unreachable: ({ url }) =>
      `The network request for ${url} failed: the server could not be reached.`,
    'no-answer': ({ url, seconds }) => `The server did not answer for ${url} within ${seconds} s.`,
    stalled: ({ url, seconds }) => `The download of ${url} stalled: no data for ${seconds} s.`,
    interrupted: ({ url }) => `The download of ${url} was interrupted.`,
    'not-found': ({ url, status }) => `The dataset was not found: ${status} for ${url}.`,
    'server-error': ({ url, status }) => `The server answered with an error: ${status} for ${url}.`,
    'text-too-long': ({ url, bytes, maxCharacters }) =>
      `The file at ${url} is ${megabytes(bytes, 'en')}: more JSON than a browser can read as one text (at most ${countEn(maxCharacters)} characters).`,
    'file-too-large': ({ name, bytes, maxBytes }) =>
      `“${name}” is ${megabytes(bytes, 'en')}; files up to ${megabytes(maxBytes, 'en')} can be opened.`,
    'invalid-dataset': ({ source }) => `${sourceEn(source)} is not a valid dataset.`,
    'no-workers': ({ source }) =>
      `${sourceEn(source)} could not be read: this browser does not run Web Workers, which the dashboard needs to read data.`,
    'worker-failed': ({ message }) => `The dataset could not be read: ${message}`,
    'worker-sent-nothing': () => 'The dataset reader sent no data.',
    'unreadable-message': () =>
      'A message between the page and the dataset reader could not be read, so the reading was stopped.',
    unexpected: ({ name, message }) => `The error, as the browser reports it: ${name}: ${message}`,
    'saved-in-old-form': () =>
      'It was kept by an earlier version of this page, in a form this one does not read.',
  },
  problem: problemEn,
} satisfies DatasetMessages;
