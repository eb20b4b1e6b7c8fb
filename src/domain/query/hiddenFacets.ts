/**
 * The facets the panel does not offer for a dataset (facets.ts, shownFacets: one value only, or
 * participants where acts name two actor countries): a link's values for them do not filter.
 */
import { FACETS, shownFacets, type FacetCounts, type FacetId } from './facets';

export function hiddenFacets(all: FacetCounts): ReadonlySet<FacetId> {
  const shown = new Set(shownFacets(all));
  return new Set(FACETS.filter((facet) => !shown.has(facet)));
}
