import { describe, expect, it } from 'vitest';
import type { GdeltActor } from '@/domain/import/wording';
import { gdeltActorName, importWording } from './importText';

const actor = (name: string | null, code: string | null, country: string | null): GdeltActor => ({
  name,
  code,
  country,
});

describe('gdeltActorName', () => {
  it('names a country acting as itself in the language, as the page does', () => {
    expect(gdeltActorName(actor('UNITED STATES', 'USA', 'USA'), 'vi')).toBe('Mỹ');
    expect(gdeltActorName(actor('SWITZERLAND', 'CHE', 'CHE'), 'en')).toBe('Switzerland');
    expect(gdeltActorName(actor('SWITZERLAND', 'CHE', 'CHE'), 'vi')).toBe('Thụy Sĩ');
  });

  it('names anyone else as GDELT does, out of capitals, and no one as no one', () => {
    expect(gdeltActorName(actor('VLADIMIR PUTIN', 'RUSGOV', 'RUS'), 'vi')).toBe('Vladimir Putin');
    expect(gdeltActorName(actor('EUROPE', 'EUR', 'EUR'), 'en')).toBe('Europe');
    expect(gdeltActorName(actor(null, null, null), 'vi')).toBe('không nêu tên');
  });
});

describe('importWording', () => {
  const wording = importWording();

  it('titles a row with one actor, and a code outside the table by its number', () => {
    const text = wording.gdeltText({
      actor1: actor('RUSSIA', 'RUS', 'RUS'),
      actor2: actor(null, null, null),
      cameo: '2199',
      goldstein: -2,
      place: null,
    });
    expect(text.title).toEqual({ en: 'Russia: CAMEO 2199', vi: 'Nga: mã CAMEO 2199' });
    expect(text.summary.en).toBe(
      'Russia: CAMEO 2199 (CAMEO 2199, Goldstein -2.0), with no place given: an event GDELT coded by machine from a news report.',
    );
    expect(text.summary.vi).toContain('không rõ địa điểm');
  });

  it('notes a slide’s end date and display date in English, or in Vietnamese if asked', () => {
    const end = { date: '1991-12-01', precision: 'month' as const };
    expect(wording.slideNote({ end, displayDate: null })).toBe('Ends December 1991.');
    expect(wording.slideNote({ end: null, displayDate: null })).toBeNull();
    expect(importWording('vi').slideNote({ end: null, displayDate: 'Xuân 1991' })).toBe(
      'Dòng thời gian ghi ngày của sự kiện là “Xuân 1991”.',
    );
  });
});
