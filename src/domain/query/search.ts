/**
 * Quote search over the index's search column: every word of the query found with `indexOf` in
 * the folded text (store/searchColumn.ts), never by reading a quote; the quotes that hold them
 * all, as sorted quote positions.
 */
import { foldForSearch } from './quoteSearch';
import type { IndexData } from './indexData';

const SEPARATOR = 1;

/** The positions of the quotes matching every word of the query; null for an empty query. */
export function matchQuotePositions(data: IndexData, query: string): Int32Array | null {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const found = new Uint32Array(data.quoteRanks.length);
  words.forEach((word, w) => {
    let base = 0;
    for (const chunk of data.search) {
      let from = 0;
      for (
        let at = chunk.text.indexOf(word, from);
        at !== -1;
        at = chunk.text.indexOf(word, from)
      ) {
        const i = haystackAt(chunk.ends, at);
        // Counted once per word, and only if the words before it were all found.
        if (found[base + i] === w) found[base + i] = w + 1;
        from = (chunk.ends[i] ?? at) + SEPARATOR;
      }
      base += chunk.ends.length;
    }
  });
  const positions: number[] = [];
  found.forEach((count, slot) => {
    const q = data.quoteRanks[slot] ?? -1;
    if (count === words.length && q >= 0) positions.push(q);
  });
  return Int32Array.from(positions).sort();
}

/** The haystack a position falls in: the first whose end is past it. */
function haystackAt(ends: Uint32Array, at: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ends[mid] ?? 0) > at) high = mid;
    else low = mid + 1;
  }
  return low;
}
