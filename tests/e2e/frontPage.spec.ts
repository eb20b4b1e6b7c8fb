import type { Locator, Page } from '@playwright/test';
import {
  expect,
  mapRegion,
  quotesRegion,
  serveDataset,
  showTimeline,
  statusLine,
  test,
  timelineRegion,
  waitForMarkers,
} from './fixtures';

/**
 * The front page as a newsroom would publish it, on the shipped data (its headline and labels are
 * what is measured): the chart leads on the first screen, the meetings are named on it without
 * overlapping, placeholders say what they wait for, and one colour marks the selection.
 */

const chartSvg = (page: Page) => page.locator('.panel--timeline .tension-chart__main svg').first();

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return box;
}

for (const [width, height] of [
  [1366, 768],
  [1440, 900],
] as const) {
  for (const lang of ['en', 'vi'] as const) {
    test(`at ${width}×${height} (${lang}) the chart is drawn, full width, on the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      // Built at once, without scrolling: the marks are there and the page has not moved.
      await expect(page.locator('.panel--timeline .event-mark')).toHaveCount(22);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const box = await boxOf(chartSvg(page));
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.width).toBeGreaterThan(width * 0.85);
    });
  }
}

test('on a 360-pixel phone the chart starts within two screens, and the filters stay in reach', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(statusLine(page)).toContainText('Showing 22 of 22 events');
  const top = await chartSvg(page).evaluate((svg) => svg.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(2 * 740);
  // Scrolled to the chart, the filters' bar is still on screen, and opens the controls there.
  await showTimeline(page);
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('From', { exact: true })).toBeHidden();
  const bar = await boxOf(toggle);
  expect(bar.y).toBeGreaterThanOrEqual(0);
  expect(bar.y + bar.height).toBeLessThanOrEqual(740);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toBeInViewport();
  await from.fill('2025-01-01');
  await expect(statusLine(page)).toContainText(/Showing \d+ of 22 events, 1 January 2025/);
  // Nothing runs off the side of the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
});

const MEETINGS = [
  ['Stockholm', 'Dec 2021'],
  ['Geneva', 'Jan 2022'],
  ['New Delhi', 'Mar 2023'],
  ['Alaska', 'Aug 2025'],
  ['Budapest', 'Oct 2025'],
];

for (const width of [360, 768, 1366]) {
  test(`at ${width} px the five meetings are named on the chart, place and month, none overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await showTimeline(page);
    const labels = timelineRegion(page).locator('.meeting-label');
    await expect(labels).toHaveCount(5);
    const texts = await labels.locator('text').allTextContents();
    expect(texts).toEqual(MEETINGS.map(([place, month]) => `${place}${month}`));
    const chart = await boxOf(chartSvg(page));
    const boxes = await Promise.all(
      (await labels.locator('text').all()).map((text) => boxOf(text)),
    );
    for (const [i, a] of boxes.entries()) {
      // Inside the chart…
      expect(a.x).toBeGreaterThanOrEqual(chart.x);
      expect(a.x + a.width).toBeLessThanOrEqual(chart.x + chart.width);
      // …and clear of every other label.
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap, `${texts[i]} overlaps another label`).toBe(false);
      }
    }
  });
}

test('the static page, before any script, already states the finding', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The US and Russia met four times; the climate was most conflictual before New Delhi',
  );
  await expect(page.locator('.site-header__intro')).toContainText(
    'was highest before New Delhi (8.1, three acts), lowest before Geneva (5.0, nine acts; depends on the reading)',
  );
  await expect(page.locator('.site-header__intro')).toContainText(
    'highest at Stockholm (4.4; depends on the reading), lowest at Geneva (2.3; close)',
  );
  await context.close();
});

test.describe('on the sample dataset', () => {
  test.beforeEach(async ({ page }) => serveDataset(page));

  for (const [lang, chart, map] of [
    ['en', 'Drawing the chart…', 'Drawing the map…'],
    ['vi', 'Đang vẽ biểu đồ…', 'Đang vẽ bản đồ…'],
  ] as const) {
    test(`a view waiting for its code says so in its own words, and no more than that (${lang})`, async ({
      page,
    }) => {
      // The views' code held back until the test lets it through.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/(TensionChart|DiplomacyMap)-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/?lang=${lang}`);
      await expect(statusLine(page)).toBeVisible();
      const timeline = page.locator('.panel--timeline');
      await expect(timeline.getByRole('status')).toHaveText(chart);
      await page.locator('.panel--map').scrollIntoViewIfNeeded();
      await expect(page.locator('.panel--map').getByRole('status')).toHaveText(map);
      // The data is in: nothing says it is loading it.
      await expect(page.getByText(/Loading the dataset|Đang tải dữ liệu/)).toHaveCount(0);
      release();
      await expect(timeline.locator('.event-mark')).toHaveCount(4);
      await expect(page.locator('.leaflet-marker-pane [role="button"]')).toHaveCount(2);
      await expect(page.getByText(chart)).toHaveCount(0);
      await expect(page.getByText(map)).toHaveCount(0);
    });
  }

  test('on a phone, a notice about the link shows while the filters are closed', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?from=2022-13-40');
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByText('Some link settings were ignored')).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`one colour marks the selection in the map, the chart, the lists and the quotes (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // The Geneva talks selected, with no place chosen: the map marks the talks' place.
      await page.goto('/?event=e1');
      await showTimeline(page);
      await waitForMarkers(page, 2);
      const selection = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--selection)';
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
      const style = (locator: Locator, property: 'outlineColor' | 'stroke') =>
        locator.evaluate((el, p) => getComputedStyle(el)[p], property);

      const marker = mapRegion(page).locator('.place-marker--selected .place-marker__circle');
      await expect(marker).toHaveCount(1);
      expect(await style(marker, 'outlineColor')).toBe(selection);

      const ring = timelineRegion(page).locator('.event-mark[data-event-id="e1"] > circle');
      expect(await style(ring, 'stroke')).toBe(selection);

      await timelineRegion(page).getByText('Show the data as a table').click();
      const row = timelineRegion(page).locator('tbody tr[data-selected]');
      await expect(row).toContainText('Talks');
      expect(await style(row, 'outlineColor')).toBe(selection);

      const group = quotesRegion(page).locator('.quote-group[data-selected]');
      await expect(group).toContainText('frank');
      expect(await style(group, 'outlineColor')).toBe(selection);

      // A call with no place, chosen in the list beside the map.
      const call = page.getByRole('region', { name: 'Calls and statements with no place' });
      await call.getByRole('button', { name: /Call/ }).click();
      const item = call.locator('.event-link[aria-pressed="true"]');
      await expect(item).toHaveCount(1);
      expect(await style(item, 'outlineColor')).toBe(selection);
      const callRing = timelineRegion(page).locator('.event-mark[data-event-id="e2"] > circle');
      expect(await style(callRing, 'stroke')).toBe(selection);

      // Focus is as visible: a ring in the same colour.
      await item.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await style(item, 'outlineColor')).toBe(selection);
    });
  }
});
