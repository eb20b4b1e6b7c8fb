/**
 * The embeds' height in a newsroom's article (embedHost.ts): each frame sized to its own content,
 * out of sight too, by the host script or pym.js, and a frame without either still works.
 * (Split from embed.spec.ts by subject.)
 */
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

test.beforeEach(async ({ page }) => serveDataset(page, WITH_STORY));

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
