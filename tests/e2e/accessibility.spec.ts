import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DATASET_ROUTE, expect, showTimeline, statusLine, test, waitForMarkers } from './fixtures';

/**
 * axe-core on the built page, every rule it runs by default (WCAG 2.x A and AA, contrast included,
 * and its best practices) and the size of targets (WCAG 2.2 2.5.8: 24 px, or that much room
 * around them; off by default in axe, on in Lighthouse), in the states a reader sees: light and
 * dark, each language, a story step, an event selected, the facets open, a load that failed. None
 * may report a violation.
 */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(found).toEqual([]);
}

/** The page as a reader has it: the chart drawn, the map scrolled to and drawn. */
async function whenDrawn(page: Page, markerCount: number) {
  await expect(statusLine(page)).toBeVisible();
  await showTimeline(page);
  await waitForMarkers(page, markerCount);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`the page has no violation (${scheme}, English)`, async ({ page }) => {
      await page.goto('/');
      await whenDrawn(page, 5);
      await expectNoViolations(page);
    });

    test(`the page has no violation (${scheme}, Vietnamese)`, async ({ page }) => {
      await page.goto('/?lang=vi');
      await whenDrawn(page, 5);
      await expectNoViolations(page);
    });

    test(`a story step has no violation (${scheme})`, async ({ page }) => {
      await page.goto('/?story=2');
      await expect(page.getByRole('region', { name: 'Story' })).toBeVisible();
      await whenDrawn(page, 1);
      await expectNoViolations(page);
    });

    test(`an event selected, its details and the data table open, has no violation (${scheme})`, async ({
      page,
    }) => {
      await page.goto('/?event=2023-03-02-new-delhi');
      await whenDrawn(page, 5);
      await expect(page.getByRole('article', { name: 'Selected event' })).toBeVisible();
      await page.getByText('Show the data as a table').click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoViolations(page);
    });

    test(`a dataset that failed to load has no violation (${scheme})`, async ({ page, guard }) => {
      guard.allow(/404/);
      await page.route(DATASET_ROUTE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto('/');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test('on a phone, as the page opens and before any scrolling, the page has no violation', async ({
  page,
}) => {
  // As Lighthouse sees it: what is off the screen is measured unscrolled, as it is laid out then.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  await expect(statusLine(page)).toBeVisible();
  await expect(page.locator('.tension-chart__main svg').first()).toBeVisible();
  await expectNoViolations(page);
});

test('with the facets open, the page has no violation', async ({ page }) => {
  await page.goto('/');
  await expect(statusLine(page)).toBeVisible();
  await page.getByRole('button', { name: /^Kind, country, code/ }).click();
  const facets = page.getByRole('group', { name: 'Filter by what the events are' });
  await expect(facets.getByRole('checkbox').first()).toBeVisible();
  await expectNoViolations(page);
});

test('on a phone, with the filters open, the page has no violation', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(statusLine(page)).toBeVisible();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(page.getByLabel('From', { exact: true })).toBeVisible();
  await expectNoViolations(page);
});
