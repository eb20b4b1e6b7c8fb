// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '@/domain/aggregate';
import { I18nProvider } from '@/i18n/I18nProvider';
import * as sourceLabel from '@/i18n/sourceLabel';
import { buildSearchChunk } from '@/domain/store/searchColumn';
import { packQuotes } from '@/domain/store/packedRecords';
import { TextReader, unpackQuotes } from '@/domain/store/storedRecords';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { generateDataset } from '../fixtures/synthetic';
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
      searchColumn: index.searchColumn,
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

  it("searches without reading the quotes' text, as a keystroke at a million quotes must", async () => {
    const dataset = generateDataset({ events: 300, seed: 11 });
    let reads = 0;
    const reader = new (class extends TextReader {
      override read<T>(...args: Parameters<TextReader['read']>): T {
        reads += 1;
        return super.read<T>(...args);
      }
    })();
    // As the page holds a dataset from the worker: text as bytes, the search column beside it.
    const people = new Map(dataset.people.map((p) => [p.id, p]));
    const search = [buildSearchChunk(dataset.quotes, people)];
    const stored = unpackQuotes(packQuotes(dataset.quotes), reader);
    const index = indexDataset({ ...dataset, quotes: stored }, search);
    render(
      <I18nProvider lang="en">
        <QuotePanel
          quotes={index.dataset.quotes}
          eventsById={index.eventsById}
          peopleById={index.peopleById}
          placesById={index.placesById}
          sourcesById={index.sourcesById}
          searchColumn={index.searchColumn}
          selectedEvent={null}
          onSelectEvent={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('figure').length).toBeGreaterThan(0);
    reads = 0;
    // A word no quote holds: nothing is drawn, so nothing needs the text.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes' }), {
      target: { value: 'zzqx' },
    });
    expect(await screen.findByText(/zzqx/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    expect(reads).toBe(0);
  });
});
