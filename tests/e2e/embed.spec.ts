/**
 * The embeds as a newsroom's article hosts them (embedHost.ts): each kind in a frame sandboxed
 * without allow-same-origin (an opaque origin: no storage, no worker from the app's URL), on a
 * phone and on a desktop. The fixture's guard fails a test on any console error, in the frames
 * too.
 */
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { embedFrame, expectHeightToFollowContent, frameHeight, openHost, shown } from './embedHost';
import { expect, serveDataset, test } from './fixtures';

const WITH_STORY = makeSampleDataset({ withStory: true });

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
