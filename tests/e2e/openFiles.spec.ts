import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDataset } from '../fixtures/synthetic';
import { expect, statusLine, test, waitForMarkers } from './fixtures';

const DATASET = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
  events: { id: string; placeId: string | null }[];
  quotes: { eventId: string }[];
};

/** The built-in dataset with only the events at `placeId`, as a file's text. */
function onlyAt(placeId: string): string {
  const events = DATASET.events.filter((e) => e.placeId === placeId);
  const quotes = DATASET.quotes.filter((q) => events.some((e) => e.id === q.eventId));
  return JSON.stringify({ ...DATASET, events, quotes });
}

/** Drops a file on the page, as a reader dragging it from their desktop does. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, fileText]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([fileText!], fileName!, { type: 'application/json' }));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** What became of each worker the page started: stopped, and whether it had sent its dataset. */
declare global {
  interface Window {
    __workers: { stopped: boolean; done: boolean }[];
  }
}

test('a file dropped while another is read stops that read, and is the one shown and kept', async ({
  page,
}) => {
  // A 20,000-event file made, sent to the page and read: on a busy machine this passes 30 s.
  test.slow();
  // Each worker is watched: when it is stopped, and whether it had finished reading by then.
  await page.addInitScript(() => {
    const NativeWorker = window.Worker;
    window.__workers = [];
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const record = { stopped: false, done: false };
        window.__workers.push(record);
        this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
          if (event.data.type === 'done') record.done = true;
        });
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          record.stopped = true;
          terminate();
        };
      }
    };
  });
  await page.goto('/');
  await waitForMarkers(page, 5);
  // A file large enough that its worker is still reading it when the second one comes.
  const large = JSON.stringify(generateDataset({ events: 20_000, seed: 7 }));
  await page.getByLabel('Open a data file…').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(large),
  });
  // Its worker has started (the format is told from the file's start first; a file dropped
  // before that would simply be the only one read).
  await expect.poll(() => page.evaluate(() => window.__workers.length)).toBe(2);
  await dropFile(page, 'geneva.json', onlyAt('geneva'));

  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
  await expect(page.getByText('geneva.json')).toBeVisible();
  // The large file's worker (the second, after the built-in dataset's) was stopped mid-read.
  await expect.poll(() => page.evaluate(() => window.__workers[1]?.stopped)).toBe(true);
  expect(await page.evaluate(() => window.__workers[1]?.done)).toBe(false);
  await expect(page.getByText('Open a data file…')).toBeVisible();
  await expect(page.getByText('large.json')).toHaveCount(0);

  await page.reload();
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
  await expect(page.getByText('geneva.json')).toBeVisible();
});

test('a kept file that no longer opens is dropped, and the reader is told why', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMarkers(page, 5);
  // What an earlier visit kept, in the page's own store, now not a dataset the page reads.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('us-russia-dashboard');
        opening.onupgradeneeded = () => opening.result.createObjectStore('datasets');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('datasets', 'readwrite');
          transaction.objectStore('datasets').put(
            {
              name: 'old.json',
              size: 14,
              savedAt: new Date().toISOString(),
              file: new Blob(['{"events": [1,'], { type: 'application/json' }),
            },
            'opened-dataset',
          );
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );

  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    '“old.json”, the file you opened before, could not be opened again, so the built-in dataset is shown.',
  );
  await expect(notice).toContainText('The file is not valid JSON');
  await expect(notice).toContainText('not valid JSON: a value was expected at line 1, column 15');
  await expect(statusLine(page)).toContainText('Showing 22 of 22 events');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Open a data file…')).toBeFocused();

  await page.reload();
  await expect(statusLine(page)).toContainText('Showing 22 of 22 events');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('on a Vietnamese page, a refused file is explained in Vietnamese', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForMarkers(page, 5);
  await page.getByLabel('Mở tệp dữ liệu…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"events": [1, 2,'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tệp này không được mở. Dữ liệu trên màn hình không thay đổi.');
  await expect(alert).toContainText('Tệp không phải JSON hợp lệ');
  await expect(alert).toContainText('Tệp “notes.json” không phải bộ dữ liệu hợp lệ.');
  await expect(alert).toContainText(
    'không phải JSON hợp lệ: thiếu một giá trị ở dòng 1, cột 18, sau `{"events": [1, 2,`',
  );
  await alert.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByLabel('Mở tệp dữ liệu…')).toBeFocused();
});
