import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { findHeadline, isKeyMeeting, type Finding } from './finding';
import type { Dataset } from './schema';
import { parseDatasetText } from './validate';

const shippedText = readFileSync(
  fileURLToPath(new URL('../../public/data/events.json', import.meta.url)),
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

  it('names Stockholm the tensest and Geneva the calmest, with their ranges', () => {
    expect(finding.tensest).toMatchObject({ eventId: '2021-12-02-stockholm', tension: 4.4 });
    expect(finding.tensest?.range).toEqual([3.1, 5.6]);
    expect(finding.calmest).toMatchObject({ eventId: '2022-01-21-geneva', tension: 2.3 });
    expect(finding.calmest?.range).toEqual([2.1, 2.9]);
  });

  it('finds that no reading of any held meeting reaches the tense band', () => {
    const tops = finding.held.map((m) => m.range?.[1] ?? m.tension ?? 0);
    expect(Math.max(...tops)).toBeLessThan(6);
    expect(finding.noneTense).toBe(true);
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
  it('finds the one meeting held, and the summit planned', () => {
    const finding = meetings(findHeadline(makeSampleDataset()));
    expect(finding.held.map((m) => m.eventId)).toEqual(['e1']);
    expect(finding.notHeld.map((m) => m.eventId)).toEqual(['e4']);
    expect(finding.tensest?.eventId).toBe('e1');
    expect(finding.calmest?.eventId).toBe('e1');
    expect(finding.noneTense).toBe(true);
    expect(finding.sources).toEqual({ count: 1, language: 'vi' });
  });

  it('says a meeting is tense when a reading of it reaches 6', () => {
    const finding = meetings(findHeadline(sampleWith('e1', { tensionRange: [3.3, 6] })));
    expect(finding.noneTense).toBe(false);
  });

  it('counts an unscored meeting as held but not as scored, and then claims nothing', () => {
    const finding = meetings(findHeadline(sampleWith('e1', { tension: null, tensionRange: null })));
    expect(finding.held).toHaveLength(1);
    expect(finding.scored).toBe(0);
    expect(finding.tensest).toBeNull();
    expect(finding.noneTense).toBe(false);
  });

  it('takes the earliest of meetings with equal scores', () => {
    const dataset = makeSampleDataset({ withStory: true });
    const finding = meetings(findHeadline(dataset));
    // The story's five meetings all score alike, below the sample's Geneva talks.
    const storyScores = new Set(
      finding.held.filter((m) => m.eventId !== 'e1').map((m) => m.tension),
    );
    expect(storyScores.size).toBe(1);
    expect(finding.tensest?.eventId).toBe('e1');
    expect(finding.calmest?.eventId).toBe('2021-12-02-stockholm');
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
