/**
 * Share → Embed: the dialog that gives the code to paste, as an author uses it (mouse, keyboard,
 * screen reader's names), and the code it gives pasted into an article.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { expectHeightToFollowContent } from './embedHost';
import { expect, serveDataset, test } from './fixtures';

test.beforeEach(async ({ page }) => serveDataset(page, makeSampleDataset({ withStory: true })));

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Embed this view in an article' });
const code = (page: Page) => dialog(page).getByLabel('Code to paste');
const preview = (page: Page) => dialog(page).locator('iframe[title="Preview of the embed"]');

async function openEmbed(page: Page, search: string) {
  await page.goto(`/${search}`);
  await expect(page.getByRole('status').filter({ hasText: /Showing/ })).toBeVisible();
  await page
    .getByRole('group', { name: 'Share and download' })
    .getByRole('button', { name: 'Embed' })
    .click();
  await expect(dialog(page)).toBeVisible();
}

test('the dialog gives the code of the view on screen, with a live preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEmbed(page, '?place=geneva');
  // Modal: the page under it is inert.
  expect(
    await dialog(page).evaluate((element: HTMLDialogElement) => element.matches(':modal')),
  ).toBe(true);
  await expect(dialog(page).getByRole('radio', { name: 'The whole dashboard' })).toBeChecked();
  await expect(code(page)).toHaveValue(
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?view=dashboard&amp;place=geneva&amp;lang=en" title="[^"]+"/,
  );
  await expect(code(page)).toHaveValue(
    /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/,
  );

  await dialog(page).getByRole('radio', { name: 'The map' }).check();
  await dialog(page).getByRole('checkbox', { name: 'A compact date control' }).check();
  await dialog(page).getByLabel('Colours').selectOption('dark');
  await expect(code(page)).toHaveValue(
    /embed\.html\?view=map&amp;place=geneva&amp;lang=en&amp;theme=dark&amp;dates=1"/,
  );
  await expect(code(page)).toHaveValue(
    /title="US–Russia diplomacy over Ukraine, 2021–2025: where the leaders met"/,
  );
  // The preview is the embed itself: the map alone, the dates, dark, its height its content's.
  const inside = preview(page).contentFrame();
  await expect(inside.getByRole('region', { name: 'Map' })).toBeVisible();
  await expect(inside.getByRole('region', { name: 'Quotes' })).toHaveCount(0);
  await expect(inside.getByLabel('From', { exact: true })).toBeVisible();
  await expect(inside.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(inside.getByRole('status').filter({ hasText: /Showing/ })).toContainText(
    'in Geneva',
  );
  await expectHeightToFollowContent(preview(page));

  await dialog(page).getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog(page).getByText('Code copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await code(page).inputValue(),
  );
});

test('the dialog works from the keyboard alone, and gives focus back', async ({ page }) => {
  await openEmbed(page, '?place=budapest');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  const embed = page.getByRole('button', { name: 'Embed' });
  await expect(embed).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // Focus is in the dialog: Tab moves to the choices, arrows choose among them.
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('radio', { name: 'The whole dashboard' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).getByRole('radio', { name: 'The tension timeline' })).toBeChecked();
  await expect(code(page)).toHaveValue(/view=timeline&amp;place=budapest/);
  // Tab never takes focus to the page under a modal dialog (past its last control, the
  // browser's own controls may have it for a moment: the page's body is then the active element).
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      return active === null || active === document.body
        ? 'browser'
        : active.closest('dialog')
          ? 'dialog'
          : active.outerHTML.slice(0, 80);
    });
    expect(['dialog', 'browser']).toContain(where);
  }
  await dialog(page).getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toHaveCount(0);
  await expect(embed).toBeFocused();
});

test('in Vietnamese, and at the story’s step', async ({ page }) => {
  await page.goto('/?story=3&lang=vi');
  await page.getByRole('button', { name: 'Nhúng' }).click();
  const vi = page.getByRole('dialog', { name: 'Nhúng phần này vào bài báo' });
  await expect(vi.getByRole('radio', { name: /^Câu chuyện, ở bước 3: New Delhi/ })).toBeChecked();
  await expect(vi.getByLabel('Mã để dán')).toHaveValue(
    /embed\.html\?view=story&amp;lang=vi&amp;story=3"/,
  );
  await expect(
    vi.locator('iframe').contentFrame().getByRole('region', { name: 'Câu chuyện' }),
  ).toContainText('New Delhi');
  await expect(vi.getByRole('button', { name: 'Sao chép mã', exact: true })).toBeVisible();
});

test('where frames are stripped: the view’s picture, linked to it', async ({ page }) => {
  await openEmbed(page, '?place=geneva');
  await dialog(page).getByRole('radio', { name: 'The map' }).check();
  const pictureCode = dialog(page).getByLabel('Picture and link to paste');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Download the picture (PNG)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/_geneva_map\.png$/);
  await expect(pictureCode).toHaveValue(
    new RegExp(
      `^<a href="http://127\\.0\\.0\\.1:\\d+/\\?place=geneva&amp;lang=en"><img src="${file.suggestedFilename()}" alt="Showing 3 of 9 events in Geneva`,
    ),
  );
  // The quotes have no picture: a link stands in.
  await dialog(page).getByRole('radio', { name: 'The quotes' }).check();
  await expect(
    dialog(page).getByRole('button', { name: 'Download the picture (PNG)' }),
  ).toHaveCount(0);
  await expect(pictureCode).toHaveValue(
    /^<a href="[^"]+">Showing 3 of 9 events in Geneva[^<]*<\/a>$/,
  );
});

test('the code it gives, pasted into an article, makes a frame as tall as its content', async ({
  page,
}) => {
  await openEmbed(page, '?place=geneva');
  await dialog(page).getByRole('radio', { name: 'The quotes' }).check();
  const pasted = await code(page).inputValue();
  await page.route('**/host/pasted.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Article</title><body><h1>Article</h1>${pasted}<p>After.</p></body></html>`,
    }),
  );
  await page.goto('/host/pasted.html');
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute(
    'sandbox',
    'allow-scripts allow-popups allow-popups-to-escape-sandbox',
  );
  await expect(frame.contentFrame().getByText('2 quotes', { exact: true })).toBeVisible();
  await expectHeightToFollowContent(frame);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open dialog has no accessibility violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openEmbed(page, '?place=geneva');
    await expect(preview(page).contentFrame().getByRole('region', { name: 'Map' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
