import { describe, expect, it } from 'vitest';
import { noteIn, noteTexts } from './note';

describe('noteIn', () => {
  const both = { en: 'Month precision.', vi: 'Chính xác đến tháng.', original: 'en' as const };
  it('gives the page’s language, and says which text is a translation', () => {
    expect(noteIn(both, 'vi')).toEqual({
      text: 'Chính xác đến tháng.',
      lang: 'vi',
      translatedFrom: 'en',
    });
    expect(noteIn(both, 'en')).toEqual({
      text: 'Month precision.',
      lang: 'en',
      translatedFrom: null,
    });
  });
  it('marks no translation where the file does not say which text came first', () => {
    const unmarked = { en: both.en, vi: both.vi };
    expect(noteIn(unmarked, 'vi').translatedFrom).toBeNull();
  });
  it('shows a note written once as it is, its language unknown', () => {
    expect(noteIn('Any text', 'vi')).toEqual({
      text: 'Any text',
      lang: null,
      translatedFrom: null,
    });
  });
});

describe('noteTexts', () => {
  it('lists both languages, or the one text', () => {
    expect(noteTexts({ en: 'a', vi: 'b' })).toEqual(['a', 'b']);
    expect(noteTexts('c')).toEqual(['c']);
  });
});
