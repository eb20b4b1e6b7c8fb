import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHeadline, type MeetingsFinding } from '@/domain/finding';
import type { Dataset } from '@/domain/schema';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { headlineEn, headlineVi } from './headline';

const shipped = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public/data/events.json', import.meta.url)), 'utf8'),
) as Dataset;

function meetingsOf(dataset: Dataset): MeetingsFinding {
  const finding = findHeadline(dataset);
  if (finding.kind !== 'meetings') throw new Error('expected meetings');
  return finding;
}

describe('the headline of the shipped dataset', () => {
  const finding = meetingsOf(shipped);

  it('says in English how many met, that none rates as tense, the tensest and the calmest', () => {
    const { title, intro } = headlineEn(finding);
    expect(title).toBe(
      'The US and Russia met four times in person; none of the meetings rates as tense',
    );
    expect(intro).toContain('Five Vietnamese news articles report the meetings');
    expect(intro).toContain('from Stockholm in December 2021 to Alaska (Anchorage) in August 2025');
    expect(intro).toContain(
      'the tensest was Stockholm, December 2021, at 4.4 (3.1–5.6 on other readings of its sentences)',
    );
    expect(intro).toContain('the calmest Geneva, January 2022, at 2.3 (2.1–2.9)');
    expect(intro).toContain(
      'A fifth, a summit in Budapest planned in October 2025, had not taken place when the articles end.',
    );
  });

  it('says the same in Vietnamese, with Vietnamese numbers and months', () => {
    const { title, intro } = headlineVi(finding);
    expect(title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; không cuộc gặp nào được chấm là căng thẳng',
    );
    expect(intro).toContain('Năm bài báo tiếng Việt thuật lại các cuộc gặp, từ Stockholm');
    expect(intro).toContain(
      'căng thẳng nhất là Stockholm (tháng 12/2021) với 4,4 điểm (từ 3,1 đến 5,6',
    );
    expect(intro).toContain('ôn hòa nhất là Geneva (tháng 1/2022) với 2,3 điểm (2,1–2,9)');
    expect(intro).toContain('Cuộc gặp thứ năm, thượng đỉnh ở Budapest');
  });
});

describe('the headline of other data', () => {
  it('words one meeting and one article in the singular (the sample)', () => {
    const { title, intro } = headlineEn(meetingsOf(makeSampleDataset()));
    expect(title).toBe('The US and Russia met once in person; the meeting does not rate as tense');
    expect(intro).toBe(
      'One Vietnamese news article reports it: Geneva, January 2022. Scored on the acts reported, from 0 (cooperative) to 10 (hostile), it rates 3.3. A second, a summit in Budapest planned in October 2025, had not taken place when the article ends.',
    );
    expect(headlineVi(meetingsOf(makeSampleDataset())).title).toBe(
      'Mỹ và Nga gặp trực tiếp một lần; cuộc gặp không được chấm là căng thẳng',
    );
  });

  it('names the tensest meeting and its score where one reading reaches the tense band', () => {
    const finding: MeetingsFinding = {
      ...meetingsOf(shipped),
      noneTense: false,
    };
    expect(headlineEn(finding).title).toBe(
      'The US and Russia met four times in person; the tensest, in Stockholm, rates 4.4 out of 10',
    );
    expect(headlineVi(finding).title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; căng thẳng nhất là cuộc gặp ở Stockholm, 4,4/10 điểm',
    );
  });

  it('calls sides it cannot name “the two sides”, and says what became of a postponed meeting', () => {
    const base = meetingsOf(shipped);
    const finding: MeetingsFinding = {
      ...base,
      sides: ['CHN', 'USA'],
      notHeld: base.notHeld.map((m) => ({ ...m, status: 'postponed' })),
    };
    expect(headlineEn(finding).title).toMatch(/^The two sides met four times/);
    expect(headlineVi(finding).title).toMatch(/^Hai bên gặp trực tiếp bốn lần/);
    expect(headlineEn(finding).intro).toContain('planned in October 2025, was postponed.');
    expect(headlineVi(finding).intro).toContain('tháng 10/2025, đã bị hoãn.');
  });

  it('claims nothing about tension where no meeting is scored', () => {
    const base = meetingsOf(shipped);
    const finding: MeetingsFinding = { ...base, scored: 0, tensest: null, calmest: null };
    expect(headlineEn(finding).title).toBe('The US and Russia met four times in person');
    expect(headlineEn(finding).intro).not.toMatch(/tense|calm/);
  });

  it('gives a neutral overview where no meeting was held', () => {
    const dataset = makeSampleDataset();
    const noMeeting = {
      ...dataset,
      events: dataset.events.map((e) => (e.id === 'e1' ? { ...e, kind: 'talks' as const } : e)),
    };
    const finding = findHeadline(noMeeting);
    expect(headlineEn(finding)).toEqual({
      title: 'Four events between the US and Russia, January 2022 to October 2025',
      intro:
        'Four of them are scored on the acts reported in one Vietnamese news article, from 0 (cooperative) to 10 (hostile). The chart shows each event; the map shows where they happened, and the quotes what was said.',
    });
    expect(headlineVi(finding).title).toBe(
      'Bốn sự kiện giữa Mỹ và Nga, từ tháng 1/2022 đến tháng 10/2025',
    );
  });

  it('writes counts past ten in digits, grouped the language’s way', () => {
    const finding = findHeadline({ ...makeSampleDataset(), events: [] });
    const many = {
      ...finding,
      kind: 'overview' as const,
      events: 12_500,
      scored: 0,
      first: null,
      last: null,
    };
    expect(headlineEn(many).title).toBe('12,500 events between the US and Russia');
    expect(headlineVi(many).title).toBe('12.500 sự kiện giữa Mỹ và Nga');
  });
});
