/**
 * Where a quote or a coded sentence stands in its article: the paragraph that holds it and the
 * span to highlight, so that a reader can check every claim against the sentence it comes from.
 */

export interface Passage {
  /** The paragraph's position among the source's paragraphs. */
  index: number;
  paragraph: string;
  /** The span of the paragraph, in its own characters, that the text matches. */
  start: number;
  end: number;
}

/** Quotation marks of any kind read as one; any run of white space (NBSP too) as one space. */
function foldCharacter(c: string): string {
  if (/\s/.test(c)) return ' ';
  if ('“”„‟"«»'.includes(c)) return '"';
  if ('‘’‚‛'.includes(c)) return "'";
  return c;
}

/** The folded text, and for each of its characters the position it came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = foldCharacter(text[i] ?? '');
    if (c === ' ' && folded.endsWith(' ')) continue;
    folded += c;
    origin.push(i);
  }
  return { folded, origin };
}

/**
 * findPassage(["Ông nói: “Hòa bình”."], "Hòa bình") → { index: 0, start: 9, end: 17, … }.
 * The text as written first; failing that, with white space and quotation marks folded.
 */
export function findPassage(
  paragraphs: readonly string[] | undefined,
  text: string,
): Passage | null {
  if (!paragraphs || text.trim() === '') return null;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] ?? '';
    const start = paragraph.indexOf(text);
    if (start >= 0) return { index, paragraph, start, end: start + text.length };
  }
  const needle = fold(text.trim()).folded;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] ?? '';
    const { folded, origin } = fold(paragraph);
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = origin[at] ?? 0;
    const end = (origin[at + needle.length - 1] ?? start) + 1;
    return { index, paragraph, start, end };
  }
  return null;
}
