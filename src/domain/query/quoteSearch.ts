/** Searching and grouping quotes for the quote panel. */
import type { Person, Quote } from '../dataset/schema';
import type { Language } from '../dataset/vocabulary';

/**
 * Folds case and Vietnamese diacritics, so that "lavrov", "hoa binh" and "hòa bình" all match:
 * foldForSearch("Hòa Bình Đà") → "hoa binh da"
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Who said it: the person's name, or the description of an unnamed speaker ("a US official"). */
export function speakerName(
  quote: Quote,
  people: ReadonlyMap<string, Person>,
  lang: Language,
): string {
  if (quote.speakerId !== null) return people.get(quote.speakerId)?.name ?? quote.speakerId;
  return quote.speaker?.name[lang] ?? '';
}

/**
 * What a search looks in for a quote, folded: its words in both languages, and its speaker's
 * names, roles and other spellings.
 */
export function quoteHaystack(quote: Quote, people: ReadonlyMap<string, Person>): string {
  const person = quote.speakerId === null ? undefined : people.get(quote.speakerId);
  return foldForSearch(
    [
      quote.text.vi,
      quote.text.en,
      speakerName(quote, people, 'en'),
      speakerName(quote, people, 'vi'),
      person?.role.en,
      person?.role.vi,
      ...(person?.spellings ?? []),
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * Every word of the query must occur in the quote (either language) or its speaker's name or role.
 * One quote at a time: the panel asks the search column instead (store/searchColumn.ts).
 */
export function matchesQuery(
  quote: Quote,
  people: ReadonlyMap<string, Person>,
  query: string,
): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = quoteHaystack(quote, people);
  return words.every((w) => haystack.includes(w));
}

export type SortOrder = 'newest' | 'oldest';
