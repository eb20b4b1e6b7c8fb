import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { buildActDayIndex, climateInputs } from './actDays';
import { midpointOfSpan, spanOf } from '../dataset/dates';
import { findHeadline, isKeyMeeting, type Finding } from './finding';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../validation/validate';

const shippedText = readFileSync(
  fileURLToPath(new URL('../../../public/data/events.json', import.meta.url)),
  'utf8',
);
const parsed = parseDatasetText(shippedText);
if (!parsed.ok) throw new Error('dataset invalid');
const shipped = parsed.dataset;

function meetings(finding: Finding) {
  if (finding.kind !== 'meetings') throw new Error(`expected meetings, got ${finding.kind}`);
  return finding;
}

/** The sample with one event changed. */
function sampleWith(id: string, change: Partial<Dataset['events'][number]>): Dataset {
  const dataset = makeSampleDataset();
  return {
    ...dataset,
    events: dataset.events.map((e) => (e.id === id ? { ...e, ...change } : e)),
  };
}

describe('findHeadline on the shipped dataset', () => {
  const finding = meetings(findHeadline(shipped));

  it('counts four meetings held in person and the planned Budapest summit', () => {
    expect(finding.held.map((m) => m.eventId)).toEqual([
      '2021-12-02-stockholm',
      '2022-01-21-geneva',
      '2023-03-02-new-delhi',
      '2025-08-alaska-summit',
    ]);
    expect(finding.notHeld.map((m) => [m.eventId, m.status])).toEqual([
      ['2025-10-budapest-summit-planned', 'planned'],
    ]);
    expect(finding.scored).toBe(4);
  });

  it('gives each meeting held the climate going into it: the 30 days before, a gap for Alaska', () => {
    expect(finding.windowDays).toBe(30);
    const climates = finding.held.map((m) => [
      m.eventId,
      m.climate && Math.round((m.climate.value ?? 0) * 10) / 10,
      m.climate?.acts,
    ]);
    expect(climates).toEqual([
      ['2021-12-02-stockholm', 7.3, 1],
      ['2022-01-21-geneva', 5, 9],
      ['2023-03-02-new-delhi', 8.1, 3],
      ['2025-08-alaska-summit', null, undefined],
    ]);
  });

  it('ranks the climate: New Delhi highest under every setting and reading, Geneva lowest but not under every reading', () => {
    expect(finding.climate).toMatchObject({
      top: { eventId: '2023-03-02-new-delhi' },
      topHolds: 'always',
      bottom: { eventId: '2022-01-21-geneva' },
      bottomHolds: 'reading',
    });
  });

  it('ranks the tone apart: Stockholm highest under every prior but not every reading; the lowest close', () => {
    expect(finding.tone).toMatchObject({
      top: { eventId: '2021-12-02-stockholm', tension: 4.4, range: [3.1, 5.6] },
      topHolds: 'reading',
      bottom: { eventId: '2022-01-21-geneva', tension: 2.3, range: [2.1, 2.9] },
      bottomHolds: 'close',
    });
  });

  it('takes an act-day index built already, and gives what it builds itself', () => {
    const index = buildActDayIndex(climateInputs(shipped.events));
    expect(findHeadline(shipped, index)).toEqual(finding);
    // An index of other acts gives other climates: it is read, not rebuilt.
    const empty = buildActDayIndex([]);
    expect(meetings(findHeadline(shipped, empty)).climate).toBeNull();
  });

  it('claims no ranking it cannot check: events without their acts give no tone ranking, and no climate without an index', () => {
    // As the dataset worker makes them from its columns: no acts, the draw day given.
    const bare = shipped.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      category: e.category,
      status: e.status,
      placeId: e.placeId,
      date: e.date,
      tension: e.tension,
      tensionRange: e.tensionRange,
      day: midpointOfSpan(spanOf(e.date, e.datePrecision)),
    }));
    const plain = meetings(findHeadline({ ...shipped, events: bare }));
    expect([plain.tone, plain.climate]).toEqual([null, null]);
    expect(plain.held).toHaveLength(4);
    const index = buildActDayIndex(climateInputs(shipped.events));
    const withIndex = meetings(findHeadline({ ...shipped, events: bare }, index));
    expect(withIndex.climate).toEqual(finding.climate);
    expect(withIndex.tone).toBeNull();
  });

  it('summarises the sources: five, all in Vietnamese', () => {
    expect(finding.sources).toEqual({ count: 5, language: 'vi' });
    expect(finding.sides).toEqual(['USA', 'RUS']);
  });

  it('reads the raw file as the validated dataset: the build writes the same headline', () => {
    expect(findHeadline(JSON.parse(shippedText) as Dataset)).toEqual(findHeadline(shipped));
  });
});

describe('findHeadline on the sample dataset', () => {
  it('finds the one meeting held, and the summit planned, and ranks nothing', () => {
    const finding = meetings(findHeadline(makeSampleDataset()));
    expect(finding.held.map((m) => m.eventId)).toEqual(['e1']);
    expect(finding.notHeld.map((m) => m.eventId)).toEqual(['e4']);
    expect([finding.tone, finding.climate]).toEqual([null, null]);
    expect(finding.scored).toBe(1);
    expect(finding.sources).toEqual({ count: 1, language: 'vi' });
  });

  it('counts an unscored meeting as held but not as scored, and then claims nothing', () => {
    const finding = meetings(findHeadline(sampleWith('e1', { tension: null, tensionRange: null })));
    expect(finding.held).toHaveLength(1);
    expect(finding.scored).toBe(0);
    expect(finding.tone).toBeNull();
  });

  it('says a ranking depends on the prior where the prior changes it, and close where near', () => {
    const dataset = makeSampleDataset({ withStory: true });
    const finding = meetings(findHeadline(dataset));
    // The story's five meetings all score alike: the earliest of equals is named, and the tie is close.
    expect(finding.tone?.bottom.eventId).toBe('2021-12-02-stockholm');
    expect(finding.tone?.bottomHolds).toBe('close');
  });

  it('says which meeting rates highest depends on the prior where a prior changes it', () => {
    const dataset = makeSampleDataset();
    const e1 = dataset.events.find((e) => e.id === 'e1')!;
    const act = (goldstein: number, sentence: string) => ({
      ...e1.actions[0]!,
      goldstein,
      sentence,
    });
    // One act of −10 against many: highest with a small prior, not with a large one.
    const one = { ...e1, id: 'one', date: '2022-06-01', actions: [act(-10, 'a')] };
    const many = {
      ...e1,
      id: 'many',
      date: '2023-06-01',
      actions: [...[1, 2, 3, 4].map((i) => act(-10, `c${i}`)), act(10, 'p')],
    };
    const finding = meetings(findHeadline({ ...dataset, events: [one, many] }));
    expect(finding.tone).toMatchObject({ top: { eventId: 'one' }, topHolds: 'setting' });
  });

  it('falls back to an overview where no meeting was held', () => {
    const finding = findHeadline(sampleWith('e1', { kind: 'talks' }));
    expect(finding).toEqual({
      kind: 'overview',
      sides: ['USA', 'RUS'],
      sources: { count: 1, language: 'vi' },
      events: 4,
      scored: 4,
      first: '2022-01-18',
      last: '2025-10-01',
    });
  });

  it('names the dataset’s own two sides, and no shared language where sources differ', () => {
    const dataset = makeSampleDataset();
    const finding = findHeadline({
      ...dataset,
      dyad: ['CHN', 'USA'],
      sources: [...dataset.sources, { ...dataset.sources[0]!, id: 'b', language: 'en-GB' }],
    });
    expect(finding.sides).toEqual(['CHN', 'USA']);
    expect(finding.sources).toEqual({ count: 2, language: null });
  });
});

describe('isKeyMeeting', () => {
  it('is a meeting or summit between the two sides, somewhere', () => {
    const base = { kind: 'meeting', category: 'us-russia', placeId: 'geneva' } as const;
    expect(isKeyMeeting(base)).toBe(true);
    expect(isKeyMeeting({ ...base, kind: 'summit' })).toBe(true);
    expect(isKeyMeeting({ ...base, kind: 'phone-call' })).toBe(false);
    expect(isKeyMeeting({ ...base, category: 'context' })).toBe(false);
    expect(isKeyMeeting({ ...base, placeId: null })).toBe(false);
  });
});
