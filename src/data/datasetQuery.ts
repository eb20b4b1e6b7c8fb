import { queryOptions } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '@/domain/aggregate';
import { parseDatasetText, type Problem, type ValidationStage } from '@/domain/validate';
import { reportProgress } from './loadProgress';

/** The built-in dataset, served beside the app (public/data/events.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

/** No byte for this long and the request is given up (and retried). */
export const STALL_TIMEOUT_MS = 30_000;

export type DatasetOrigin =
  { kind: 'built-in' } | { kind: 'file'; name: string; size: number; savedAt: string };

/** A dataset ready to draw: indexed, with the problems of any records that were left out. */
export interface LoadedDataset {
  index: DatasetIndex;
  leftOut: readonly Problem[];
  origin: DatasetOrigin;
}

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

/** Parses, validates and indexes the text of a dataset, or throws a DatasetError saying why not. */
export function loadDatasetText(text: string, origin: DatasetOrigin, label: string): LoadedDataset {
  const result = parseDatasetText(text);
  if (!result.ok)
    throw new DatasetError(result.stage, `${label} is not a valid dataset.`, result.problems);
  return { index: indexDataset(result.dataset), leftOut: result.leftOut, origin };
}

/** Reads a response body, reporting bytes as they arrive and giving up when they stop coming. */
async function readText(response: Response, url: string, abort: () => void): Promise<string> {
  const total = Number(response.headers.get('Content-Length')) || null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort();
        reject(
          new DatasetError(
            'timeout',
            `The download of ${url} stalled: no data for ${STALL_TIMEOUT_MS / 1000} s.`,
          ),
        );
      }, STALL_TIMEOUT_MS);
    });
    const chunk = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer));
    if (chunk.done) break;
    loaded += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    reportProgress(url, { loaded, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Fetches a dataset; throws a DatasetError that names the problem. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason));
  const waiting = setTimeout(() => controller.abort('stalled'), STALL_TIMEOUT_MS);
  reportProgress(url, { loaded: 0, total: null });
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (controller.signal.aborted)
      throw new DatasetError(
        'timeout',
        `The server did not answer for ${url} within ${STALL_TIMEOUT_MS / 1000} s.`,
      );
    throw new DatasetError(
      'network',
      `The network request for ${url} failed: the server could not be reached.`,
    );
  } finally {
    clearTimeout(waiting);
  }
  if (!response.ok) {
    const what =
      response.status === 404 ? 'The dataset was not found' : 'The server answered with an error';
    const status = response.statusText
      ? `${response.status} ${response.statusText}`
      : String(response.status);
    throw new DatasetError('http', `${what}: ${status} for ${url}.`, [], response.status);
  }
  let text: string;
  try {
    text = await readText(response, url, () => controller.abort('stalled'));
  } catch (error) {
    if (error instanceof DatasetError || signal?.aborted) throw error;
    throw new DatasetError('network', `The download of ${url} was interrupted.`);
  } finally {
    reportProgress(url, null);
  }
  return loadDatasetText(text, { kind: 'built-in' }, `The file at ${url}`);
}

/** Retry what may pass on a second try (network, timeouts, 5xx), never what will fail the same way. */
export function shouldRetryDataset(failureCount: number, error: unknown): boolean {
  if (!(error instanceof DatasetError)) return failureCount < 2;
  const transient =
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status ?? 0) >= 500);
  return transient && failureCount < 2;
}

export function datasetQueryOptions(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A static file: it does not change while the page is open.
    staleTime: Infinity,
    retry: shouldRetryDataset,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
  });
}
