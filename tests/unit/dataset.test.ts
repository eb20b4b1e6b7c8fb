/**
 * The shipped dataset: it validates, one sentence has one code, tension recomputes, notes read in
 * both languages, and the JSON Schema is current. Its verbatim checks against the articles are in
 * datasetVerbatim.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCameo } from '@/domain/scoring/cameo';
import { noteIn, noteTexts } from '@/domain/dataset/note';
import { findPassage } from '@/domain/dataset/passage';
import { serializeJsonSchema } from '@/domain/dataset/jsonSchema';
import type { Note } from '@/domain/dataset/schema';
import { isBetweenSides, scoreTension, tensionRange } from '@/domain/scoring/tension';
import { dataset, normalize, result, root, text } from '../fixtures/shippedDataset';

describe('the shipped dataset', () => {
  it('validates whole, leaving nothing out', () => {
    expect(result.ok && result.leftOut).toEqual([]);
  });

  it('covers the five meeting cities of the story', () => {
    const names = dataset.places.map((p) => p.name.en);
    for (const city of ['Geneva', 'Stockholm', 'New Delhi', 'Alaska', 'Budapest']) {
      expect(names.some((n) => n.includes(city))).toBe(true);
    }
  });

  it('cites each of the five articles', () => {
    expect(dataset.sources).toHaveLength(5);
    const cited = new Set(dataset.events.flatMap((e) => e.sourceIds));
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('has the contacts the articles report', () => {
    const find = (kind: string, date: string) =>
      dataset.events.find((e) => e.kind === kind && e.date === date);
    expect(find('phone-call', '2022-01-18')).toBeDefined();
    expect(find('phone-call', '2025-10-20')).toBeDefined();
    expect(find('postponement', '2025-10-21')?.status).toBe('postponed');
    expect(dataset.events.find((e) => e.placeId === 'budapest')?.status).toBe('planned');
    expect(dataset.events.find((e) => e.placeId === 'alaska')?.kind).toBe('summit');
    expect(dataset.events.some((e) => e.title.en.includes('New START'))).toBe(true);
  });

  it('stores the tension and range its actions score, in the file itself', () => {
    const stored = (
      JSON.parse(text) as { events: { id: string; tension: unknown; tensionRange: unknown }[] }
    ).events;
    for (const event of stored) {
      const scored = dataset.events.find((e) => e.id === event.id)!;
      expect({ id: event.id, tension: event.tension, range: event.tensionRange }).toEqual({
        id: event.id,
        tension: scoreTension(scored.actions),
        range: tensionRange(scored.actions),
      });
    }
  });

  it('weighs every action and every alternative with GDELT’s Goldstein value for its code', () => {
    for (const action of dataset.events.flatMap((e) => e.actions)) {
      for (const reading of [action, ...(action.alternatives ?? [])]) {
        expect(describeCameo(reading.cameo)?.goldstein, reading.cameo).toBe(reading.goldstein);
      }
    }
  });

  it('gives one sentence one code wherever it is coded', () => {
    const codes = new Map<string, Set<string>>();
    for (const action of dataset.events.flatMap((e) => e.actions)) {
      const key = normalize(action.sentence);
      codes.set(key, (codes.get(key) ?? new Set()).add(action.cameo));
    }
    const mixed = [...codes].filter(([, set]) => set.size > 1).map(([sentence]) => sentence);
    expect(mixed).toEqual([]);
    // A clause coded on its own is never also coded inside its whole sentence.
    const texts = [...codes.keys()];
    const nested = texts.filter((a) => texts.some((b) => b !== a && b.includes(a)));
    expect(nested).toEqual([]);
  });

  it('gives every alternative a reason and a reading that differs from the coded one', () => {
    for (const action of dataset.events.flatMap((e) => e.actions)) {
      for (const alt of action.alternatives ?? []) {
        for (const reason of noteTexts(alt.reason)) expect(reason.length).toBeGreaterThan(20);
        const same =
          alt.cameo === action.cameo &&
          (alt.actor ?? action.actor) === action.actor &&
          (alt.target ?? action.target) === action.target;
        expect(same, `${action.sentence}: ${alt.reason}`).toBe(false);
      }
    }
  });

  it('has a tone for every event with a weighing act between the US and Russia, and none otherwise', () => {
    for (const event of dataset.events) {
      const between = event.actions.some(
        (a) =>
          a.goldstein !== 0 &&
          ((a.actor === 'USA' && a.target === 'RUS') || (a.actor === 'RUS' && a.target === 'USA')),
      );
      expect(event.tension !== null, event.id).toBe(between);
    }
  });

  it('gives no context record a tone: its acts are not between the two sides (N7)', () => {
    const scored = dataset.events.filter((e) => e.category === 'context' && e.tension !== null);
    expect(scored.map((e) => e.id)).toEqual([]);
  });

  it('claims no more of a date in an id than the record knows (N11, N17)', () => {
    const records = [
      ...dataset.events.map((e) => ({ id: e.id, date: e.date, precision: e.datePrecision })),
      ...dataset.quotes.map((q) => ({ id: q.id, date: q.date, precision: q.datePrecision })),
    ];
    for (const { id, date, precision } of records) {
      const day = /^(?:q-)?(\d{4}-\d{2}-\d{2})-/.exec(id)?.[1];
      const month = /^(?:q-)?(\d{4}-\d{2})-/.exec(id)?.[1];
      if (day !== undefined)
        expect({ id, day: precision === 'day' && day === date }).toEqual({ id, day: true });
      else if (month !== undefined)
        expect({ id, month: date.startsWith(month) }).toEqual({ id, month: true });
    }
  });

  it('codes each clause once in one record, once for each pair of sides (S5, S6; N16)', () => {
    const recordOf = new Map<string, string>();
    for (const event of dataset.events) {
      const pairs = new Set<string>();
      for (const action of event.actions) {
        const key = `${action.sourceId} ${normalize(action.sentence)}`;
        expect(recordOf.get(key) ?? event.id, action.sentence).toBe(event.id);
        recordOf.set(key, event.id);
        const pair = `${key} ${action.actor ?? '-'} ${action.target ?? '-'}`;
        expect(pairs.has(pair), `${event.id}: ${action.sentence}`).toBe(false);
        pairs.add(pair);
      }
    }
    // So no act counts twice: between the two sides, one sentence counts in one record at most.
    const counted = dataset.events.flatMap((e) =>
      e.actions
        .filter((a) => isBetweenSides(a.actor, a.target))
        .map((a) => `${a.sourceId} ${normalize(a.sentence)}`),
    );
    expect(counted.length).toBe(new Set(counted).size);
  });

  it('writes every note and reason a reader sees in English and in Vietnamese', () => {
    const notes: [string, Note | undefined][] = [
      ...dataset.sources.map((s) => [s.id, s.note] as [string, Note | undefined]),
      ...dataset.people.map((p) => [p.id, p.note] as [string, Note | undefined]),
      ...dataset.places.map((p) => [p.id, p.note] as [string, Note | undefined]),
      ...dataset.events.map((e) => [e.id, e.note] as [string, Note | undefined]),
      ...dataset.quotes.map((q) => [q.id, q.note] as [string, Note | undefined]),
      ...dataset.events.flatMap((e) =>
        e.actions.flatMap((a, i) =>
          (a.alternatives ?? []).map(
            (alt, k) => [`${e.id}.actions[${i}].alternatives[${k}]`, alt.reason] as [string, Note],
          ),
        ),
      ),
    ];
    const oneLanguage = notes
      .filter(([, note]) => note !== undefined && (typeof note === 'string' || note.en === note.vi))
      .map(([where]) => where);
    expect(oneLanguage).toEqual([]);
    // Every source, event and quote that needs a word of explanation has one.
    expect(dataset.sources.every((s) => s.note !== undefined)).toBe(true);
    // The Vietnamese texts are Vietnamese: each has letters only Vietnamese writes.
    const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
    const english = notes.flatMap(([where, note]) =>
      note === undefined || vietnamese.test(noteIn(note, 'vi').text) ? [] : [where],
    );
    expect(english).toEqual([]);
  });

  it('shows every quote and coded sentence in a paragraph of its source', () => {
    for (const event of dataset.events) {
      for (const action of event.actions) {
        const source = dataset.sources.find((s) => s.id === action.sourceId);
        expect(findPassage(source?.paragraphs, action.sentence), action.sentence).not.toBeNull();
      }
    }
    for (const quote of dataset.quotes) {
      const source = dataset.sources.find((s) => s.id === quote.sourceId);
      expect(findPassage(source?.paragraphs, quote.text.vi), quote.id).not.toBeNull();
    }
  });

  it('dates every source and says so in words for readers', () => {
    for (const source of dataset.sources) {
      expect(source.date, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.note && noteIn(source.note, 'en').text, source.id).toMatch(/Published/);
      expect(source.note && noteIn(source.note, 'vi').text, source.id).toMatch(/Đăng/);
    }
  });

  it('marks every month-precision date and explains it', () => {
    for (const event of dataset.events.filter((e) => e.datePrecision === 'month')) {
      expect(event.note && noteIn(event.note, 'en').text, event.id).toMatch(/month/i);
      expect(event.note && noteIn(event.note, 'vi').text, event.id).toMatch(/tháng/i);
    }
  });

  it('spells names correctly and records the articles’ slips', () => {
    const blinken = dataset.people.find((p) => p.id === 'antony-blinken');
    expect(blinken?.name).toBe('Antony Blinken');
    expect(blinken?.spellings).toContain('Bilnken');
    const biden = dataset.people.find((p) => p.id === 'joe-biden')?.note;
    expect(biden && noteIn(biden, 'en').text).toMatch(/President/);
    expect(biden && noteIn(biden, 'vi').text).toMatch(/Tổng thống/);
  });

  it('keeps related-news boilerplate out of the data', () => {
    const all = JSON.stringify(dataset.events) + JSON.stringify(dataset.quotes);
    expect(all).not.toContain('Tin liên quan');
    expect(all).not.toContain('Bài toán khó của Mỹ');
  });
});

describe('events.schema.json', () => {
  it('is generated from the current zod schema (run `npm run schema` if not)', () => {
    expect(readFileSync(root('public/data/events.schema.json'), 'utf8')).toBe(
      serializeJsonSchema(),
    );
  });
});
