import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, quotesRegion, statusLine, test, timelineRegion, waitForMarkers } from './fixtures';

async function download(page: Page, item: string) {
  await page.getByRole('group', { name: 'Share and download' }).getByText('Download').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('Copy link copies the URL of the view and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?from=2022-01-01&to=2022-12-31&place=geneva');
  await waitForMarkers(page, 1);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page).toHaveTitle(
    /Showing 1 of 20 events in Geneva, 1 January 2022 – 31 December 2022/,
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /in Geneva/,
  );
});

test('downloads the events shown as CSV, with a BOM, a citation and a name that says the filter', async ({
  page,
}) => {
  await page.goto('/?from=2022-01-01&to=2022-12-31');
  await waitForMarkers(page, 1);
  const { name, bytes } = await download(page, 'Events (CSV)');
  expect(name).toBe('us-russia-diplomacy_2022-01-01_to_2022-12-31_events.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(
    /^"US–Russia top-level diplomacy.*Sources: .*VOV\.VN.*Downloaded \d{4}-\d{2}-\d{2}\. Tension 0–10/,
  );
  expect(lines[1]!.startsWith('id,date,date_precision,place')).toBe(true);
  await expect(statusLine(page)).toContainText('Showing 6 of 20 events');
  expect(lines.filter((l) => /^20\d\d-/.test(l))).toHaveLength(6);
  expect(bytes.toString('utf8')).toContain('Blinken và Lavrov hội đàm tại Geneva');
});

test('downloads the quotes shown as CSV and the data shown as JSON that opens again', async ({
  page,
}) => {
  await page.goto('/?place=new-delhi');
  await waitForMarkers(page, 5);
  const quotes = await download(page, 'Quotes (CSV)');
  expect(quotes.name).toBe('us-russia-diplomacy_new-delhi_quotes.csv');
  expect(quotes.bytes.toString('utf8')).toContain('"Tôi đã nói với Ngoại trưởng rằng');

  const json = await download(page, 'Data (JSON)');
  expect(json.name).toBe('us-russia-diplomacy_new-delhi_data.json');
  const data = JSON.parse(json.bytes.toString('utf8'));
  expect(data.events.map((e: { placeId: string }) => e.placeId)).toEqual([
    'new-delhi',
    'new-delhi',
  ]);
  expect(data.citation).toContain('Downloaded');
  await page.getByLabel('Open a JSON file…').setInputFiles({
    name: json.name,
    mimeType: 'application/json',
    buffer: json.bytes,
  });
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
});

test('exports the timeline as PNG and SVG and the map as PNG, with captions', async ({ page }) => {
  await page.goto('/?place=geneva');
  await waitForMarkers(page, 5);
  // The chart starts below the first screen and is not built yet: the download scrolls to it.
  await expect(timelineRegion(page).locator('.event-mark')).toHaveCount(0);

  const svg = await download(page, 'Timeline (SVG)');
  expect(svg.name).toBe('us-russia-diplomacy_geneva_timeline.svg');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('How tense was each US–Russia encounter?');
  expect(text).toContain('Showing 2 of 20 events in Geneva');
  expect(text).toContain('Natural Earth');
  expect(text).not.toContain('var(--');
  expect(text.match(/class="event-mark"/g)).toHaveLength(20);

  for (const [item, file] of [
    ['Timeline (PNG)', 'us-russia-diplomacy_geneva_timeline.png'],
    ['Map (PNG)', 'us-russia-diplomacy_geneva_map.png'],
  ] as const) {
    const png = await download(page, item);
    expect(png.name).toBe(file);
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // Twice the size on screen: readable when printed or shared.
    const width = png.bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(1000);
  }
});

test('play moves a window through time and every view follows; pause stops it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMarkers(page, 5);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  const from = page.getByLabel('From');
  const first = await from.inputValue();
  await expect.poll(() => from.inputValue(), { timeout: 5000 }).not.toBe(first);
  await expect(statusLine(page)).not.toContainText('Showing 20 of 20');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
  const paused = await from.inputValue();
  const status = await statusLine(page).textContent();
  await page.waitForTimeout(800);
  expect(await from.inputValue()).toBe(paused);
  expect(await statusLine(page).textContent()).toBe(status);
  expect(new URL(page.url()).searchParams.get('from')).toBe(paused);
});

test('with reduced motion, play steps a month at a time', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await waitForMarkers(page, 5);
  await expect(page.getByText('Reduced motion: steps a month at a time')).toBeVisible();
  await page.getByRole('button', { name: 'One month forward' }).click();
  await expect(page).toHaveURL(/to=2021-12-31/);
  await page.getByRole('button', { name: 'One month forward' }).click();
  await expect(page).toHaveURL(/to=2022-01-30/);
  await page.getByRole('button', { name: 'One month back' }).click();
  await expect(page).toHaveURL(/to=2021-12-31/);
});

test('the story steps through the five meetings, and a step link restores its step', async ({
  page,
}) => {
  await page.goto('/?story=3');
  const story = page.getByRole('region', { name: 'Story' });
  await expect(story).toContainText('Story · 3 of 5');
  await expect(story.getByRole('heading')).toHaveText('New Delhi, March 2023');
  await expect(page.getByRole('article', { name: 'Selected event' })).toContainText(
    'Blinken and Lavrov talk in New Delhi',
  );
  await expect(statusLine(page)).toContainText('in New Delhi');

  await story.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/story=4/);
  await expect(story.getByRole('heading')).toHaveText('Alaska, August 2025');
  await expect(quotesRegion(page).getByText('positive progress')).toBeVisible();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('region', { name: 'Câu chuyện' }).getByRole('heading')).toHaveText(
    'Alaska, tháng 8/2025',
  );
  await page.getByRole('button', { name: 'Đóng câu chuyện' }).click();
  await expect(page.getByRole('region', { name: 'Câu chuyện' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await expect(page).toHaveURL(/place=alaska/);
});

test('Print builds every view first; the print stylesheet keeps the views and quotes and drops the controls', async ({
  page,
}) => {
  await page.goto('/?place=geneva');
  await waitForMarkers(page, 5);
  // The chart starts below the first screen and is not built yet; Print builds it, then prints.
  await expect(timelineRegion(page).locator('.recharts-surface')).toHaveCount(0);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(timelineRegion(page).locator('.event-mark')).toHaveCount(20);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Open a JSON file…')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
  await expect(timelineRegion(page)).toBeVisible();
  await expect(quotesRegion(page).getByText('frank and substantive')).toBeVisible();
  // The Vietnamese originals are printed beside the translations.
  await expect(quotesRegion(page).locator('blockquote[lang="vi"]').first()).toBeVisible();
});
