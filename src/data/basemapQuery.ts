import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
// Fetched as a static asset rather than bundled into the JavaScript.
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { buildBasemap } from '@/domain/geometry/geo';

export const basemapQueryOptions = queryOptions({
  queryKey: ['basemap', atlasUrl],
  queryFn: async ({ signal }) => {
    const response = await fetch(atlasUrl, { signal });
    if (!response.ok) throw new Error(`Basemap: ${response.status}`);
    return buildBasemap((await response.json()) as Topology);
  },
  staleTime: Infinity,
  retry: 1,
});
