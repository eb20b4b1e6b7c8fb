/**
 * The embeds as a newsroom's article hosts them (embedHost.ts): each kind in a frame sandboxed
 * without allow-same-origin (an opaque origin: no storage, no worker from the app's URL), on a
 * phone and on a desktop. The fixture's guard fails a test on any console error, in the frames
 * too.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  contentHeight,
  embedFrame,
  expectHeightToFollowContent,
  frameHeight,
  openHost,
} from './embedHost';
import { expect, serveDataset, test } from './fixtures';

const WITH_STORY = makeSampleDataset({ withStory: true });

/** The status line: what is shown, in either language. */
const shown = (scope: Page | FrameLocator) =>
  scope.getByRole('status').filter({ hasText: /Showing|Đang hiển thị/ });

const REGIONS = ['Story', 'Tone over time', 'Map', 'Quotes'] as const;
type Region = (typeof REGIONS)[number];

const KINDS: { view: string; search: string; regions: Region[]; status: RegExp }[] = [
  {
    view: 'dashboard',
    search: '?view=dashboard',
    regions: ['Tone over time', 'Map', 'Quotes'],
    status: /Showing 9 of 9 events/,
  },
  {
    view: 'timeline',
    search: '?view=timeline&from=2022-01-01&to=2023-12-31',
    regions: ['Tone over time'],
    status: /Showing 5 of 9 events, 1 January 2022 – 31 December 2023/,
  },
  {
    view: 'map',
    search: '?view=map&place=geneva',
    regions: ['Map'],
    status: /Showing 3 of 9 events in Geneva/,
  },
  {
    view: 'quotes',
    search: '?view=quotes&place=budapest&lang=vi',
    regions: ['Quotes'],
    status: /Đang hiển thị 2 trên 9 sự kiện tại Budapest/,
  },
  {
    view: 'story',
    search: '?view=story&story=2',
    regions: ['Story', 'Tone over time', 'Map', 'Quotes'],
    status: /in Geneva/,
  },
];

/** The regions' names in the embed's language (the quotes' embed is in Vietnamese). */
const REGION_NAMES: Record<Region, { en: string; vi: string }> = {
  Story: { en: 'Story', vi: 'Câu chuyện' },
  'Tone over time': { en: 'Tone over time', vi: 'Sắc thái theo thời gian' },
  Map: { en: 'Map', vi: 'Bản đồ' },
  Quotes: { en: 'Quotes', vi: 'Trích dẫn' },
};

test.beforeEach(async ({ page }) => serveDataset(page, WITH_STORY));

for (const width of [360, 1200]) {
  test.describe(`in an article ${width} px wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const kind of KINDS) {
      test(`the ${kind.view} embed shows its view alone, sandboxed, as tall as its content`, async ({
        page,
      }) => {
        await openHost(page, { frames: [{ search: kind.search, title: 'Embed', height: 150 }] });
        const frame = embedFrame(page, 'Embed');
        const inside = frame.contentFrame();
        const lang = kind.search.includes('lang=vi') ? 'vi' : 'en';
        await expect(shown(inside)).toContainText(kind.status);
        for (const region of REGIONS) {
          await expect(
            inside.getByRole('region', { name: REGION_NAMES[region][lang], exact: true }),
          ).toHaveCount(kind.regions.includes(region) ? 1 : 0);
        }
        // Drawn, not only laid out: the chart's surface, the map's markers, the quotes' groups.
        if (kind.regions.includes('Tone over time'))
          await expect(inside.locator('.panel--timeline .recharts-surface').first()).toBeVisible();
        if (kind.regions.includes('Map')) {
          await inside.locator('.panel--map').scrollIntoViewIfNeeded();
          await expect(inside.locator('.leaflet-marker-pane').getByRole('button')).not.toHaveCount(
            0,
          );
        }
        // (The story's meetings in the sample have no quotes: its step is checked instead.)
        if (kind.view === 'story')
          await expect(inside.getByRole('heading', { name: 'Geneva, January 2022' })).toBeVisible();
        else if (kind.regions.includes('Quotes'))
          await expect(inside.locator('.panel--quotes blockquote').first()).toBeVisible();
        await expect(
          inside.getByRole('link', {
            name: lang === 'vi' ? /Mở bảng tin đầy đủ/ : /Open the full dashboard/,
          }),
        ).toBeVisible();
        await expect(
          inside.getByText(lang === 'vi' ? /^Nguồn: 1 bài báo/ : /^Source: 1 news article/),
        ).toBeVisible();

        await expectHeightToFollowContent(frame);
        expect(await frameHeight(frame)).toBeGreaterThan(150);
        // Sandboxed for real: an opaque origin, where storage throws.
        expect(await inside.locator('html').evaluate(() => window.origin)).toBe('null');
      });
    }

    test('a marker clicked in the embedded dashboard narrows its quotes, and the frame follows', async ({
      page,
    }) => {
      await openHost(page, {
        frames: [{ search: '?view=dashboard', title: 'Embed', height: 400 }],
      });
      const frame = embedFrame(page, 'Embed');
      const inside = frame.contentFrame();
      const quotes = inside.getByRole('region', { name: 'Quotes', exact: true });
      await expect(quotes.getByText('3 quotes', { exact: true })).toBeVisible();
      await expectHeightToFollowContent(frame);
      const before = await frameHeight(frame);

      await inside.locator('.panel--map').scrollIntoViewIfNeeded();
      const geneva = inside
        .getByRole('region', { name: 'Map' })
        .getByRole('button', { name: /^Geneva/ });
      await geneva.scrollIntoViewIfNeeded();
      await geneva.click();
      await expect(geneva).toHaveAttribute('aria-pressed', 'true');
      await expect(shown(inside)).toContainText('Showing 3 of 9 events in Geneva');
      await expect(quotes.getByText('2 quotes', { exact: true })).toBeVisible();
      await expect(quotes.getByText('frank')).toBeVisible();
      await expect(quotes.getByText('peace')).toHaveCount(0);
      // The timeline marks the place's events.
      await expect(inside.locator('.panel--timeline .event-mark[opacity="1"]')).toHaveCount(3);
      await expectHeightToFollowContent(frame);
      // An event chosen in the quotes opens its details in the timeline: a taller frame.
      await quotes.getByRole('button', { name: 'Talks' }).click();
      await expect(inside.getByRole('article', { name: 'Selected event' })).toBeVisible();
      await expectHeightToFollowContent(frame);
      expect(await frameHeight(frame)).toBeGreaterThan(before);
      // "Open the full dashboard" carries the place and the event on.
      await expect(inside.getByRole('link', { name: /Open the full dashboard/ })).toHaveAttribute(
        'href',
        /\/\?place=geneva&event=e1$/,
      );
    });
  });
}

test('two embeds on one page are sized each to its own content', async ({ page }) => {
  await openHost(page, {
    frames: [
      { search: '?view=map&place=budapest', title: 'The map', height: 300 },
      { search: '?view=quotes', title: 'The quotes', height: 300 },
    ],
  });
  const map = embedFrame(page, 'The map');
  const quotes = embedFrame(page, 'The quotes');
  await expect(quotes.contentFrame().getByText('3 quotes', { exact: true })).toBeVisible();
  await expectHeightToFollowContent(map);
  await expectHeightToFollowContent(quotes);
  expect(await frameHeight(map)).not.toBe(await frameHeight(quotes));
});

test.describe('in a short window', () => {
  // The second frame starts below the fold: Chromium does not render a cross-origin frame out of
  // sight (no resize observations there), yet it must tell its height before the reader gets to it.
  test.use({ viewport: { width: 1280, height: 360 } });

  test('a frame below the fold is sized before the reader scrolls to it', async ({ page }) => {
    await openHost(page, {
      frames: [
        { search: '?view=map&place=budapest', title: 'The map', height: 300 },
        { search: '?view=quotes', title: 'The quotes', height: 300 },
      ],
    });
    const quotes = embedFrame(page, 'The quotes');
    await expect(quotes.contentFrame().getByText('3 quotes', { exact: true })).toBeAttached();
    expect(await quotes.evaluate((frame) => frame.getBoundingClientRect().top)).toBeGreaterThan(
      360,
    );
    await expectHeightToFollowContent(quotes);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test('without the host script, the frame keeps its starting height and still works', async ({
  page,
}) => {
  await openHost(page, {
    frames: [{ search: '?view=quotes', title: 'Embed', height: 320 }],
    resizer: 'none',
  });
  const frame = embedFrame(page, 'Embed');
  const inside = frame.contentFrame();
  await expect(inside.getByText('3 quotes', { exact: true })).toBeVisible();
  // Taller inside than the frame: it scrolls there.
  expect(await contentHeight(frame)).toBeGreaterThan(320);
  expect(await frameHeight(frame)).toBe(320);
  await inside.getByText('peace').scrollIntoViewIfNeeded();
  await expect(inside.getByText('peace')).toBeInViewport();
});

test('a pym.js parent sizes the frame it makes, from the embed’s pym messages', async ({
  page,
}) => {
  await openHost(page, {
    frames: [{ search: '?view=quotes&place=geneva', title: 'Embed', height: 150 }],
    resizer: 'pym',
  });
  const frame = embedFrame(page, 'Embed');
  // pym.js made the frame, sandboxed as asked, with the childId the embed answers with.
  await expect(frame).toHaveAttribute('src', /[?&]childId=embed-0/);
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-popups');
  await expect(frame.contentFrame().getByText('2 quotes', { exact: true })).toBeVisible();
  await expectHeightToFollowContent(frame);
});

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
