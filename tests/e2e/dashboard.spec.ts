import { readFileSync } from 'node:fs';
import type { Dataset } from '@/domain/dataset/schema';
import { generateDataset } from '../fixtures/synthetic';
import {
  expect,
  mapRegion,
  markers,
  quotesRegion,
  serveDataset,
  statusLine,
  test,
  showTimeline,
  timelineRegion,
  waitForMarkers,
} from './fixtures';

/** A name that starts with `text`, taken literally: "Alaska (Anchorage)" has brackets. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('the shipped dataset: every place with events on the map, every event on the timeline, every quote', async ({
  page,
}) => {
  // The one browser test on the real data; what it expects is read from the file.
  const shipped = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
  const events = shipped.events.length;
  const placed = shipped.places.filter((p) => shipped.events.some((e) => e.placeId === p.id));
  await page.goto('/');
  await expect(statusLine(page)).toContainText(`Showing ${events} of ${events} events`);
  await waitForMarkers(page, placed.length);
  for (const place of placed) {
    await expect(
      markers(page).getByRole('button', { name: startsWith(place.name.en) }),
    ).toBeVisible();
  }
  // The basemap is drawn: the canvas Leaflet renders the countries on.
  await expect(mapRegion(page).locator('canvas.leaflet-zoom-animated')).toHaveCount(1);
  await showTimeline(page);
  await expect(timelineRegion(page).locator('.event-mark')).toHaveCount(events);
  await expect(quotesRegion(page).getByText(`${shipped.quotes.length} quotes`)).toBeVisible();
});

test.describe('on the sample dataset', () => {
  test.beforeEach(async ({ page }) => serveDataset(page));

  test('clicking a marker filters the quotes, highlights the timeline and updates the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    const geneva = mapRegion(page).getByRole('button', { name: /^Geneva/ });
    await geneva.click();
    await expect(page).toHaveURL(/[?&]place=geneva/);
    await expect(geneva).toHaveAttribute('aria-pressed', 'true');
    await expect(statusLine(page)).toContainText('Showing 2 of 4 events in Geneva');
    await expect(quotesRegion(page).getByText('2 quotes')).toBeVisible();
    await expect(quotesRegion(page).getByRole('button', { name: 'Talks' })).toBeVisible();
    await showTimeline(page);
    await expect(timelineRegion(page).locator('.event-mark[opacity="1"]')).toHaveCount(2);
  });

  test('a date range updates all three views', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    await page.getByLabel('From').fill('2025-01-01');
    await expect(page).toHaveURL(/from=2025-01-01/);
    await expect(statusLine(page)).toContainText('Showing 1 of 4 events');
    await waitForMarkers(page, 1);
    await showTimeline(page);
    await expect(timelineRegion(page).locator('.event-mark')).toHaveCount(1);
    await expect(quotesRegion(page).getByText('1 quote', { exact: true })).toBeVisible();
  });

  test('dragging a thumb of the strip under the timeline chooses a date range, the views following the drag', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    await showTimeline(page);
    const first = timelineRegion(page).getByRole('slider', { name: 'First month' });
    await first.scrollIntoViewIfNeeded();
    const box = (await first.boundingBox())!;
    const strip = (await timelineRegion(page)
      .getByRole('group', { name: /Date range: drag a handle/ })
      .boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.6, box.y + box.height / 2, { steps: 8 });
    // While the thumb is dragged it shows where it is and the views follow it; the link waits for
    // the release.
    await expect(first).not.toHaveAttribute('aria-valuetext', 'January 2022');
    await expect(statusLine(page)).not.toContainText('Showing 4 of 4');
    expect(page.url()).not.toContain('from=');
    await page.mouse.up();
    await expect(page).toHaveURL(/from=20\d\d-\d\d-01/);
    await expect(statusLine(page)).not.toContainText('Showing 4 of 4');
  });

  test('the strip’s thumbs say their months and move a month, a year or to the end with the keys', async ({
    page,
  }) => {
    await page.goto('/');
    await showTimeline(page);
    const first = timelineRegion(page).getByRole('slider', { name: 'First month' });
    const last = timelineRegion(page).getByRole('slider', { name: 'Last month' });
    await expect(first).toHaveAttribute('aria-valuetext', 'January 2022');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/from=2022-02-01/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/from=2022-03-01/);
    await expect(first).toHaveAttribute('aria-valuetext', 'March 2022');
    await expect(statusLine(page)).toContainText('Showing 2 of 4');
    await page.keyboard.press('Home');
    await expect(page).not.toHaveURL(/from=/);
    await last.focus();
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/to=2024-\d\d-\d\d/);
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/to=/);
    await expect(statusLine(page)).toContainText('Showing 4 of 4');
  });

  test('clicking a point on the timeline selects its event everywhere', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    await showTimeline(page);
    // The mark itself (its label may run to one side of it).
    await timelineRegion(page).locator('.event-mark[data-event-id="e3"] .recharts-symbols').click();
    await expect(page).toHaveURL(/event=e3/);
    await expect(mapRegion(page).getByRole('button', { name: /^Geneva/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('article', { name: 'Selected event' })).toContainText('Accusation');
    await expect(quotesRegion(page).getByText('1 quote', { exact: true })).toBeVisible();
    // Closing the details leaves focus on the timeline's heading, not on the page.
    await page.getByRole('button', { name: 'Show all events' }).click();
    await expect(
      timelineRegion(page).getByRole('heading', { name: 'What was the tone of each encounter?' }),
    ).toBeFocused();
  });

  test('a deep link restores the view, and Back and Forward step through changes', async ({
    page,
  }) => {
    await page.goto('/?from=2022-01-01&to=2022-12-31&place=geneva&lang=vi');
    await expect(statusLine(page)).toContainText('Đang hiển thị 1 trên 4 sự kiện');
    await expect(page.getByLabel('Từ ngày')).toHaveValue('2022-01-01');
    await waitForMarkers(page, 1);
    await expect(markers(page).getByRole('button', { name: /^Geneva/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByRole('button', { name: 'Tất cả' }).click();
    await expect(statusLine(page)).toContainText('Đang hiển thị 2 trên 4');
    await page.goBack();
    await expect(statusLine(page)).toContainText('Đang hiển thị 1 trên 4');
    await expect(page).toHaveURL(/to=2022-12-31/);
    await page.goForward();
    await expect(statusLine(page)).toContainText('Đang hiển thị 2 trên 4');
  });

  test('the language switch translates the page, the map’s controls included, and keeps the filters', async ({
    page,
  }) => {
    await page.goto('/?place=budapest');
    await waitForMarkers(page, 2);
    const zoomIn = mapRegion(page).locator('.leaflet-control-zoom-in');
    await expect(zoomIn).toHaveAttribute('title', 'Zoom in');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/lang=vi/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The headline, worded from the data in Vietnamese: the sample has one meeting, one planned.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mỹ và Nga gặp trực tiếp một lần',
    );
    await expect(statusLine(page)).toContainText('Đang hiển thị 1 trên 4 sự kiện tại Budapest');
    await expect(
      page.getByRole('region', { name: 'Trích dẫn' }).locator('blockquote[lang="vi"]').first(),
    ).toContainText('hòa bình');
    const map = page.getByRole('region', { name: 'Bản đồ' });
    await expect(map.getByRole('button', { name: 'Phóng to' })).toHaveAttribute(
      'title',
      'Phóng to',
    );
    await expect(map.getByRole('button', { name: 'Thu nhỏ' })).toHaveAttribute('title', 'Thu nhỏ');
    await expect(map.locator('.leaflet-control-zoom')).toHaveCount(1);
  });

  test('the main flow works with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    // Tab from the top of the page until the Geneva marker has focus, then select it with Enter.
    const geneva = mapRegion(page).getByRole('button', { name: /^Geneva/ });
    for (
      let i = 0;
      i < 60 && !(await geneva.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(geneva).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=geneva/);
    await expect(geneva).toHaveAttribute('aria-pressed', 'true');
    await expect(geneva).toBeFocused();
    await expect(statusLine(page)).toContainText('in Geneva');

    // A preset, by keyboard.
    await page.getByRole('button', { name: 'Trump’s second term' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/from=2025-01-20/);
    await expect(statusLine(page)).toContainText('Showing 0 of 4 events in Geneva');
    await expect(
      quotesRegion(page).getByText(/No quotes for the events in this range/),
    ).toBeVisible();

    // Clear the place with Space on "All places", then open the data table and select an event.
    await mapRegion(page).getByRole('button', { name: 'All places' }).focus();
    await page.keyboard.press('Space');
    await expect(statusLine(page)).toContainText('Showing 1 of 4 events');
    await timelineRegion(page).getByText('Show the data as a table').focus();
    await page.keyboard.press('Enter');
    await timelineRegion(page).getByRole('button', { name: 'Summit' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=e4/);
    await expect(page.getByRole('article', { name: 'Selected event' })).toBeVisible();
  });

  test('the quote panel shows the translation as such, with the original one click away', async ({
    page,
  }) => {
    await page.goto('/?place=geneva');
    const quote = quotesRegion(page).locator('figure').filter({ hasText: 'frank' });
    await expect(quote.getByText('Translated from Vietnamese')).toBeVisible();
    const original = quote.locator('blockquote[lang="vi"]');
    await expect(original).toBeHidden();
    await quote.getByRole('button', { name: 'Show the Vietnamese original' }).click();
    await expect(original).toBeVisible();
    await expect(original).toContainText('thẳng thắn');
  });

  test('a bad link value is ignored with a notice, not a crash', async ({ page }) => {
    await page.goto('/?from=2022-13-40&place=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=xx');
    await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
    await expect(page.getByText('Some link settings were ignored')).toBeVisible();
    await waitForMarkers(page, 2);
  });

  test('the layout holds on a 360-pixel phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
    // The map starts below the chart, off the first screens: it is built when scrolled to.
    await expect(mapRegion(page).locator('.leaflet-container')).toHaveCount(0);
    await showTimeline(page);
    await waitForMarkers(page, 2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(quotesRegion(page)).toBeVisible();
  });

  test('a marker’s tooltip lists the place’s five latest events and counts the earlier ones', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMarkers(page, 2);
    // Two places with about sixteen events each.
    const dataset = generateDataset({ events: 40, places: 2, seed: 2 });
    await page.getByLabel('Open a data file…').setInputFiles({
      name: 'crowded.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expect(statusLine(page)).toContainText('Showing 40 of 40 events');
    const busiest = Math.max(
      ...dataset.places.map((p) => dataset.events.filter((e) => e.placeId === p.id).length),
    );
    expect(busiest).toBeGreaterThan(5);
    await waitForMarkers(page, 2);
    for (const marker of await markers(page).getByRole('button').all()) {
      await marker.hover();
      const tooltip = page.locator('.place-tooltip');
      await expect(tooltip.locator('li')).toHaveCount(5);
      await expect(tooltip).toContainText(/and \d+ earlier events?/);
      await page.mouse.move(0, 0);
    }
  });
});
