// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DateRange } from '@/domain/dataset/dateRange';
import { ALL_PLACES, eventSetOf } from '@/domain/query/eventSet';
import { indexDataset } from '@/domain/query/indexDataset';
import { RecordReader } from '@/domain/query/records';
import { I18nProvider } from '@/i18n/I18nProvider';
import * as sourceLabel from '@/i18n/sourceLabel';
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
    expect(index.quoteCount).toBeGreaterThan(1);
    const props = (range: DateRange): QuotePanelProps => ({
      index,
      set: eventSetOf(index, range, {}),
      placeFilter: ALL_PLACES,
      selectedPosition: null,
      selectedEvent: null,
      onSelectEvent: () => {},
    });
    vi.mocked(sourceLabel.labelSource).mockClear();
    // Up to September 2025: every quote but the last (of October 2025).
    const view = render(
      <I18nProvider lang="en">
        <QuotePanel {...props({ from: null, to: '2025-09-30' })} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('figure')).toHaveLength(index.quoteCount - 1);
    // What drawing one quote costs in labels of its source (its caption, its link in context).
    const perQuote = vi.mocked(sourceLabel.labelSource).mock.calls.length / (index.quoteCount - 1);
    expect(perQuote).toBeGreaterThan(0);
    vi.mocked(sourceLabel.labelSource).mockClear();
    // A wider range: the same quotes and one more.
    act(() =>
      view.rerender(
        <I18nProvider lang="en">
          <QuotePanel {...props({ from: null, to: null })} />
        </I18nProvider>,
      ),
    );
    expect(screen.getAllByRole('figure')).toHaveLength(index.quoteCount);
    expect(sourceLabel.labelSource).toHaveBeenCalledTimes(perQuote);
  });

  it("searches without reading the quotes' records, as a keystroke at a million quotes must", async () => {
    const index = indexDataset(generateDataset({ events: 300, seed: 11 }));
    const reads = vi.spyOn(RecordReader.prototype, 'read');
    render(
      <I18nProvider lang="en">
        <QuotePanel
          index={index}
          set={eventSetOf(index, { from: null, to: null }, {})}
          placeFilter={ALL_PLACES}
          selectedPosition={null}
          selectedEvent={null}
          onSelectEvent={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('figure').length).toBeGreaterThan(0);
    reads.mockClear();
    // A word no quote holds: nothing is drawn, so nothing needs a record.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes' }), {
      target: { value: 'zzqx' },
    });
    expect(await screen.findByText(/zzqx/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    expect(reads).not.toHaveBeenCalled();
  });
});
