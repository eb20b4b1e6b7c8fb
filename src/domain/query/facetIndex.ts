/**
 * Facets from the columns: each facet's values with how many events of the dataset have them,
 * the events grouped by value (counts in a date range by binary search), and the test of a
 * selection as a typed check that reads no record's text.
 */
import { FACETS, type FacetCounts, type FacetId, type FacetSelection } from './facets';
import {
  CAMEO_ROOTS,
  KIND_CODES,
  STATUS_CODES,
  type EventCodes,
  type EventColumns,
} from './columns';
import {
  groupBuffers,
  groupByBits,
  groupByKey,
  groupRows,
  runsLength,
  runsOf,
  type Groups,
} from './groups';
import type { LaneUnits } from './lanes';

/** The strings a facet's codes stand for. */
export function facetLabels(facet: FacetId, codes: EventCodes): readonly string[] {
  switch (facet) {
    case 'kind':
      return KIND_CODES;
    case 'status':
      return STATUS_CODES;
    case 'group':
      return codes.groups;
    case 'actor':
      return codes.actors;
    case 'participant':
      return codes.participants;
    case 'cameo':
      return CAMEO_ROOTS;
  }
}

/** Calls `add` with each code of `facet` that event `p` has (each once). */
export function forEachFacetCode(
  columns: EventColumns,
  facet: FacetId,
  p: number,
  add: (code: number) => void,
): void {
  switch (facet) {
    case 'kind':
      add(columns.kind[p] ?? 0);
      return;
    case 'status':
      add(columns.status[p] ?? 0);
      return;
    case 'group': {
      const group = columns.group[p] ?? -1;
      if (group >= 0) add(group);
      return;
    }
    case 'actor':
      for (let i = columns.actorStart[p] ?? 0; i < (columns.actorStart[p + 1] ?? 0); i++)
        add(columns.actors[i] ?? 0);
      return;
    case 'participant':
      for (
        let i = columns.participantStart[p] ?? 0;
        i < (columns.participantStart[p + 1] ?? 0);
        i++
      )
        add(columns.participants[i] ?? 0);
      return;
    case 'cameo': {
      const bits = columns.cameoRoots[p] ?? 0;
      for (let r = 0; r < CAMEO_ROOTS.length; r++) if (bits & (1 << r)) add(r);
      return;
    }
  }
}

export interface FacetIndex {
  /** Per facet, the events of each code (key = code), for counts in a range. */
  groups: Record<FacetId, Groups>;
  /** Per facet, how many events of the dataset have each code. */
  totals: Record<FacetId, Int32Array>;
}

export function buildFacetIndex(columns: EventColumns, codes: EventCodes): FacetIndex {
  const groups = {} as Record<FacetId, Groups>;
  const totals = {} as Record<FacetId, Int32Array>;
  for (const facet of FACETS) {
    const keys = facetLabels(facet, codes).length;
    groups[facet] = facetGroups(columns, facet, keys);
    const total = new Int32Array(keys);
    for (let key = 0; key < keys; key++)
      for (let lane = 0; lane < 3; lane++)
        total[key] =
          (total[key] ?? 0) +
          (groups[facet].offsets[key * 3 + lane + 1] ?? 0) -
          (groups[facet].offsets[key * 3 + lane] ?? 0);
    totals[facet] = total;
  }
  return { groups, totals };
}

/** The events grouped by a facet's codes, as forEachFacetCode gives them, without a call per event. */
function facetGroups(columns: EventColumns, facet: FacetId, keys: number): Groups {
  const n = columns.count;
  switch (facet) {
    case 'kind':
      return groupByKey(n, keys, columns, columns.kind);
    case 'status':
      return groupByKey(n, keys, columns, columns.status);
    case 'group':
      return groupByKey(n, keys, columns, columns.group);
    case 'actor':
      return groupRows(n, keys, columns, columns.actorStart, columns.actors);
    case 'participant':
      return groupRows(n, keys, columns, columns.participantStart, columns.participants);
    case 'cameo':
      return groupByBits(n, keys, columns, columns.cameoRoots);
  }
}

export const facetIndexBuffers = (index: FacetIndex): ArrayBuffer[] =>
  FACETS.flatMap((facet) => [
    ...groupBuffers(index.groups[facet]),
    index.totals[facet].buffer as ArrayBuffer,
  ]);

/** Every value of each facet the dataset has, with its count there. */
export function facetTotals(index: FacetIndex, codes: EventCodes): FacetCounts {
  const counts = {} as Record<FacetId, Map<string, number>>;
  for (const facet of FACETS) {
    const labels = facetLabels(facet, codes);
    const map = new Map<string, number>();
    index.totals[facet].forEach((count, code) => {
      const label = labels[code];
      if (count > 0 && label !== undefined) map.set(label, count);
    });
    counts[facet] = map;
  }
  return counts;
}

/** Each value's count among the events of a range (no place, no facet chosen): binary searches. */
export function facetCountsInRange(
  index: FacetIndex,
  codes: EventCodes,
  units: LaneUnits,
): FacetCounts {
  const counts = {} as Record<FacetId, Map<string, number>>;
  for (const facet of FACETS) {
    const labels = facetLabels(facet, codes);
    const map = new Map<string, number>();
    index.totals[facet].forEach((total, code) => {
      const label = labels[code];
      if (total === 0 || label === undefined) return;
      map.set(label, runsLength(runsOf(index.groups[facet], code, units)));
    });
    counts[facet] = map;
  }
  return counts;
}

/** A selection's chosen codes per facet (values the dataset lacks left out); null where none. */
export function chosenCodes(
  selection: FacetSelection,
  codes: EventCodes,
): Record<FacetId, Uint8Array | null> {
  const chosen = {} as Record<FacetId, Uint8Array | null>;
  for (const facet of FACETS) {
    const values = selection[facet] ?? [];
    if (values.length === 0) {
      chosen[facet] = null;
      continue;
    }
    const labels = facetLabels(facet, codes);
    const mask = new Uint8Array(labels.length);
    const wanted = new Set(values);
    labels.forEach((label, code) => {
      if (wanted.has(label)) mask[code] = 1;
    });
    chosen[facet] = mask;
  }
  return chosen;
}

/**
 * Which facets event p fails among those chosen: a bit per facet (FACETS order), 0 when it passes
 * them all. Reads columns only.
 */
export function failedFacets(
  columns: EventColumns,
  chosen: Record<FacetId, Uint8Array | null>,
  p: number,
): number {
  let failed = 0;
  FACETS.forEach((facet, i) => {
    const mask = chosen[facet];
    if (!mask) return;
    let pass = false;
    forEachFacetCode(columns, facet, p, (code) => {
      if (mask[code]) pass = true;
    });
    if (!pass) failed |= 1 << i;
  });
  return failed;
}
