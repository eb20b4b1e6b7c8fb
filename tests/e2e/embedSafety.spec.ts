/**
 * What an embed trusts and keeps (embedHost.ts): the host's messages read only for their shape, the
 * full dashboard opened from a sandboxed frame, nothing stored, and framing allowed only for the
 * embed page. (Split from embed.spec.ts by subject.)
 */
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { embedFrame, expectHeightToFollowContent, openHost, shown } from './embedHost';
import { expect, serveDataset, test } from './fixtures';

const WITH_STORY = makeSampleDataset({ withStory: true });

test.beforeEach(async ({ page }) => serveDataset(page, WITH_STORY));

test('messages from the host are read only for their shape, never shown', async ({ page }) => {
  await openHost(page, {
    frames: [{ search: '?view=map&childId=embed', title: 'Embed', height: 200 }],
  });
  const frame = embedFrame(page, 'Embed');
  const inside = frame.contentFrame();
  await expect(shown(inside)).toContainText('Showing 9 of 9 events');
  await expectHeightToFollowContent(frame);
  // Hostile and malformed messages: none is taken, none reaches the page as text or markup.
  await frame.evaluate((element: HTMLIFrameElement) => {
    const target = element.contentWindow!;
    for (const message of [
      '<img src=x onerror="document.title=`pwned`">',
      'pymxPYMxembedxPYMxwidthxPYMx<b>wide</b>',
      'pymxPYMxembedxPYMxnavigateToxPYMxjavascript:alert(1)',
      { 'datawrapper-height': { x: '<b>1</b>' } },
      { type: 'width', width: 'x'.repeat(10_000) },
    ])
      target.postMessage(message, '*');
  });
  // A well-formed pym width message is answered with the height; it arrives after the others.
  const answered = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        window.addEventListener('message', (event) => {
          if (typeof event.data === 'string') resolve(event.data);
        }),
      ),
  );
  await frame.evaluate((element: HTMLIFrameElement) =>
    element.contentWindow!.postMessage('pymxPYMxembedxPYMxwidthxPYMx720', '*'),
  );
  expect(await answered).toMatch(/^pymxPYMxembedxPYMxheightxPYMx\d+$/);
  await expect(inside.locator('body')).not.toContainText('wide');
  await expect(inside.locator('img[src="x"], b')).toHaveCount(0);
  expect(await inside.locator('html').evaluate(() => document.title)).not.toBe('pwned');
});

test('Open the full dashboard opens the same view in a new tab, which works sandboxed too', async ({
  page,
  context,
}) => {
  // The new tab reads the sample too.
  await serveDataset(context, WITH_STORY);
  await openHost(page, {
    frames: [
      { search: '?view=map&place=geneva&from=2022-01-01&lang=en', title: 'Embed', height: 600 },
    ],
  });
  const inside = embedFrame(page, 'Embed').contentFrame();
  await expect(shown(inside)).toContainText('in Geneva');
  const [full] = await Promise.all([
    page.waitForEvent('popup'),
    inside.getByRole('link', { name: /Open the full dashboard/ }).click(),
  ]);
  await expect(full).toHaveURL(/\/\?from=2022-01-01&place=geneva&lang=en$/);
  // The tests' sandbox has no allow-popups-to-escape-sandbox: the tab inherits it, opaque origin
  // and all, and the whole dashboard runs there (its dataset worker started from a blob: URL).
  expect(await full.evaluate(() => window.origin)).toBe('null');
  await expect(full.getByRole('status').filter({ hasText: /Showing/ })).toContainText(
    'Showing 3 of 9 events in Geneva, 1 January 2022',
  );
  await expect(full.getByRole('region', { name: 'Quotes' }).getByText('frank')).toBeVisible();
  // A file opened there is imported in the import worker, also started from a blob: URL, and
  // shown; the browser keeps nothing of it in a sandbox, and the page says so.
  await full.getByLabel('Open a data file…').setInputFiles('tests/fixtures/import/events.csv');
  const preview = full.getByRole('dialog', { name: 'Open “events.csv”?' });
  await preview.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(full.getByText('events.json', { exact: true })).toBeVisible();
  await expect(shown(full)).toContainText('of 6 events');
  await expect(full.getByText('Your browser did not keep this file')).toBeVisible();
});

test('an embed stores nothing, and reads no file the reader once opened', async ({ page }) => {
  // Not sandboxed here, so that storage exists to be looked at: an embed leaves it as it was.
  await page.goto('/embed.html?view=dashboard&theme=dark');
  await expect(shown(page)).toContainText('Showing 9 of 9 events');
  await page
    .getByRole('region', { name: 'Map' })
    .getByRole('button', { name: /^Geneva/ })
    .click();
  await expect(shown(page)).toContainText('in Geneva');
  // Nothing written: no history entry, no storage, no database.
  expect(await page.evaluate(() => window.location.search)).toBe('?view=dashboard&theme=dark');
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the full dashboard refuses to be framed; the embed page allows it', async ({
  page,
  guard,
}) => {
  guard.allow(/frame-ancestors/);
  const refused = page.waitForEvent('console', (message) =>
    message.text().includes("frame-ancestors 'none'"),
  );
  await page.route('**/host/framed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>x</title><iframe title="Full" src="/?place=geneva"></iframe><iframe title="Embed" src="/embed.html?view=map"></iframe>',
    }),
  );
  await page.goto('/host/framed.html');
  await refused;
  await expect(shown(embedFrame(page, 'Embed').contentFrame())).toContainText(
    'Showing 9 of 9 events',
  );
  await expect(embedFrame(page, 'Full').contentFrame().getByRole('main')).toHaveCount(0);
});
