// @vitest-environment jsdom
/**
 * Opening files: the user's last choice is what is shown and what is kept, whichever read ends
 * first; reads that lost are stopped. The dataset worker is a fake the test answers, and the
 * browser's storage (IndexedDB) an object in memory.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/AppProviders';
import { Dashboard } from '@/app/Dashboard';
import { DatasetError } from '@/data/datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import { BUILT_IN_DATASET_URL, type LoadedDataset } from '@/data/datasetQuery';
import type { SavedDataset } from '@/data/savedDataset';
import { OPENED_DATASET_KEY, type OpenedState } from '@/data/useActiveDataset';
import type { Dataset } from '@/domain/dataset/schema';
import { FakeWorker } from '../fixtures/fakeWorker';

/** Every index the page made, in order: the cache must keep the very one made. */
const madeIndexes = vi.hoisted((): unknown[] => []);
vi.mock('@/domain/query/datasetIndex', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain/query/datasetIndex')>();
  class RecordedIndex extends actual.DatasetIndex {
    constructor(...args: ConstructorParameters<typeof actual.DatasetIndex>) {
      super(...args);
      madeIndexes.push(this);
    }
  }
  return { ...actual, DatasetIndex: RecordedIndex };
});
import { makeSampleDataset } from '../fixtures/sampleDataset';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));
// Every index made is kept, to tell whether the cache holds the very one that was made.
const storage = vi.hoisted(() => ({ saved: null as SavedDataset | null }));
vi.mock('@/data/savedDataset', () => ({
  loadSavedDataset: () => Promise.resolve(storage.saved),
  saveDataset: (dataset: SavedDataset) => {
    storage.saved = dataset;
    return Promise.resolve(true);
  },
  clearSavedDataset: () => {
    storage.saved = null;
    return Promise.resolve();
  },
}));

/** The sample dataset with only its first `n` events (and their quotes). */
function sampleWith(n: number): Dataset {
  const data = makeSampleDataset();
  data.events = data.events.slice(0, n);
  data.quotes = data.quotes.filter((q) => data.events.some((e) => e.id === q.eventId));
  return data;
}
const BUILT_IN = sampleWith(4);
const fileOf = (name: string, data: Dataset) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

const status = () => screen.getByText(/^Showing/, { selector: '[role="status"] strong' });
const shows = (events: number) =>
  waitFor(
    () =>
      expect(status()).toHaveTextContent(
        new RegExp(`^Showing ${events} of ${events} events?(,|$)`),
      ),
    { timeout: 5000 },
  );

/** The worker reading what the page asked for: the built-in dataset or a file by its name. */
const workerFor = (what: string) =>
  waitFor(
    () => {
      const worker = FakeWorker.made.find((w) => {
        const request = w.requests[0] as { url?: string; name?: string } | undefined;
        return request?.url === what || request?.name === what;
      });
      if (!worker) throw new Error(`no worker reads ${what}`);
      return worker;
    },
    { timeout: 5000 },
  );

/** Drops a file on the page, as the page's drop handler receives it. */
function drop(file: File) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
  fireEvent(window, event);
}

let client: QueryClient;
async function renderWithBuiltIn() {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders client={client}>
      <Dashboard />
    </AppProviders>,
  );
  const builtIn = await workerFor(BUILT_IN_DATASET_URL);
  act(() => builtIn.sendDataset(BUILT_IN));
  await shows(4);
}

/** Opens a file with the file picker and answers its read with its dataset. */
async function openAndShow(name: string, data: Dataset) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Open a data file…'), fileOf(name, data));
  const worker = await workerFor(name);
  act(() => worker.sendDataset(data));
  await shows(data.events.length);
}

// A dashboard rendered, then files read: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  storage.saved = null;
  FakeWorker.reset();
  vi.stubGlobal('Worker', FakeWorker);
  window.history.replaceState(null, '', '/');
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening files one after another', () => {
  it.each([
    ['the later file is read first', ['b.json', 'a.json']],
    ['the earlier file is read first', ['a.json', 'b.json']],
  ])('shows and keeps the file chosen last when %s', async (_, order) => {
    await renderWithBuiltIn();
    const user = userEvent.setup();
    const files = { 'a.json': sampleWith(1), 'b.json': sampleWith(2) };
    await user.upload(
      screen.getByLabelText('Open a data file…'),
      fileOf('a.json', files['a.json']),
    );
    const first = await workerFor('a.json');
    drop(fileOf('b.json', files['b.json']));
    const second = await workerFor('b.json');
    // Choosing b.json stopped the reading of a.json.
    expect(first.terminated).toBe(true);
    expect(second.terminated).toBe(false);

    for (const name of order)
      act(() => (name === 'a.json' ? first : second).sendDataset(files[name as 'a.json']));

    await shows(2);
    expect(screen.getByText('b.json')).toBeInTheDocument();
    expect(screen.queryByText('a.json')).not.toBeInTheDocument();
    await waitFor(() => expect(storage.saved?.name).toBe('b.json'));
  });

  it('keeps the built-in dataset when it is chosen while a file is read', async () => {
    await renderWithBuiltIn();
    await openAndShow('a.json', sampleWith(1));
    expect(storage.saved?.name).toBe('a.json');

    drop(fileOf('b.json', sampleWith(2)));
    const reading = await workerFor('b.json');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Back to the built-in dataset' }));
    expect(reading.terminated).toBe(true);
    act(() => reading.sendDataset(sampleWith(2)));

    await shows(4);
    expect(screen.queryByText('b.json')).not.toBeInTheDocument();
    expect(screen.getByText(/^Built-in dataset/)).toBeInTheDocument();
    await waitFor(() => expect(storage.saved).toBeNull());
  });

  it('shows the file opened while the one kept from before is still being read', async () => {
    storage.saved = {
      name: 'old.json',
      size: 10,
      savedAt: '2026-01-02T03:04:05.000Z',
      file: fileOf('old.json', sampleWith(3)),
    };
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders client={client}>
        <Dashboard />
      </AppProviders>,
    );
    const restoring = await workerFor('old.json');
    drop(fileOf('b.json', sampleWith(2)));
    const opening = await workerFor('b.json');
    expect(restoring.terminated).toBe(true);
    act(() => opening.sendDataset(sampleWith(2)));
    act(() => restoring.sendDataset(sampleWith(3)));

    await shows(2);
    expect(screen.getByText('b.json')).toBeInTheDocument();
    await waitFor(() => expect(storage.saved?.name).toBe('b.json'));
  });

  it('keeps in the cache the very dataset that was made, not a copy merged with the last', async () => {
    await renderWithBuiltIn();
    const lastMade = () => madeIndexes.at(-1);

    // The built-in dataset read again (as Retry does) is kept as made.
    const key = ['dataset', BUILT_IN_DATASET_URL];
    const refetching = client.refetchQueries({ queryKey: key });
    const again = await waitFor(() => {
      const readers = FakeWorker.made.filter((w) => w.requests.some((r) => 'url' in (r as object)));
      if (readers.length < 2) throw new Error('not read again yet');
      return readers[1]!;
    });
    act(() => again.sendDataset(BUILT_IN));
    await refetching;
    expect(client.getQueryData<LoadedDataset>(key)?.index).toBe(lastMade());

    // So is a file opened in place of another.
    await openAndShow('a.json', sampleWith(1));
    await openAndShow('b.json', sampleWith(2));
    const cached = client.getQueryData<OpenedState>(OPENED_DATASET_KEY);
    expect(cached?.dataset?.index).toBe(lastMade());
  });
});

describe('a kept file that no longer opens', () => {
  it('is dropped and the reader told, with the reason; dismissing it leaves focus on Open', async () => {
    storage.saved = {
      name: 'old.json',
      size: 10,
      savedAt: '2026-01-02T03:04:05.000Z',
      file: new Blob(['{"events": [1,'], { type: 'application/json' }),
    };
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders client={client}>
        <Dashboard />
      </AppProviders>,
    );
    const restoring = await workerFor('old.json');
    const refusal = new DatasetError(
      'json',
      detail('invalid-dataset', { source: { file: 'old.json' } }),
      [
        {
          path: '',
          code: 'json-syntax',
          values: { reason: 'value-expected', line: 1, column: 15, after: '{"events": [1,' },
        },
      ],
    );
    act(() =>
      restoring.send({
        type: 'error',
        kind: refusal.kind,
        detail: refusal.detail,
        problems: [...refusal.problems],
        status: null,
      }),
    );
    const builtIn = await workerFor(BUILT_IN_DATASET_URL);
    act(() => builtIn.sendDataset(BUILT_IN));
    await shows(4);

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      '“old.json”, the file you opened before, could not be opened again, so the built-in dataset is shown.',
    );
    expect(notice).toHaveTextContent('The file is not valid JSON');
    expect(notice).toHaveTextContent(
      'not valid JSON: a value was expected at line 1, column 15, after `{"events": [1,`',
    );
    expect(storage.saved).toBeNull();

    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(document.activeElement).toBe(screen.getByLabelText('Open a data file…'));
  });

  it('is a Parquet import imported again; one the import refuses now is dropped and told', async () => {
    const parquet = new File(['PAR1…'], 'events.parquet');
    const choices = { dyad: ['USA', 'RUS'] as [string, string], onlyDyad: true, encoding: null };
    storage.saved = {
      name: 'events.json',
      size: parquet.size,
      savedAt: '2026-01-02T03:04:05.000Z',
      file: parquet,
      import: { files: [parquet], names: ['events.parquet'], choices, found: null },
    };
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders client={client}>
        <Dashboard />
      </AppProviders>,
    );
    // The kept file goes to the import worker again, with the choices made in its preview.
    const importer = await waitFor(() => {
      const worker = FakeWorker.made.find(
        (w) => (w.requests[0] as { type?: string } | undefined)?.type === 'import',
      );
      if (!worker) throw new Error('no import worker');
      return worker;
    });
    expect(importer.requests[0]).toMatchObject({
      type: 'import',
      files: [{ file: parquet, name: 'events.parquet' }],
      ...choices,
    });
    act(() => importer.sendImport({ type: 'refused', problems: [] }));
    const builtIn = await workerFor(BUILT_IN_DATASET_URL);
    act(() => builtIn.sendDataset(BUILT_IN));
    await shows(4);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“events.json”, the file you opened before, could not be opened again',
    );
    expect(storage.saved).toBeNull();
  });
});
