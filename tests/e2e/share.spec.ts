import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { STORY_STEPS } from '@/domain/builtIn/story';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  expect,
  holdClock,
  mapRegion,
  quotesRegion,
  serveDataset,
  statusLine,
  test,
  timelineRegion,
  waitForMarkers,
} from './fixtures';

async function download(page: Page, item: string) {
  await page.getByRole('group', { name: 'Share and download' }).getByText('Download').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const shownRange = async (page: Page) => ({
  from: await page.getByLabel('From', { exact: true }).inputValue(),
  to: await page.getByLabel('To', { exact: true }).inputValue(),
});

test.beforeEach(async ({ page }) => serveDataset(page));

test('Copy link copies the URL of the view and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?from=2022-01-01&to=2022-12-31&place=geneva');
  await waitForMarkers(page, 1);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page).toHaveTitle(
    /Showing 1 of 4 events in Geneva, 1 January 2022 – 31 December 2022/,
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /in Geneva/,
  );
});

test('during playback, Copy link and the downloads give the window on screen', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await page.goto('/?place=geneva');
  await waitForMarkers(page, 2);
  await holdClock(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(2000);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const { from, to } = await shownRange(page);
  expect(page.url()).not.toContain('from=');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(Object.fromEntries(copied.searchParams)).toEqual({ from, to, place: 'geneva' });
  const csv = await download(page, 'Events (CSV)');
  expect(csv.name).toBe(`us-russia-diplomacy_${from}_to_${to}_geneva_events.csv`);
});

test.describe('in Vietnam before 07:00', () => {
  test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

  test('downloads the events shown as CSV, with a BOM, a citation of the reader’s date and a name that says the filter', async ({
    page,
  }) => {
    // 03:30 on 20 November in Hanoi, still the 19th in UTC.
    await page.clock.setFixedTime(new Date('2026-11-19T20:30:00Z'));
    await page.goto('/?from=2022-01-01&to=2022-12-31');
    await waitForMarkers(page, 1);
    const { name, bytes } = await download(page, 'Events (CSV)');
    expect(name).toBe('us-russia-diplomacy_2022-01-01_to_2022-12-31_events.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/Sources: Example Daily.*Downloaded 2026-11-20\. Tone 0–10/);
    expect(lines[1]!.startsWith('id,date,date_precision,place')).toBe(true);
    await expect(statusLine(page)).toContainText('Showing 2 of 4 events');
    expect(lines.slice(2).map((l) => l.split(',')[0])).toEqual(['e2', 'e1']);
    expect(bytes.toString('utf8')).toContain('Hội đàm');
  });
});

test('downloads the quotes shown as CSV and the data shown as JSON that opens again', async ({
  page,
}) => {
  await page.goto('/?place=geneva');
  await waitForMarkers(page, 2);
  const quotes = await download(page, 'Quotes (CSV)');
  expect(quotes.name).toBe('us-russia-diplomacy_geneva_quotes.csv');
  expect(quotes.bytes.toString('utf8')).toContain('thẳng thắn');

  const json = await download(page, 'Data (JSON)');
  expect(json.name).toBe('us-russia-diplomacy_geneva_data.json');
  const data = JSON.parse(json.bytes.toString('utf8'));
  expect(data.events.map((e: { placeId: string }) => e.placeId)).toEqual(['geneva', 'geneva']);
  expect(data.citation).toContain('Downloaded');
  await page.getByLabel('Open a data file…').setInputFiles({
    name: json.name,
    mimeType: 'application/json',
    buffer: json.bytes,
  });
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
});

test('exports the timeline as PNG and SVG and the map as PNG, with captions and the credits of the data shown', async ({
  page,
}) => {
  // A dataset with a long title, which the credit carries: three lines or more of it.
  const title = `A sample dataset for the browser tests, ${'with a title long enough to take a line of its own in the credit, '.repeat(2)}`;
  await serveDataset(page, { ...makeSampleDataset(), title });
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/?place=geneva');
  await expect(statusLine(page)).toContainText('Showing 2 of 4 events in Geneva');
  // The map starts below the first screen and is not built yet: its download builds it.
  await expect(mapRegion(page).locator('.leaflet-container')).toHaveCount(0);

  const svg = await download(page, 'Timeline (SVG)');
  expect(svg.name).toBe('us-russia-diplomacy_geneva_timeline.svg');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('The tone of each US–Russia encounter');
  expect(text).toContain('Showing 2 of 4 events in Geneva');
  // The sample's one source, not the built-in dataset's five articles.
  expect(text).toContain('From 1 source (Example Daily)');
  expect(text).toContain('A sample dataset for the browser tests');
  // Every line of the credit inside the picture, however many the credit takes.
  const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(text)![1]);
  const baselines = [...text.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(baselines.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...baselines)).toBeLessThanOrEqual(height - 6);
  expect(text).not.toMatch(/VOV|five Vietnamese/);
  expect(text).toContain('Natural Earth');
  expect(text).not.toContain('var(--');
  expect(text.match(/class="event-mark"/g)).toHaveLength(4);

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

test('play moves a window through time and every view follows; pause keeps it', async ({
  page,
}) => {
  // The page's clock, run by the test: as much playback as it asks for, no waiting on time.
  await page.clock.install();
  await page.goto('/');
  await waitForMarkers(page, 2);
  await holdClock(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  const first = await shownRange(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(1000);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await shownRange(page)).not.toEqual(first);
  await expect(statusLine(page)).toContainText('Playing');
  await expect(statusLine(page)).not.toContainText('Showing 4 of 4');

  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await shownRange(page);
  await expect(page).toHaveURL(`/?from=${paused.from}&to=${paused.to}`);
  await expect(statusLine(page)).not.toContainText('Playing');
  const status = await statusLine(page).textContent();
  await page.clock.runFor(5000);
  expect(await shownRange(page)).toEqual(paused);
  await expect(statusLine(page)).toHaveText(status!);
});

test('a date typed while playing stops playback and stays', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await waitForMarkers(page, 2);
  await holdClock(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(1000);
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await page.getByLabel('To', { exact: true }).fill('2025-12-31');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(5000);
  await expect(page).toHaveURL('/?from=2025-01-01&to=2025-12-31');
  expect(await shownRange(page)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  await expect(statusLine(page)).toContainText('Showing 1 of 4 events');
});

test('with reduced motion, play steps a month at a time', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await waitForMarkers(page, 2);
  await expect(page.getByText('Reduced motion: steps a month at a time')).toBeVisible();
  // From the first day of the data, 18 January 2022, thirty days at a time.
  await page.getByRole('button', { name: 'One month forward' }).click();
  await expect(page).toHaveURL(/to=2022-02-17/);
  await page.getByRole('button', { name: 'One month forward' }).click();
  await expect(page).toHaveURL(/to=2022-03-19/);
  await page.getByRole('button', { name: 'One month back' }).click();
  await expect(page).toHaveURL(/to=2022-02-17/);
});

test('the story steps through the five meetings, and a step link restores its step', async ({
  page,
}) => {
  await serveDataset(page, makeSampleDataset({ withStory: true }));
  await page.goto('/?story=3');
  const story = page.getByRole('region', { name: 'Story' });
  await expect(story).toContainText('Story · 3 of 5');
  await expect(story.getByRole('heading')).toHaveText(STORY_STEPS[2]!.title.en);
  await expect(page.getByRole('article', { name: 'Selected event' })).toContainText('Meeting 3');
  await expect(statusLine(page)).toContainText('in New Delhi');

  await story.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/story=4/);
  await expect(story.getByRole('heading')).toHaveText(STORY_STEPS[3]!.title.en);
  await expect(story.getByRole('heading')).toBeFocused();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('region', { name: 'Câu chuyện' }).getByRole('heading')).toHaveText(
    STORY_STEPS[3]!.title.vi,
  );
  await page.getByRole('button', { name: 'Đóng câu chuyện' }).click();
  await expect(page.getByRole('region', { name: 'Câu chuyện' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
  await expect(page).toHaveURL(new RegExp(`place=${STORY_STEPS[3]!.placeId}`));
  await expect(page.getByRole('button', { name: 'Câu chuyện: năm cuộc gặp' })).toBeFocused();
});

test('on data without the story’s meetings there is no story to start', async ({ page }) => {
  await page.goto('/?story=1');
  await expect(
    page.getByText('This dataset does not have the five meetings the story follows'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Story' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Story: the five meetings' })).toHaveCount(0);
});

test('Print builds every view first; the print stylesheet keeps the views and quotes and drops the controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/?place=geneva');
  await expect(timelineRegion(page).locator('.event-mark')).toHaveCount(4);
  // The map starts below the first screen and is not built yet; Print builds it, then prints.
  await expect(mapRegion(page).locator('.leaflet-container')).toHaveCount(0);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await waitForMarkers(page, 2);
  await page.emulateMedia({ media: 'print' });
  // On paper the chart comes first, then the map.
  const top = async (region: Locator) => (await region.boundingBox())?.y ?? Infinity;
  expect(await top(timelineRegion(page))).toBeLessThan(await top(mapRegion(page)));
  await expect(page.getByText('Open a data file…')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
  await expect(timelineRegion(page)).toBeVisible();
  await expect(quotesRegion(page).getByText('frank')).toBeVisible();
  // The Vietnamese originals are printed beside the translations.
  await expect(quotesRegion(page).locator('blockquote[lang="vi"]').first()).toBeVisible();
});
