/**
 * The quote panel's list: the selected event's quotes, or those of the events shown, grouped by
 * event in the events' order; how many, and the first page of them, made only when asked. A
 * search narrows it to the quotes it matched (quote positions, from the search column).
 */
import { binarySearch, inSet, positionList, type EventSet, type PlaceFilter } from './eventSet';
import { countShown } from './counts';

export interface QuoteList {
  /** How many quotes the list holds. */
  count: number;
  /** The first `count` quotes' positions: events newest or oldest first, each event's in order. */
  take(count: number, newestFirst: boolean): Int32Array;
}

const placeKeeps = (set: EventSet, filter: PlaceFilter, p: number) => {
  if (filter.kind === 'all') return true;
  const place = set.index.data.columns.place[p] ?? -1;
  return filter.kind === 'place' ? place === filter.key : place < 0;
};

/** `selected`: the selected event's position (its own quotes, if it is shown); `matches`: a search's. */
export function quoteListOf(
  set: EventSet,
  filter: PlaceFilter,
  selected: number | null,
  matches: Int32Array | null,
): QuoteList {
  const { columns, quoteEvent } = set.index.data;
  const { quoteStart } = columns;
  const matched = (q: number) => matches === null || binarySearch(matches, q) >= 0;
  if (
    selected !== null &&
    selected >= 0 &&
    inSet(set, selected) &&
    placeKeeps(set, filter, selected)
  ) {
    const own: number[] = [];
    for (let q = quoteStart[selected] ?? 0; q < (quoteStart[selected + 1] ?? 0); q++)
      if (matched(q)) own.push(q);
    return { count: own.length, take: (count) => Int32Array.from(own.slice(0, count)) };
  }
  if (matches === null) {
    const events = positionList(set, filter);
    return {
      count: countShown(set, filter, null).quotes,
      take: (count, newestFirst) => {
        const taken: number[] = [];
        events.walk(newestFirst, (p) => {
          for (
            let q = quoteStart[p] ?? 0;
            q < (quoteStart[p + 1] ?? 0) && taken.length < count;
            q++
          )
            taken.push(q);
          return taken.length < count;
        });
        return Int32Array.from(taken);
      },
    };
  }
  // A search: its matches, kept where their event is shown (a pass over the matches alone).
  const kept = matches.filter((q) => {
    const p = quoteEvent[q] ?? -1;
    return p >= 0 && inSet(set, p) && placeKeeps(set, filter, p);
  });
  return {
    count: kept.length,
    take: (count, newestFirst) => {
      if (!newestFirst) return kept.slice(0, count);
      // Events newest first, each event's quotes in their own order.
      const taken: number[] = [];
      let i = kept.length - 1;
      while (i >= 0 && taken.length < count) {
        const event = quoteEvent[kept[i] ?? 0];
        let j = i;
        while (j > 0 && quoteEvent[kept[j - 1] ?? 0] === event) j--;
        for (let k = j; k <= i && taken.length < count; k++) taken.push(kept[k] ?? 0);
        i = j - 1;
      }
      return Int32Array.from(taken);
    },
  };
}
