/**
 * What the status line says: how many events and quotes the filters show. From the index, two
 * lookups a lane; with facets, a count over the positions they keep.
 */
import type { EventSet, PlaceFilter } from './eventSet';
import { inSet, positionList, runsOfFilter } from './eventSet';
import { sumOverRuns } from './groups';
import { runsLength } from './groups';

export interface ShownCounts {
  events: number;
  quotes: number;
}

export function countShown(
  set: EventSet,
  filter: PlaceFilter,
  selectedEvent: number | null,
): ShownCounts {
  const { columns, aggregates } = set.index.data;
  const quotesOf = (p: number) => (columns.quoteStart[p + 1] ?? 0) - (columns.quoteStart[p] ?? 0);
  let events: number;
  let quotes: number;
  if (set.kept) {
    const list = positionList(set, filter);
    const all = list.take(list.length);
    events = all.length;
    quotes = 0;
    for (const p of all) quotes += quotesOf(p);
  } else {
    const { groups, runs } = runsOfFilter(set, filter);
    events = runsLength(runs);
    const prefix =
      groups === aggregates.all ? aggregates.allSums.quotes : aggregates.placeSums.quotes;
    quotes = sumOverRuns(prefix, runs);
  }
  // A selected event that is shown narrows the quotes to its own.
  if (selectedEvent !== null && selectedEvent >= 0 && inSet(set, selectedEvent)) {
    const place = columns.place[selectedEvent] ?? -1;
    const atPlace =
      filter.kind === 'all' || (filter.kind === 'place' ? place === filter.key : place < 0);
    if (atPlace) quotes = quotesOf(selectedEvent);
  }
  return { events, quotes };
}
