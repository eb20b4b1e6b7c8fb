/**
 * A note or reason in the page's language. A file may write one text (shown as written, its
 * language unknown) or both languages; where one is translated from the other, the page says so.
 */
import type { Note } from './schema';
import type { Language } from './vocabulary';

export interface NoteInLanguage {
  text: string;
  /** The text's language, for the `lang` attribute; null where the file does not say. */
  lang: Language | null;
  /** The language it was translated from, where it is a translation; otherwise null. */
  translatedFrom: Language | null;
}

/**
 * noteIn({ en: 'Month precision.', vi: 'Chính xác đến tháng.', original: 'en' }, 'vi') →
 * { text: 'Chính xác đến tháng.', lang: 'vi', translatedFrom: 'en' }; noteIn('Any text', 'vi') →
 * { text: 'Any text', lang: null, translatedFrom: null }.
 */
export function noteIn(note: Note, lang: Language): NoteInLanguage {
  if (typeof note === 'string') return { text: note, lang: null, translatedFrom: null };
  const original = note.original ?? null;
  return {
    text: note[lang],
    lang,
    translatedFrom: original !== null && original !== lang ? original : null,
  };
}

/** Every text of a note: both languages, or the one it has (for search and checks). */
export function noteTexts(note: Note): string[] {
  return typeof note === 'string' ? [note] : [note.en, note.vi];
}
