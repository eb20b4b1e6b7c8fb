import { queryOptions } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '@/domain/aggregate';
import { parseDatasetText, type Problem, type ValidationStage } from '@/domain/validate';

/** The built-in dataset, served beside the app (public/data/events.json). */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export type DatasetErrorKind = 'network' | 'http' | ValidationStage;

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

/** Fetches, parses, validates and indexes a dataset; throws a DatasetError that says why not. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('network', `The network request for ${url} failed.`);
  }
  if (!response.ok) {
    throw new DatasetError(
      'http',
      `The server answered ${response.status} ${response.statusText} for ${url}.`,
      [],
      response.status,
    );
  }
  const result = parseDatasetText(await response.text());
  if (!result.ok)
    throw new DatasetError(result.stage, `The dataset at ${url} is not valid.`, result.problems);
  return indexDataset(result.dataset);
}

/** Retry what may pass on a second try (network, 5xx), never what will fail the same way again. */
export function shouldRetryDataset(failureCount: number, error: unknown): boolean {
  if (!(error instanceof DatasetError)) return failureCount < 2;
  const transient =
    error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
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
