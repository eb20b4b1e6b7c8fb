// @vitest-environment jsdom
/**
 * The selected event's details: the tone with the evidence it rests on (N14), and every note and
 * reason in the page's language, a translation marked as one.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent, Note } from '@/domain/dataset/schema';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Language } from '@/domain/dataset/vocabulary';
import { EventDetails } from './EventDetails';

const note: Note = {
  en: 'Month precision: the article gives no day.',
  vi: 'Chính xác đến tháng: bài báo không ghi ngày.',
  original: 'en',
};

function event(change: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return {
    id: 'e',
    date: '2022-01-01',
    datePrecision: 'month',
    placeId: null,
    kind: 'statement',
    status: 'held',
    category: 'us-russia',
    participants: [],
    title: { en: 'A warning', vi: 'Một lời cảnh báo' },
    summary: { en: 'They warned.', vi: 'Họ cảnh báo.' },
    actions: [
      { actor: 'USA', target: 'RUS', cameo: '1312', goldstein: -5.8, sentence: 'a', sourceId: 's' },
      {
        actor: 'RUS',
        target: 'USA',
        cameo: '036',
        goldstein: 4,
        sentence: 'b',
        sourceId: 's',
        alternatives: [
          {
            cameo: '013',
            goldstein: 0.4,
            reason: { en: 'Read as a comment.', vi: 'Hiểu là một nhận xét.', original: 'en' },
          },
        ],
      },
      { actor: 'USA', target: 'UKR', cameo: '032', goldstein: 4.5, sentence: 'c', sourceId: 's' },
    ],
    tension: 5.3,
    tensionRange: [5.3, 6.9],
    sourceIds: ['s'],
    note,
    ...change,
  };
}

function show(lang: Language, shown: DiplomaticEvent = event()) {
  render(
    <I18nProvider lang={lang}>
      <EventDetails
        event={shown}
        place={null}
        peopleById={new Map()}
        sourcesById={new Map()}
        onClose={() => {}}
      />
    </I18nProvider>,
  );
  return screen.getByRole('article');
}

describe('EventDetails', () => {
  it('shows beside the tone the counted acts and their weights', () => {
    const details = show('en');
    expect(details).toHaveTextContent(
      'Tone5.3 (range 5.3–6.9)2 counted acts: conflictual weight 5.8, cooperative weight 4.0',
    );
  });

  it('says so where the counted acts weigh nothing, rather than scoring them', () => {
    const weightless = event({
      actions: [
        { actor: 'RUS', target: 'USA', cameo: '014', goldstein: 0, sentence: 'a', sourceId: 's' },
      ],
      tension: null,
      tensionRange: null,
    });
    const details = show('vi', weightless);
    expect(details).toHaveTextContent('không có sắc thái');
    expect(details).toHaveTextContent('1 hành động được tính: trọng số xung đột 0,0');
    expect(details).toHaveTextContent('có trọng số Goldstein bằng 0');
  });

  it('shows the note and the reasons in Vietnamese on the Vietnamese page, marked as translated', () => {
    const details = show('vi');
    const noteText = within(details).getByText(note.vi);
    expect(noteText).toHaveAttribute('lang', 'vi');
    expect(noteText.parentElement).toHaveTextContent('(dịch từ tiếng Anh)');
    expect(details).toHaveTextContent('Hiểu là một nhận xét.');
    expect(details).not.toHaveTextContent(note.en);
    expect(details).not.toHaveTextContent('Read as a comment.');
  });

  it('shows the English original on the English page, unmarked', () => {
    const details = show('en');
    expect(within(details).getByText(note.en)).toHaveAttribute('lang', 'en');
    expect(details).not.toHaveTextContent('translated from');
  });

  it('shows a note written once as it is, claiming no language', () => {
    const details = show('vi', event({ note: 'A note in one language.' }));
    expect(within(details).getByText('A note in one language.')).not.toHaveAttribute('lang');
  });
});
