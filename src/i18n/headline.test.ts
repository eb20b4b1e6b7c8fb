import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHeadline, type MeetingsFinding } from '@/domain/scoring/finding';
import type { Dataset } from '@/domain/dataset/schema';
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

  it('says in English how many met, the climate going into the meetings, and their tone apart', () => {
    const { title, intro } = headlineEn(finding);
    expect(title).toBe(
      'The US and Russia met four times; the climate was most conflictual before New Delhi',
    );
    expect(intro).toBe(
      'Five Vietnamese news articles report these meetings in person, December 2021 to August 2025. The climate before them (the conflictual share, 0–10, of the two sides’ acts in the 30 days before) was highest before New Delhi (8.1, three acts), lowest before Geneva (5.0, nine acts; depends on the reading), none before Alaska (Anchorage). Their own tone: highest at Stockholm (4.4; depends on the reading), lowest at Geneva (2.3; close). A fifth, a summit in Budapest planned in October 2025, had not taken place when the articles end.',
    );
  });

  it('says the same in Vietnamese, with Vietnamese numbers and months', () => {
    const { title, intro } = headlineVi(finding);
    expect(title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; bầu không khí xung đột nhất là trước New Delhi',
    );
    expect(intro).toContain(
      'Năm bài báo tiếng Việt thuật lại các cuộc gặp, từ tháng 12/2021 đến tháng 8/2025.',
    );
    expect(intro).toContain(
      'cao nhất trước New Delhi (8,1 điểm, ba hành động), thấp nhất trước Geneva (5,0 điểm, chín hành động; tùy cách hiểu)',
    );
    expect(intro).toContain(
      'cao nhất ở Stockholm (4,4; tùy cách hiểu), thấp nhất ở Geneva (2,3; chênh lệch nhỏ)',
    );
    expect(intro).toContain('Cuộc gặp thứ năm, thượng đỉnh ở Budapest');
  });
});

describe('the headline of other data', () => {
  it('words one meeting and one article in the singular (the sample)', () => {
    const { title, intro } = headlineEn(meetingsOf(makeSampleDataset()));
    expect(title).toBe('The US and Russia met once in person');
    expect(intro).toBe(
      'One Vietnamese news article reports it: Geneva, January 2022. The climate before Geneva (the conflictual share, 0–10, of the two sides’ acts in the 30 days before) was 4.2, one act. Its own tone, the same share for its acts, is 3.3. A second, a summit in Budapest planned in October 2025, had not taken place when the article ends.',
    );
    expect(headlineVi(meetingsOf(makeSampleDataset())).title).toBe(
      'Mỹ và Nga gặp trực tiếp một lần',
    );
  });

  it('names the meeting with the most conflictual tone where that holds under every setting and reading', () => {
    const base = meetingsOf(shipped);
    const finding: MeetingsFinding = {
      ...base,
      climate: null,
      tone: { ...base.tone!, topHolds: 'always', bottomHolds: 'always' },
    };
    expect(headlineEn(finding).title).toBe(
      'The US and Russia met four times; the most conflictual tone was at Stockholm',
    );
    expect(headlineEn(finding).intro).toContain(
      'highest at Stockholm (4.4), lowest at Geneva (2.3)',
    );
    expect(headlineVi(finding).title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; sắc thái xung đột nhất là ở Stockholm',
    );
  });

  it('says which depends on the settings where they change it', () => {
    const base = meetingsOf(shipped);
    const finding: MeetingsFinding = {
      ...base,
      climate: { ...base.climate!, topHolds: 'setting', bottomHolds: 'close' },
    };
    expect(headlineEn(finding).title).toBe('The US and Russia met four times in person');
    expect(headlineEn(finding).intro).toContain(
      'highest before New Delhi (8.1, three acts; depends on the window and the prior), lowest before Geneva (5.0, nine acts; close)',
    );
    expect(headlineVi(finding).intro).toContain('tùy khung thời gian và giá trị tiên nghiệm');
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

  it('claims nothing about climate or tone where no meeting has one', () => {
    const base = meetingsOf(shipped);
    const finding: MeetingsFinding = {
      ...base,
      scored: 0,
      tone: null,
      climate: null,
      held: base.held.map((m) => ({ ...m, tension: null, range: null, climate: null })),
    };
    expect(headlineEn(finding).title).toBe('The US and Russia met four times in person');
    expect(headlineEn(finding).intro).not.toMatch(/tone|climate/);
    expect(headlineVi(finding).intro).not.toMatch(/sắc thái|bầu không khí/);
  });

  it('names a meeting with its month where two meetings were held in one place', () => {
    const base = meetingsOf(shipped);
    const geneva = base.held.find((m) => m.eventId === '2022-01-21-geneva')!;
    const finding: MeetingsFinding = {
      ...base,
      held: base.held.map((m) =>
        m.eventId === '2023-03-02-new-delhi' ? { ...m, place: geneva.place } : m,
      ),
      climate: { ...base.climate!, top: { ...base.climate!.top, place: geneva.place } },
    };
    expect(headlineEn(finding).intro).toContain('highest before Geneva (March 2023)');
    expect(headlineVi(finding).intro).toContain('cao nhất trước Geneva (tháng 3/2023)');
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
        'Four of them have a tone, the conflictual share of the acts reported in one Vietnamese news article (0 for mostly cooperative acts, 10 for mostly conflictual ones). The chart shows each event; the map shows where they happened, and the quotes what was said.',
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
