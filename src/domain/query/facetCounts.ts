/**
 * The facet panel's counts: each value with how many events choosing it would show, over the
 * events the range and place keep that pass the OTHER facets chosen. With no place and no facet
 * chosen, each value's events in the range are counted by binary search; otherwise one typed pass
 * over the range's events (no record read): an event failing two facets counts for none, failing
 * one only for that facet's values.
 */
import type { DateRange } from '../dataset/dateRange';
import {
  FACETS,
  hasFacets,
  NO_FACETS,
  type FacetCounts,
  type FacetId,
  type FacetSelection,
} from './facets';
import type { DatasetIndex } from './datasetIndex';
import { eventSetOf, positionList, type PlaceFilter } from './eventSet';
import {
  chosenCodes,
  facetCountsInRange,
  facetLabels,
  failedFacets,
  forEachFacetCode,
} from './facetIndex';

export function countFacetsInView(
  index: DatasetIndex,
  range: DateRange,
  place: PlaceFilter,
  selection: FacetSelection,
): FacetCounts {
  const { columns, codes, facets } = index.data;
  const set = eventSetOf(index, range, NO_FACETS);
  if (place.kind === 'all' && !hasFacets(selection))
    return facetCountsInRange(facets, codes, set.units);
  const chosen = chosenCodes(selection, codes);
  const tallies = {} as Record<FacetId, Int32Array>;
  for (const facet of FACETS) tallies[facet] = new Int32Array(facetLabels(facet, codes).length);
  positionList(set, place).walk(false, (p) => {
    const failed = failedFacets(columns, chosen, p);
    // Two or more facets failed: it counts for none (a power of two has one bit set).
    if (failed & (failed - 1)) return true;
    FACETS.forEach((facet, i) => {
      if (failed !== 0 && failed !== 1 << i) return;
      const tally = tallies[facet];
      forEachFacetCode(columns, facet, p, (code) => {
        tally[code] = (tally[code] ?? 0) + 1;
      });
    });
    return true;
  });
  const counts = {} as Record<FacetId, Map<string, number>>;
  for (const facet of FACETS) {
    const labels = facetLabels(facet, codes);
    const map = new Map<string, number>();
    const totals = facets.totals[facet];
    tallies[facet].forEach((count, code) => {
      const label = labels[code];
      if ((totals[code] ?? 0) > 0 && label !== undefined) map.set(label, count);
    });
    counts[facet] = map;
  }
  return counts;
}
