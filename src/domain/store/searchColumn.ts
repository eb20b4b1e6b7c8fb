/**
 * Quote search over a column of folded text, so that a keystroke never reads the quotes' text.
 *
 * Why: the quotes' text is kept as UTF-8 bytes and decoded when shown (packedRecords.ts); a search
 * that asked each quote for its text decoded every quote on every keystroke (23 s at a million
 * events). Instead, each chunk of quotes' haystacks (quoteSearch.ts `quoteHaystack`), folded once
 * when the quotes are packed, is one string; a query's words are found in it with `indexOf`, and a
 * match's position names its quote by binary search on the haystacks' ends. Folded text is mostly
 * ASCII, which the engine keeps at one byte a character.
 */
import { foldForSearch, quoteHaystack } from '../quoteSearch';
import type { Person, Quote } from '../schema';

/**
 * The haystacks of a chunk of quotes, one after another, each followed by SEPARATOR (which folded
 * text never holds, so that no word is found across two quotes); haystack i ends at ends[i].
 */
export interface SearchChunk {
  text: string;
  ends: Uint32Array;
}

/** The dataset's quotes, and their haystacks in chunks, in the quotes' order. */
export interface SearchColumn {
  quotes: readonly Quote[];
  chunks: readonly SearchChunk[];
}

const SEPARATOR = '\u0000';

/** The search chunk of some quotes: the worker makes one per chunk of quotes it sends. */
export function buildSearchChunk(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): SearchChunk {
  const ends = new Uint32Array(quotes.length);
  const haystacks: string[] = [];
  let used = 0;
  quotes.forEach((quote, i) => {
    const haystack = quoteHaystack(quote, people);
    haystacks.push(haystack);
    used += haystack.length;
    ends[i] = used;
    used += SEPARATOR.length;
  });
  return { text: haystacks.join(SEPARATOR) + SEPARATOR, ends };
}

/** The column of quotes held as they are (tests, small datasets): built on the page, in chunks. */
export function buildSearchColumn(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  chunkSize = 2000,
): SearchColumn {
  const chunks: SearchChunk[] = [];
  for (let i = 0; i < quotes.length; i += chunkSize)
    chunks.push(buildSearchChunk(quotes.slice(i, i + chunkSize), people));
  return { quotes, chunks };
}

/**
 * Whether a quote matches the query, as `matchesQuery` says (every word of the query occurs in its
 * haystack), answered from the column: for quotes of the column's dataset only.
 */
export function matchQuotes(column: SearchColumn, query: string): (quote: Quote) => boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  // How many of the words each quote holds, by its place in the dataset.
  const found = new Uint32Array(column.quotes.length);
  words.forEach((word, w) => {
    let base = 0;
    for (const chunk of column.chunks) {
      let from = 0;
      for (
        let at = chunk.text.indexOf(word, from);
        at !== -1;
        at = chunk.text.indexOf(word, from)
      ) {
        const i = haystackAt(chunk.ends, at);
        // Counted once per word (a word held twice counts once), and only if the words before it
        // were all found: a quote that missed one is already out.
        if (found[base + i] === w) found[base + i] = w + 1;
        // On past this quote: whatever else it holds of the word changes nothing.
        from = (chunk.ends[i] ?? at) + SEPARATOR.length;
      }
      base += chunk.ends.length;
    }
  });
  const matching = new Set<Quote>();
  found.forEach((count, i) => {
    const quote = column.quotes[i];
    if (count === words.length && quote) matching.add(quote);
  });
  return (quote) => matching.has(quote);
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
