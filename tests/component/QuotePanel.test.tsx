// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '@/domain/aggregate';
import { I18nProvider } from '@/i18n/I18nProvider';
import * as sourceLabel from '@/i18n/sourceLabel';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { QuotePanel, type QuotePanelProps } from '@/features/quotes/QuotePanel';

vi.mock('@/i18n/sourceLabel', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/i18n/sourceLabel')>();
  return { ...actual, labelSource: vi.fn(actual.labelSource) };
});

describe('QuotePanel', () => {
  it('draws only the quotes a filter change brings in, not those it keeps', () => {
    const index = indexDataset(makeSampleDataset());
    const quotes = index.dataset.quotes;
    expect(quotes.length).toBeGreaterThan(1);
    const props = (shown: QuotePanelProps['quotes']): QuotePanelProps => ({
      quotes: shown,
      eventsById: index.eventsById,
      peopleById: index.peopleById,
      placesById: index.placesById,
      sourcesById: index.sourcesById,
      selectedEvent: null,
      onSelectEvent: () => {},
    });
    vi.mocked(sourceLabel.labelSource).mockClear();
    const view = render(
      <I18nProvider lang="en">
        <QuotePanel {...props(quotes.slice(0, -1))} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('figure')).toHaveLength(quotes.length - 1);
    // What drawing one quote costs in labels of its source (its caption, its link in context).
    const perQuote = vi.mocked(sourceLabel.labelSource).mock.calls.length / (quotes.length - 1);
    expect(perQuote).toBeGreaterThan(0);
    vi.mocked(sourceLabel.labelSource).mockClear();
    // As a new range gives them: a new list holding the same quotes and one more.
    act(() =>
      view.rerender(
        <I18nProvider lang="en">
          <QuotePanel {...props([...quotes])} />
        </I18nProvider>,
      ),
    );
    expect(screen.getAllByRole('figure')).toHaveLength(quotes.length);
    expect(sourceLabel.labelSource).toHaveBeenCalledTimes(perQuote);
  });
});
