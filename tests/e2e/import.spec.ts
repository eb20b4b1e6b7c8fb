import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  serveDataset,
  showTimeline,
  statusLine,
  test,
  timelineRegion,
  mapRegion,
  SAMPLE,
} from './fixtures';

const FIXTURES = 'tests/fixtures/import';

/** Chooses a fixture through the real file input, as a reader does. */
async function choose(page: Page, name: string) {
  await page.getByLabel('Open a data file…').setInputFiles(`${FIXTURES}/${name}`);
  const dialog = page.getByRole('dialog', { name: `Open “${name}”?` });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens the page on the sample dataset, ready for a file to be chosen. */
async function start(page: Page) {
  await serveDataset(page);
  await page.goto('/');
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
}

async function openFacets(page: Page) {
  const toggle = page.getByRole('button', { name: /^Kind, country, code…/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

const FORMATS = [
  {
    name: 'gdelt-1.export.CSV',
    recognised: 'GDELT 1.0 event rows (58 columns; 57 in the 1979–2013 backfile)',
    events: 2,
    facet: { group: 'Kind', value: /^Meeting \(1\)$/, param: 'kind=meeting' },
  },
  {
    name: 'gdelt-2.export.CSV',
    recognised: 'GDELT 2.0 event rows (61 columns)',
    events: 6,
    facet: { group: 'Actor country', value: /^Ukraine \(1\)$/, param: 'actor=UKR' },
  },
  {
    name: 'timeline.json',
    recognised: 'a TimelineJS timeline (JSON)',
    events: 3,
    facet: { group: 'Group', value: /^Calls \(\d\)$/, param: 'group=Calls' },
  },
  {
    name: 'timeline.csv',
    recognised: 'a TimelineJS sheet saved as CSV',
    events: 3,
    facet: { group: 'Group', value: /^Calls \(\d\)$/, param: 'group=Calls' },
  },
  {
    name: 'events.csv',
    recognised: 'the events CSV template',
    events: 6,
    facet: { group: 'Kind', value: /^Talks \(\d\)$/, param: 'kind=talks' },
  },
] as const;

for (const format of FORMATS) {
  test(`${format.name} opens through the preview, with its facets and timeline`, async ({
    page,
  }) => {
    await start(page);
    const dialog = await choose(page, format.name);
    await expect(dialog).toContainText(`Recognised as ${format.recognised}.`);
    await expect(
      dialog.getByRole('table', { name: 'The first rows as they will be read' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();

    const json = format.name.replace(/\.[^.]*$/, '.json');
    await expect(page.getByText(json, { exact: true })).toBeVisible();
    const total = format.events;
    await expect(statusLine(page)).toContainText(`Showing ${total} of ${total} events`);
    await showTimeline(page);
    await expect(timelineRegion(page)).toContainText(`${total} event`);

    await openFacets(page);
    const group = page.getByRole('group', { name: format.facet.group });
    const box = group.getByRole('checkbox', { name: format.facet.value });
    await box.check();
    await expect(page).toHaveURL(new RegExp(`[?&]${format.facet.param}(&|$)`));
    await expect(statusLine(page)).not.toContainText(`Showing ${total} of`);
    // Reset clears the facets too.
    await page.getByRole('button', { name: 'Reset all filters' }).click();
    await expect(statusLine(page)).toContainText(`Showing ${total} of ${total} events`);
    await expect(box).not.toBeChecked();
  });
}

test('a file with broken rows opens with the rows that can be read, and names the others by line', async ({
  page,
}) => {
  await start(page);
  const dialog = await choose(page, 'gdelt-2.export.CSV');
  await expect(dialog.getByRole('region', { name: 'Rows left out, and why' })).toContainText(
    'line 4: 30 columns, a GDELT 2.0 row has 61',
  );
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  const warning = page.getByRole('region', { name: 'Records left out' });
  await expect(warning.getByRole('status')).toHaveText(
    '2 records were left out because they are not valid; everything else is shown.',
  );
  await expect(warning).toContainText('line 4: 30 columns, a GDELT 2.0 row has 61');
  await expect(warning).toContainText('line 7, column SQLDATE');
});

test('Cancel, or Escape, keeps the data on screen; focus returns to the Open control', async ({
  page,
}) => {
  await start(page);
  let dialog = await choose(page, 'events.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Open a data file…')).toBeFocused();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');

  dialog = await choose(page, 'timeline.json');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Open a data file…')).toBeFocused();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
  await expect(page.getByText(/Built-in dataset/)).toBeVisible();
});

test('the preview is modal: focus stays in it and the page under it is inert', async ({ page }) => {
  await start(page);
  const dialog = await choose(page, 'events.csv');
  expect(await dialog.evaluate((element) => element.matches('dialog:modal'))).toBe(true);
  // Past its last control, the browser's own controls may have focus for a moment (the page's
  // body is then the active element), never the page under the dialog.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) return 'browser';
      return active.closest('dialog') ? 'dialog' : active.outerHTML.slice(0, 80);
    });
    expect(['dialog', 'browser']).toContain(where);
  }
});

test('a dataset without places: the map says so', async ({ page }) => {
  await start(page);
  const dialog = await choose(page, 'timeline.csv');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 3 of 3 events');
  await page.locator('.panel--map').scrollIntoViewIfNeeded();
  await expect(mapRegion(page)).toContainText('This dataset gives no places');
});

test('an imported dataset downloads as this app’s JSON, which opens again, and as CSV', async ({
  page,
}) => {
  await start(page);
  const dialog = await choose(page, 'events.csv');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 6 of 6 events');

  const download = async (item: string) => {
    await page.getByRole('group', { name: 'Share and download' }).getByText('Download').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: item }).click(),
    ]);
    return (await file.path())!;
  };
  const csv = readFileSync(await download('Events (CSV)'), 'utf8');
  expect(csv).toContain('Blinken and Lavrov meet at the OSCE ministerial');
  const jsonPath = await download('Data (JSON)');

  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
  // This app's JSON opens at once, without a preview.
  await page.getByLabel('Open a data file…').setInputFiles({
    name: 'again.json',
    mimeType: 'application/json',
    buffer: readFileSync(jsonPath),
  });
  await expect(page.getByText('again.json', { exact: true })).toBeVisible();
  await expect(statusLine(page)).toContainText('Showing 6 of 6 events');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a facet value the dataset lacks is dropped from the link, with a notice', async ({
  page,
}) => {
  await serveDataset(page);
  await page.goto('/?kind=meeting&kind=talks');
  await expect(
    page.getByText('A value of “kind” in the link is not in this dataset'),
  ).toBeVisible();
  await expect(statusLine(page)).toContainText('Showing 1 of 4 events');
});

/** Drops a file on the page, as a reader dragging it from their desktop does. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, fileText]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([fileText!], fileName!));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

declare global {
  interface Window {
    __importWorkers: { stopped: boolean }[];
  }
}

test('a file dropped on the page is previewed too; a newer choice stops an import under way', async ({
  page,
}) => {
  // Each import worker is watched: whether it was stopped.
  await page.addInitScript(() => {
    const NativeWorker = window.Worker;
    window.__importWorkers = [];
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('importWorker')) return;
        const record = { stopped: false };
        window.__importWorkers.push(record);
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          record.stopped = true;
          terminate();
        };
      }
    };
  });
  await start(page);
  // A GDELT export large enough to be still read when the next file comes.
  const row = readFileSync(`${FIXTURES}/gdelt-2.export.CSV`, 'utf8').split('\n')[0]!;
  const rows = Array.from({ length: 60_000 }, (_, i) => row.replace(/^\d+/, String(1e9 + i)));
  await dropFile(page, 'day.export.CSV', rows.join('\n'));
  const dialog = page.getByRole('dialog', { name: 'Open “day.export.CSV”?' });
  await expect(dialog).toContainText('GDELT 2.0 event rows');
  await expect(dialog).toContainText('From the first');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Reading “day.export.CSV”' }),
  ).toBeVisible();

  // The reader changes their mind: this app's JSON, dropped, opens at once.
  await dropFile(page, 'sample.json', JSON.stringify(SAMPLE));
  await expect(page.getByText('sample.json', { exact: true })).toBeVisible();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
  await expect.poll(() => page.evaluate(() => window.__importWorkers[0]?.stopped)).toBe(true);
  await expect(page.getByText('day.export.json')).toHaveCount(0);
});

test('the preview, and the facets opened, have no accessibility violation', async ({ page }) => {
  await start(page);
  const dialog = await choose(page, 'gdelt-2.export.CSV');
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(await violations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 6 of 6 events');
  await openFacets(page);
  expect(await violations()).toEqual([]);
});
