// @vitest-environment jsdom
/** A quote's note in the page's language; the English original unmarked, the translation marked. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/domain/dataset/schema';
import type { Language } from '@/domain/dataset/vocabulary';
import { I18nProvider } from '@/i18n/I18nProvider';
import { QuoteFigure } from './QuoteFigure';

const quote: Quote = {
  id: 'q',
  eventId: 'e',
  speakerId: null,
  speaker: { name: { en: 'The Pentagon', vi: 'Lầu Năm Góc' }, country: 'US' },
  date: '2023-02-01',
  datePrecision: 'month',
  text: { vi: 'vô lý', en: 'absurd' },
  sourceId: 's',
  note: {
    en: 'Dated with the speech it answers.',
    vi: 'Được ghi ngày theo bài phát biểu mà nó trả lời.',
    original: 'en',
  },
};

const show = (lang: Language) =>
  render(
    <I18nProvider lang={lang}>
      <QuoteFigure quote={quote} speaker={null} place={null} source={null} />
    </I18nProvider>,
  );

describe('QuoteFigure', () => {
  it('shows the quote’s note in Vietnamese on the Vietnamese page, marked as a translation', () => {
    show('vi');
    const text = screen.getByText('Được ghi ngày theo bài phát biểu mà nó trả lời.');
    expect(text).toHaveAttribute('lang', 'vi');
    expect(text.parentElement).toHaveTextContent('Ghi chú dữ liệu: Được ghi ngày');
    expect(text.parentElement).toHaveTextContent('(dịch từ tiếng Anh)');
    expect(screen.queryByText('Dated with the speech it answers.')).toBeNull();
  });

  it('shows it in English on the English page', () => {
    show('en');
    expect(screen.getByText('Dated with the speech it answers.')).toHaveAttribute('lang', 'en');
  });
});
