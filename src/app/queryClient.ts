import { QueryClient } from '@tanstack/react-query';
import { DATASET_RETRY } from '@/data/datasetQuery';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false },
    },
  });
  // A default, not a query option, so that a test's own client decides whether to retry.
  client.setQueryDefaults(['dataset'], DATASET_RETRY);
  return client;
}
