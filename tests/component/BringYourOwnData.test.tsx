// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { About } from '@/app/About';
import { indexDataset } from '@/domain/query/indexDataset';
import { previewImport } from '@/domain/import/preview';
import type { ViewFilters } from '@/domain/viewState/viewFilters';
import type { FacetSelection } from '@/domain/query/facets';
import { FacetPanel } from '@/features/facets/FacetPanel';
import { FacetToggle } from '@/features/facets/FacetToggle';
import { ImportDialog } from '@/features/dataset/ImportDialog';
import { OPEN_FILE_INPUT_ID } from '@/features/dataset/openFileControl';
import type { PendingImport } from '@/features/dataset/useImport';
import { TensionBreakdown } from '@/features/timeline/TensionBreakdown';
import { I18nProvider } from '@/i18n/I18nProvider';
import { importWording } from '@/i18n/importText';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { readFixture } from '../fixtures/import/read';

const inEnglish = (ui: ReactNode) => render(<I18nProvider lang="en">{ui}</I18nProvider>);

function pendingOf(name: 'gdelt-2.export.CSV' | 'timeline.csv'): PendingImport {
  const text = readFixture(name);
  const preview = previewImport(text, { wording: importWording(), fileName: name, complete: true });
  return {
    files: [new File([text], name)],
    preview,
    sources: [],
    choice: { dyad: null, onlyDyad: false, encoding: null },
    countries: null,
  };
}

/** The dialog, with the Open control it gives focus back to. */
function renderDialog(pending: PendingImport) {
  const handlers = { onChoice: vi.fn(), onOpen: vi.fn(), onCancel: vi.fn() };
  inEnglish(
    <>
      <input id={OPEN_FILE_INPUT_ID} type="file" aria-label="Open a data file…" />
      <ImportDialog pending={pending} {...handlers} />
    </>,
  );
  return handlers;
}

describe('the import preview', () => {
  // jsdom has no modal dialog: a stand-in that opens and closes it. The browser's own (focus kept
  // inside, Escape, the page inert) is tested in tests/e2e/import.spec.ts.
  beforeEach(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  });

  it('is a labelled dialog saying what was recognised, what is kept and why rows are not', () => {
    renderDialog(pendingOf('gdelt-2.export.CSV'));
    const dialog = screen.getByRole('dialog', { name: 'Open “gdelt-2.export.CSV”?' });
    expect(dialog).toHaveTextContent('Recognised as GDELT 2.0 event rows (61 columns)');
    expect(dialog).toHaveTextContent('8 rows read: 6 events will be kept, 2 rows left out.');
    const leftOut = within(dialog).getByRole('region', { name: 'Rows left out, and why' });
    expect(leftOut).toHaveTextContent('line 4: 30 columns, a GDELT 2.0 row has 61');
    const rows = within(dialog).getByRole('table', { name: 'The first rows as they will be read' });
    expect(within(rows).getAllByRole('row')).toHaveLength(6);
    expect(
      within(dialog).getByRole('checkbox', { name: /Keep only rows between/ }),
    ).not.toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: 'First country' })).toHaveValue('USA');
  });

  it('starts at its title; Cancel closes it and focus returns to the Open control', async () => {
    const user = userEvent.setup();
    const { onCancel, onOpen } = renderDialog(pendingOf('timeline.csv'));
    const dialog = screen.getByRole('dialog', { name: 'Open “timeline.csv”?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Open a data file…'));
  });

  it('Open closes it and opens the file', async () => {
    const user = userEvent.setup();
    const { onCancel, onOpen } = renderDialog(pendingOf('timeline.csv'));
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no Open for a file it cannot read, only Cancel', () => {
    const text = 'a,b\n1,2\n';
    const preview = previewImport(text, { wording: importWording(), complete: true });
    renderDialog({
      files: [new File([text], 'x.csv')],
      preview,
      sources: [],
      choice: { dyad: null, onlyDyad: false, encoding: null },
      countries: null,
    });
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('The format of this file was not recognised.');
    expect(within(dialog).queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});

describe('facets', () => {
  const index = indexDataset(makeSampleDataset());
  /** The toggle and the groups, as the filter bar lays them out. */
  function Facets(props: { filters: ViewFilters; onChange: (facets: FacetSelection) => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <FacetToggle
          index={index}
          selection={props.filters.facets}
          open={open}
          onToggle={() => setOpen(!open)}
          panelId="facets"
        />
        <FacetPanel id="facets" open={open} index={index} {...props} />
      </>
    );
  }
  const none: ViewFilters = {
    range: { from: null, to: null },
    place: null,
    event: null,
    facets: {},
  };

  it('are checkbox groups in a disclosure, each value with its count', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inEnglish(<Facets filters={none} onChange={onChange} />);
    const toggle = screen.getByRole('button', { name: /Kind, country, code/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const kinds = screen.getByRole('group', { name: 'Kind' });
    await user.click(within(kinds).getByRole('checkbox', { name: 'Meeting (1)' }));
    expect(onChange).toHaveBeenCalledWith({ kind: ['meeting'] });
  });

  it('count each value over the other facets chosen', async () => {
    const user = userEvent.setup();
    const filters = { ...none, facets: { kind: ['summit'] } };
    inEnglish(<Facets filters={filters} onChange={() => {}} />);
    await user.click(screen.getByRole('button', { name: /1 chosen/ }));
    // Kind is counted over every event (no other facet is chosen); status only over the summit.
    const kinds = screen.getByRole('group', { name: 'Kind' });
    expect(within(kinds).getByRole('checkbox', { name: 'Summit (1)' })).toBeChecked();
    expect(within(kinds).getByRole('checkbox', { name: 'Meeting (1)' })).not.toBeChecked();
    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(within(statuses).getByRole('checkbox', { name: 'held (0)' })).toBeInTheDocument();
  });
});

describe('imported data, shown as what it is', () => {
  const act = {
    actor: 'USA',
    target: 'RUS',
    cameo: '046',
    goldstein: 7,
    sentence: 'GDELT 1022431001: USAGOV 046 RUSGOV',
    sourceId: 's',
  };
  const event = makeSampleDataset().events[0]!;

  it('a GDELT row’s coded triple is code, not a quotation', () => {
    const { container } = inEnglish(<TensionBreakdown event={{ ...event, actions: [act] }} />);
    expect(container.querySelector('q')).toBeNull();
    expect(screen.getByText('GDELT 1022431001: USAGOV 046 RUSGOV').tagName).toBe('CODE');
  });

  it('an article’s sentence is still quoted', () => {
    const sentence = { ...act, sentence: 'They talked for two hours.' };
    const { container } = inEnglish(<TensionBreakdown event={{ ...event, actions: [sentence] }} />);
    expect(container.querySelector('q')).toHaveTextContent('They talked for two hours.');
  });

  it('the footer names its sources "Sources", not the five articles', () => {
    const dataset = makeSampleDataset();
    const { unmount } = inEnglish(<About index={indexDataset(dataset)} builtIn />);
    expect(screen.getByRole('heading', { name: 'The five articles' })).toBeInTheDocument();
    unmount();
    inEnglish(<About index={indexDataset(dataset)} builtIn={false} />);
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The five articles' })).not.toBeInTheDocument();
  });

  it('the footer’s method names the dataset’s own two sides, and its link saves the data shown', () => {
    const dataset = { ...makeSampleDataset(), dyad: ['RUS', 'UKR'] as [string, string] };
    inEnglish(<About index={indexDataset(dataset)} builtIn={false} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(
      /between Russia \(RUS\) and Ukraine \(UKR\)|between Russia and Ukraine/,
    );
    expect(footer).not.toHaveTextContent('Only acts from the US to Russia');
    expect(within(footer).getByRole('button', { name: 'This dataset (JSON)' })).toBeInTheDocument();
    expect(within(footer).queryByRole('link', { name: 'Dataset (JSON)' })).toBeNull();
  });

  it('the footer lists twenty sources at a time, whatever the data holds (review C9)', async () => {
    const user = userEvent.setup();
    const base = makeSampleDataset();
    const sources = Array.from({ length: 5000 }, (_, i) => ({
      ...base.sources[0]!,
      id: `s-${i}`,
      publisher: `Publisher ${i}`,
    }));
    inEnglish(<About index={indexDataset({ ...base, sources })} builtIn={false} />);
    const list = () => screen.getByRole('contentinfo').querySelectorAll('.about__sources li');
    expect(list()).toHaveLength(20);
    expect(screen.getByText('1–20 of 5,000')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(list()).toHaveLength(20);
    expect(screen.getByText('Publisher 20')).toBeInTheDocument();
    expect(screen.getByText('21–40 of 5,000')).toBeInTheDocument();
  });
});
