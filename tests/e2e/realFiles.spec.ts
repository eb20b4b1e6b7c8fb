/**
 * The files people have, opened in a real browser through the real file input (review C4, C5,
 * C10, C16): Excel's UTF-16 text, a Windows-1252 CSV, a `;`-separated file with decimal commas,
 * GDELT's 57-column backfile, the template's two files together and zipped, Parquet in GDELT's
 * columns, and a crafted file that must not freeze the preview. Files are made here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { gdeltParquet, gdeltRows } from '../fixtures/import/parquet';
import { expect, serveDataset, statusLine, test } from './fixtures';

const FIXTURES = 'tests/fixtures/import';
type Upload = { name: string; mimeType: string; buffer: Buffer };

async function start(page: Page, lang: 'en' | 'vi' = 'en') {
  await serveDataset(page);
  await page.goto(lang === 'vi' ? '/?lang=vi' : '/');
  await expect(statusLine(page)).toContainText(lang === 'vi' ? '4' : 'Showing 4 of 4 events');
}

async function choose(page: Page, files: Upload[], label = 'Open a data file…') {
  await page.getByLabel(label).setInputFiles(files);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** What the page keeps for the next visit (data/savedDataset.ts): its name, the bytes of its file,
 * and the names of the files it will import again (a Parquet import), if anything is kept. */
const kept = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ name?: string; bytes?: number; imports?: string[] } | null>((resolve) => {
        const open = indexedDB.open('us-russia-dashboard');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('datasets')) return resolve(null);
          const get = db.transaction('datasets').objectStore('datasets').get('opened-dataset');
          get.onsuccess = () => {
            const saved = get.result as
              { name?: string; file?: Blob; import?: { names: string[] } } | undefined;
            resolve(
              saved
                ? { name: saved.name, bytes: saved.file?.size, imports: saved.import?.names }
                : null,
            );
          };
          get.onerror = () => resolve(null);
        };
      }),
  );

const upload = (name: string, bytes: Uint8Array | string): Upload => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes) : bytes),
});

const EVENTS =
  'date\ttitle\tplace\tlatitude\tlongitude\n2022-01-21\tRencontre à Genève\tGenève\t46.2\t6.1\n';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

test('Excel’s “Unicode text” (UTF-16 LE) opens, its accents intact', async ({ page }) => {
  await start(page);
  const dialog = await choose(page, [upload('events.txt', utf16le(EVENTS))]);
  await expect(dialog).toContainText('UTF-16 LE (by its byte-order mark)');
  await expect(
    dialog.getByRole('table', { name: 'The first rows as they will be read' }),
  ).toContainText('Rencontre à Genève');
  await page.screenshot({ path: '/work/wt/shots/import/preview-utf16-en.png' });
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 1 of 1 event');
});

test('a Windows-1252 CSV is read as such, and another encoding can be chosen', async ({ page }) => {
  await start(page, 'vi');
  const bytes = Uint8Array.from(EVENTS.replaceAll('\t', ','), (c) => c.charCodeAt(0));
  const dialog = await choose(page, [upload('events.csv', bytes)], 'Mở tệp dữ liệu…');
  await expect(dialog).toContainText('Windows-1252 (Tây Âu)');
  await expect(dialog).toContainText('Rencontre à Genève');
  await page.screenshot({ path: '/work/wt/shots/import/preview-1252-vi.png' });
  await dialog.getByLabel('Bảng mã văn bản').selectOption('utf-8');
  await expect(dialog).toContainText('Rencontre \ufffd Gen\ufffdve');
  await dialog.getByLabel('Bảng mã văn bản').selectOption('windows-1252');
  await expect(dialog).toContainText('Rencontre à Genève');
});

test('a ;-separated file with decimal commas keeps its coordinates', async ({ page }) => {
  await start(page);
  const csv = 'date;title;place;latitude;longitude\n2022-01-21;Talks;Geneva;46,2044;6,1432\n';
  const dialog = await choose(page, [upload('eu.csv', csv)]);
  await expect(dialog).toContainText('1 row read: 1 event will be kept, 0 rows left out.');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 1 of 1 event');
  await expect(page.getByRole('region', { name: /map/i }).first()).not.toContainText('no place');
});

test('GDELT’s 57-column backfile opens, mixed with daily rows', async ({ page }) => {
  await start(page);
  const rows = readFileSync(`${FIXTURES}/gdelt-1.export.CSV`, 'utf8')
    .split('\n')
    .filter((line) => line.split('\t').length === 58);
  const mixed = rows.map((row, i) => (i % 2 === 0 ? row.split('\t').slice(0, 57).join('\t') : row));
  const dialog = await choose(page, [upload('backfile.CSV', mixed.join('\n'))]);
  await expect(dialog).toContainText('GDELT 1.0 event rows');
  await expect(dialog).not.toContainText('columns, a GDELT 1.0 row has');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText(`of ${rows.length} event`);
});

test('the template’s events and quotes open together, chosen or zipped', async ({ page }) => {
  await start(page);
  const events = readFileSync(`${FIXTURES}/events.csv`);
  const quotes = readFileSync(`${FIXTURES}/quotes.csv`);
  const both = [upload('events.csv', events), upload('quotes.csv', quotes)];
  let dialog = await choose(page, both);
  await expect(dialog).toContainText('the events CSV template + the quotes CSV template');
  await expect(dialog).toContainText(/\d+ quotes? will be kept/);
  await page.screenshot({ path: '/work/wt/shots/import/preview-two-files-en.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const zip = zipSync({
    'events.csv': new Uint8Array(events),
    'quotes.csv': new Uint8Array(quotes),
  });
  dialog = await choose(page, [upload('template.zip', zip)]);
  await expect(dialog).toContainText('events.csv');
  await expect(dialog).toContainText('quotes.csv');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(statusLine(page)).toContainText('Showing 6 of 6 events');
  await expect(statusLine(page)).toContainText('quote');
});

test('a GDELT Parquet file in BigQuery’s columns opens through the preview', async ({ page }) => {
  await start(page);
  const rows = gdeltRows(2, 150);
  const parquet = new Uint8Array(gdeltParquet(2, rows, 300));
  const dialog = await choose(page, [upload('events.parquet', parquet)]);
  await expect(dialog).toContainText('events.parquet — Parquet');
  await expect(dialog).toContainText('GDELT 2.0 event rows');
  await page.screenshot({ path: '/work/wt/shots/import/preview-parquet-en.png' });
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  // The file's events (hundreds), not the built-in dataset's four still on screen meanwhile.
  const counted = /Showing [\d,]{3,} of [\d,]{3,} events/;
  await expect(statusLine(page)).toContainText(counted, { timeout: 60_000 });
  // Read straight into the index, the Parquet file itself is kept (not the JSON it would make),
  // and imported again on a reload: the same events.
  const shown = (await statusLine(page).textContent())?.match(counted);
  await expect
    .poll(() => kept(page), { timeout: 30_000 })
    .toEqual({ name: 'events.json', bytes: parquet.byteLength, imports: ['events.parquet'] });
  await page.reload();
  await expect(statusLine(page)).toContainText(shown?.[0] ?? '?', { timeout: 60_000 });
});

test('a crafted file of 256 KB of "<" previews, and the page answers meanwhile', async ({
  page,
}) => {
  await start(page);
  const csv = `Year,Headline,Text\n2022,Talks,"${'<'.repeat(256 * 1024)}"\n`;
  await page.getByLabel('Open a data file…').setInputFiles([upload('crafted.csv', csv)]);
  // The page's own thread stays free: a script runs while the worker previews.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('a TimelineJS sheet saved as CSV');
});
