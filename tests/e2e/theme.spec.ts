import type { Page } from '@playwright/test';
import { expect, serveDataset, test } from './fixtures';

test.beforeEach(async ({ page }) => serveDataset(page));

/** The page's colours: its background and the title's ink. */
const colours = (page: Page) =>
  page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    ink: getComputedStyle(document.querySelector('.site-header__title')!).color,
  }));
const DARK = { background: 'rgb(18, 22, 31)', ink: 'rgb(238, 241, 247)' };
const LIGHT = { background: 'rgb(247, 245, 240)', ink: 'rgb(28, 37, 65)' };

/** The theme button that looks pressed, by its colours (as the reader sees it). */
const pressedLook = (page: Page) =>
  page.locator('.theme-switch button').evaluateAll((buttons) => {
    const looks = buttons.map((b) => getComputedStyle(b).backgroundColor);
    const odd = looks.filter((l) => looks.indexOf(l) === looks.lastIndexOf(l));
    return buttons.filter((_, i) => odd.includes(looks[i]!)).map((b) => b.textContent);
  });

/** Holds the app's code back, so that the page is what HTML, CSS and the head's script make. */
async function holdTheApp(page: Page) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('with JavaScript off, a dark system', () => {
  test.use({ colorScheme: 'dark', javaScriptEnabled: false });

  test('paints the static page dark from the first paint, browser bar included', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await colours(page)).toEqual(DARK);
    const darkBar = page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]');
    await expect(darkBar).toHaveAttribute('content', '#12161f');
  });
});

test.describe('with JavaScript off, a light system', () => {
  test.use({ colorScheme: 'light', javaScriptEnabled: false });

  test('paints the static page light', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await colours(page)).toEqual(LIGHT);
  });
});

test('a stored choice is painted before the app runs, and its button stays pressed after', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => window.localStorage.setItem('theme', 'dark'));
  const release = await holdTheApp(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Only the static page so far: the app's code is held back.
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  expect(await colours(page)).toEqual(DARK);
  expect(await pressedLook(page)).toEqual(['Dark']);
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Auto' })).toHaveAttribute('aria-pressed', 'false');

  release();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  expect(await pressedLook(page)).toEqual(['Dark']);
  expect(await colours(page)).toEqual(DARK);
  // Choosing Auto afterwards presses Auto and follows the (light) system.
  await page.getByRole('button', { name: 'Auto' }).click();
  expect(await pressedLook(page)).toEqual(['Auto']);
  expect(await colours(page)).toEqual(LIGHT);
});

test('dark mode follows the system and can be chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await colours(page)).toEqual(LIGHT);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await colours(page)).toEqual(LIGHT);
  await page.getByRole('button', { name: 'Auto' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await colours(page)).toEqual(DARK);
});
