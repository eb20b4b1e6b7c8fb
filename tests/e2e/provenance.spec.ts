/**
 * Trust, as a reader checks it: every coded sentence and quote opens in its paragraph of the
 * article, highlighted; the chart draws each event's range, hatches those whose colour band
 * depends on a reading, and keeps events with no US–Russia act in a lane of their own.
 * Expectations are read from the shipped dataset, not copied from it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/domain/dataset/schema';
import { isBandUncertain } from '../../src/domain/scoring/tensionBands';
import { expect, quotesRegion, showTimeline, test, timelineRegion } from './fixtures';

const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/events.json'), 'utf8'),
) as Dataset;
const newDelhi = dataset.events.find((e) => e.id === '2023-03-02-new-delhi')!;
const source = dataset.sources.find((s) => s.id === newDelhi.sourceIds[0])!;

for (const lang of ['en', 'vi'] as const) {
  test(`a coded sentence and a quote open in their paragraph, highlighted (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?event=${newDelhi.id}&place=new-delhi&lang=${lang}`);
    const details = page.getByRole('article', {
      name: lang === 'en' ? 'Selected event' : 'Sự kiện đang chọn',
    });
    const show = lang === 'en' ? 'Show in the article' : 'Xem trong bài báo';

    // The second coded action: Blinken's appeal to end the war.
    const action = newDelhi.actions[1]!;
    await details.getByRole('button', { name: show }).nth(1).click();
    const mark = details.locator('mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText(action.sentence);
    const paragraph = source.paragraphs!.find((p) => p.includes(action.sentence))!;
    await expect(details.locator('.in-context__paragraph')).toHaveText(paragraph);
    await expect(details.locator('.in-context__source')).toContainText(source.title!);
    await expect(details.locator('.in-context__source')).not.toContainText(source.file);

    // A quote of the event, in the quote panel.
    const quote = dataset.quotes.find((q) => q.eventId === newDelhi.id && q.text.vi.length > 40)!;
    const quotes =
      lang === 'en' ? quotesRegion(page) : page.getByRole('region', { name: 'Trích dẫn' });
    const figure = quotes
      .locator('figure')
      .filter({ hasText: lang === 'en' ? quote.text.en : quote.text.vi });
    await figure.getByRole('button', { name: show }).click();
    await expect(figure.locator('mark')).toHaveText(quote.text.vi);
    await expect(figure.getByRole('button', { name: show })).toHaveCount(0);
    await expect(
      figure.getByRole('button', {
        name: lang === 'en' ? 'Hide the article' : 'Ẩn đoạn trích bài báo',
      }),
    ).toHaveAttribute('aria-expanded', 'true');
  });
}

test('the chart draws ranges, hatches uncertain bands and keeps unscored events in their lane', async ({
  page,
}) => {
  await page.goto('/');
  await showTimeline(page);
  const chart = timelineRegion(page);
  const unscored = dataset.events.filter((e) => e.tension === null);
  const ranged = dataset.events.filter(
    (e) => e.tension !== null && e.tensionRange && e.tensionRange[0] !== e.tensionRange[1],
  );
  const uncertain = dataset.events.filter(
    (e) => isBandUncertain(e.tensionRange) || (e.tension === null && e.tensionRange !== null),
  );
  expect(unscored.length).toBeGreaterThan(0);
  await expect(chart.locator('.event-mark__range')).toHaveCount(ranged.length);
  await expect(chart.locator('.event-mark[data-uncertain]')).toHaveCount(uncertain.length);

  // Unscored marks sit below the scale's 0: lower on screen than any scored mark.
  const lowest = async (ids: string[]) => {
    const ys = await Promise.all(
      ids.map(async (id) => {
        const box = await chart
          .locator(`.event-mark[data-event-id="${id}"] .recharts-symbols`)
          .boundingBox();
        return box ? box.y : Number.NaN;
      }),
    );
    return ys;
  };
  const scoredYs = await lowest(dataset.events.filter((e) => e.tension !== null).map((e) => e.id));
  const unscoredYs = await lowest(unscored.map((e) => e.id));
  expect(Math.min(...unscoredYs)).toBeGreaterThan(Math.max(...scoredYs));
  await expect(chart.getByText('scored', { exact: true })).toBeVisible();
  // And they are seen: the lane is drawn beneath them, not over them.
  for (const event of unscored) {
    const mark = chart.locator(`.event-mark[data-event-id="${event.id}"]`);
    const onTop = await mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && element.contains(hit);
    });
    expect(onTop, `${event.id} is hidden`).toBe(true);
  }
});
