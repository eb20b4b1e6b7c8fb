// @vitest-environment jsdom
/**
 * What the page says about a dataset it could not use, or used without some records: announced
 * to screen readers, in the page's language, and closed without losing the reader's place.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@/data/datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import { problem, type Problem } from '@/domain/dataset/problems';
import type { Language } from '@/domain/dataset/vocabulary';
import { DatasetErrorMessage, LeftOutWarning } from '@/features/dataset/DatasetMessages';
import { focusOpenFileControl, OPEN_FILE_INPUT_ID } from '@/features/dataset/openFileControl';
import { I18nProvider } from '@/i18n/I18nProvider';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { renderDashboard, stubFetch } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const renderIn = (lang: Language, ui: ReactNode) =>
  render(<I18nProvider lang={lang}>{ui}</I18nProvider>);

const badPlaces = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) =>
    problem(`events[${i}].placeId`, 'unknown-place', { id: 'atlantis' }),
  );

const refusedFile = new DatasetError(
  'json',
  detail('invalid-dataset', { source: { file: 'notes.json' } }),
  [
    problem('', 'json-syntax', {
      reason: 'value-expected',
      line: 1,
      column: 18,
      after: '{"events": [1, 2,',
    }),
  ],
);

describe('the warning about records left out', () => {
  it('announces how many were left out (a status), not the problems themselves', () => {
    renderIn('en', <LeftOutWarning problems={badPlaces(20_000)} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      '20,000 records were left out because they are not valid; everything else is shown.',
    );
    expect(within(status).queryAllByRole('listitem')).toHaveLength(0);
    // The problems are still there to read, in the warning's region.
    const region = screen.getByRole('region', { name: 'Records left out' });
    expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('is in Vietnamese on a Vietnamese page', () => {
    renderIn('vi', <LeftOutWarning problems={badPlaces(2)} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 bản ghi bị loại vì không hợp lệ; phần còn lại vẫn được hiển thị.',
    );
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'events[0].placeId: không có địa điểm nào mang mã "atlantis"',
    );
  });
});

describe('a dataset error', () => {
  it('is an alert that says the kind of failure, then the detail and the problems', () => {
    renderIn('en', <DatasetErrorMessage error={refusedFile} title="This file was not opened." />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('This file was not opened.');
    expect(alert).toHaveTextContent('The file is not valid JSON');
    expect(alert).toHaveTextContent('“notes.json” is not a valid dataset.');
    expect(alert).toHaveTextContent(
      'not valid JSON: a value was expected at line 1, column 18, after `{"events": [1, 2,`',
    );
  });

  it('is all in Vietnamese on a Vietnamese page, the problem paths as they are', () => {
    const error = new DatasetError(
      'references',
      detail('invalid-dataset', { source: { url: '/data/events.json' } }),
      [problem('events', 'no-valid-event', {}), ...badPlaces(1)],
    );
    renderIn('vi', <DatasetErrorMessage error={error} title="Dữ liệu không hợp lệ" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bộ dữ liệu không có sự kiện nào hiển thị được');
    expect(alert).toHaveTextContent('Tệp tại /data/events.json không phải bộ dữ liệu hợp lệ.');
    expect(alert).toHaveTextContent('events: không còn sự kiện hợp lệ nào');
    expect(alert).toHaveTextContent('events[0].placeId: không có địa điểm nào mang mã "atlantis"');
    expect(alert).not.toHaveTextContent(/not valid|was expected|no place/);
  });

  it('names an unexpected error as such, with the words the browser gave', () => {
    const error = new DatasetError(
      'internal',
      detail('unexpected', { name: 'RangeError', message: 'Invalid string length' }),
    );
    renderIn('en', <DatasetErrorMessage error={error} title="The dataset could not be loaded" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An unexpected error stopped the reading of the data' +
        'The error, as the browser reports it: RangeError: Invalid string length',
    );
  });
});

describe('dismissing a message about a file', () => {
  beforeEach(() => {
    stubFetch(() => new Response(JSON.stringify(makeSampleDataset()), { status: 200 }));
    Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves focus on the control to open a file, not on the page body', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByText(/^Showing 4 of 4 events/, undefined, { timeout: 5000 });
    await user.upload(
      screen.getByLabelText('Open a data file…'),
      new File(['{"events": [1, 2,'], 'notes.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(document.activeElement).toBe(screen.getByLabelText('Open a data file…'));
  });
});

describe('focusOpenFileControl', () => {
  it('falls back to the main region while the control is disabled (a file is opening)', () => {
    render(
      <main tabIndex={-1} aria-label="Dashboard">
        <input id={OPEN_FILE_INPUT_ID} type="file" disabled />
        <button type="button">Dismiss</button>
      </main>,
    );
    focusOpenFileControl(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
