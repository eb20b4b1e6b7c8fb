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

  it('says in English how many met, the climate going into the meetings, and their tone apart', () => {
    const { title, intro } = headlineEn(finding);
    expect(title).toBe(
      'The US and Russia met four times in person; the climate was most conflictual going into New Delhi, March 2023',
    );
    expect(intro).toContain('Five Vietnamese news articles report the meetings');
    expect(intro).toContain('from Stockholm in December 2021 to Alaska (Anchorage) in August 2025');
    expect(intro).toContain(
      'the climate (the conflictual share, from 0 to 10, of every act the articles report between the two sides in the 30 days before) was highest before New Delhi, March 2023, at 8.1 (three acts), and lowest before Geneva, January 2022, at 5.0 (nine acts), though other readings of the sentences could change that.',
    );
    expect(intro).toContain(
      'No act is reported in the 30 days before Alaska (Anchorage), August 2025',
    );
    expect(intro).toContain(
      'Stockholm, December 2021, rates highest at 4.4 (3.1–5.6) under every prior, though that depends on the reading; which rates lowest is close and depends on the prior',
    );
    expect(intro).toContain(
      'A fifth, a summit in Budapest planned in October 2025, had not taken place when the articles end.',
    );
    expect(intro).not.toMatch(/tensest|calmest|hostile/);
  });

  it('says the same in Vietnamese, with Vietnamese numbers and months', () => {
    const { title, intro } = headlineVi(finding);
    expect(title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; bầu không khí nghiêng về xung đột nhất trước cuộc gặp ở New Delhi, tháng 3/2023',
    );
    expect(intro).toContain('Năm bài báo tiếng Việt thuật lại các cuộc gặp, từ Stockholm');
    expect(intro).toContain(
      'cao nhất trước New Delhi, tháng 3/2023, 8,1 điểm (ba hành động), và thấp nhất trước Geneva, tháng 1/2022, 5,0 điểm (chín hành động), dù các cách hiểu khác của câu chữ có thể thay đổi điều này',
    );
    expect(intro).toContain('Stockholm, tháng 12/2021, cao nhất với 4,4 điểm (3,1–5,6)');
    expect(intro).toContain('Cuộc gặp thứ năm, thượng đỉnh ở Budapest');
  });
});

describe('the headline of other data', () => {
  it('words one meeting and one article in the singular (the sample)', () => {
    const { title, intro } = headlineEn(meetingsOf(makeSampleDataset()));
    expect(title).toBe('The US and Russia met once in person');
    expect(intro).toBe(
      'One Vietnamese news article reports it: Geneva, January 2022. Going into Geneva, January 2022, the climate (the conflictual share, from 0 to 10, of every act the articles report between the two sides in the 30 days before) was 4.2 (one act). Its tone, the conflictual share of its acts between the two sides (0 for mostly cooperative acts, 10 for mostly conflictual ones), is 3.3. A second, a summit in Budapest planned in October 2025, had not taken place when the article ends.',
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
      'The US and Russia met four times in person; Stockholm, December 2021, had the most conflictual tone',
    );
    expect(headlineEn(finding).intro).toContain('whatever the prior or the reading');
    expect(headlineVi(finding).title).toBe(
      'Mỹ và Nga gặp trực tiếp bốn lần; cuộc gặp ở Stockholm, tháng 12/2021, có sắc thái xung đột nhất',
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
      'at 8.1 (three acts), but that depends on the window and the prior, and lowest before Geneva, January 2022, at 5.0 (nine acts), but that is close and depends on the window and the prior.',
    );
    expect(headlineVi(finding).intro).toContain(
      'phụ thuộc vào khung thời gian và giá trị tiên nghiệm',
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
