// @vitest-environment jsdom
/**
 * A quote is labelled by the language it was printed in (review C4): an English original is the
 * original on an English page, and its Vietnamese the translation.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Quote } from '@/domain/dataset/schema';
import { QuoteFigure } from '@/features/quotes/QuoteFigure';
import { I18nProvider } from '@/i18n/I18nProvider';

const quote = (language?: 'vi' | 'en'): Quote => ({
  id: 'q1',
  eventId: 'e1',
  speakerId: null,
  speaker: { name: { en: 'Antony Blinken', vi: 'Antony Blinken' }, country: 'US' },
  date: '2022-01-21',
  datePrecision: 'day',
  text: { en: 'We did not expect breakthroughs.', vi: 'Chúng tôi không kỳ vọng đột phá.' },
  ...(language ? { language } : {}),
  sourceId: 's1',
});

const shown = (q: Quote, lang: 'en' | 'vi') =>
  render(
    <I18nProvider lang={lang}>
      <QuoteFigure quote={q} speaker={null} place={null} source={null} />
    </I18nProvider>,
  );

describe('a quote’s original language', () => {
  it('shows an English original on an English page as printed, with no “Translated” mark', () => {
    shown(quote('en'), 'en');
    expect(
      screen.getByText('We did not expect breakthroughs.').closest('blockquote'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/^Translated/)).toBeNull();
  });

  it('marks its Vietnamese as the translation, with the English original one click away', () => {
    const { container } = shown(quote('en'), 'vi');
    expect(container.querySelector('.quote__text')).toHaveTextContent(
      'Chúng tôi không kỳ vọng đột phá.',
    );
    expect(container.querySelector('.quote__original')).toHaveAttribute('lang', 'en');
    expect(container.querySelector('.quote__badge')).toHaveTextContent('Dịch từ tiếng Anh');
  });

  it('keeps a quote with no language a Vietnamese original, as before', () => {
    const { container } = shown(quote(), 'en');
    expect(container.querySelector('.quote__badge')).not.toBeNull();
    expect(container.querySelector('.quote__original')).toHaveAttribute('lang', 'vi');
  });
});
