/**
 * Quote search over a column of folded text, so that a keystroke never reads the quotes' text.
 *
 * Why: the quotes' records are kept as UTF-8 bytes and read when shown (query/records.ts); a
 * search that read each quote decoded every quote on every keystroke (23 s at a million events).
 * Instead, each chunk of quotes' haystacks (quoteSearch.ts `quoteHaystack`), folded once in the
 * worker as the quotes are indexed, is one string; a query's words are found in it with `indexOf`
 * (query/search.ts), and a match's position names its quote by binary search on the haystacks'
 * ends. Folded text is mostly ASCII, which the engine keeps at one byte a character.
 */
import { quoteHaystack } from './quoteSearch';
import type { Person, Quote } from '../dataset/schema';

/**
 * The haystacks of a chunk of quotes, one after another, each followed by SEPARATOR (which folded
 * text never holds, so that no word is found across two quotes); haystack i ends at ends[i].
 */
export interface SearchChunk {
  text: string;
  ends: Uint32Array;
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
