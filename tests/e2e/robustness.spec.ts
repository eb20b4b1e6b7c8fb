import type { Page } from '@playwright/test';
import type { Dataset } from '@/domain/dataset/schema';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  DATASET_ROUTE as ROUTE,
  expect,
  quotesRegion,
  serveDataset,
  statusLine,
  test,
  waitForMarkers,
} from './fixtures';

/** A copy of the sample dataset, changed by `edit`. */
function datasetWith(edit: (data: Dataset) => void): string {
  const data = makeSampleDataset();
  edit(data);
  return JSON.stringify(data);
}

async function serve(page: Page, body: string, status = 200) {
  await page.route(ROUTE, (route) =>
    route.fulfill({ status, body, contentType: 'application/json' }),
  );
}

test('a file that is not JSON gets a clear message saying where parsing stopped', async ({
  page,
}) => {
  await serve(page, '<!doctype html><title>Not found</title>');
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset is not valid');
  await expect(alert).toContainText('not valid JSON: unexpected character at line 1, column 1');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a dataset with the wrong shape lists its problems with their paths', async ({ page }) => {
  await serve(
    page,
    datasetWith((d) => {
      for (const e of d.events) e.date = '2022-13-40';
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset is not valid');
  await expect(alert).toContainText('events: no valid event remains');
  await expect(alert).toContainText(
    'events[0].date: expected a real calendar date, got "2022-13-40"',
  );
  await expect(alert).toContainText('events[3].date: expected a real calendar date');
});

test('a dataset with a few bad records is shown with a list of what was left out', async ({
  page,
}) => {
  await serve(
    page,
    datasetWith((d) => {
      d.events[1]!.placeId = 'atlantis'; // e2, which no quote belongs to
    }),
  );
  await page.goto('/');
  await expect(statusLine(page)).toContainText('Showing 3 of 3 events');
  const warning = page.getByRole('region', { name: 'Records left out' });
  await expect(warning).toContainText('1 record was left out');
  await expect(warning).toContainText('events[1].placeId: no place has the id "atlantis"');
});

test('a server error is retried, and Retry then loads the data', async ({ page, guard }) => {
  guard.allow(/status of 500/);
  let failing = true;
  let requests = 0;
  const sample = JSON.stringify(makeSampleDataset());
  await page.route(ROUTE, (route) => {
    requests += 1;
    return failing
      ? route.fulfill({ status: 500, body: 'oops' })
      : route.fulfill({ body: sample, contentType: 'application/json' });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server answered with an error: 500', { timeout: 10_000 });
  expect(requests).toBe(3);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slow server gets a word that loading takes long, then the data', async ({ page }) => {
  // The answer is held until the page has said it is slow; the page's clock is run past the
  // few seconds that takes, rather than waited for.
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const sample = JSON.stringify(makeSampleDataset());
  await page.route(ROUTE, async (route) => {
    await answered;
    await route.fulfill({ body: sample, contentType: 'application/json' });
  });
  await page.clock.install();
  await page.goto('/');
  await expect(page.getByText('Loading the dataset…')).toBeVisible();
  await expect(page.getByText('This is taking longer than usual')).toHaveCount(0);
  await page.clock.fastForward(5000);
  await expect(page.getByText('This is taking longer than usual')).toBeVisible();
  answer();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
});

test('markup and script in the data show as text and never run', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await serve(
    page,
    datasetWith((d) => {
      const quote = d.quotes[0]!;
      quote.text = { vi: `Trích dẫn ${payload}`, en: `A quote ${payload}` };
      d.sources[0]!.url = 'javascript:window.__pwned=3';
      d.sources[0]!.publisher = '<b onmouseover="window.__pwned=4">VOV</b>';
      // e1, the event quote q1 belongs to.
      d.events[0]!.title.en = `Warning ${payload}`;
    }),
  );
  await page.goto('/');
  await waitForMarkers(page, 2);
  const quotes = quotesRegion(page);
  await expect(quotes.getByText(`A quote ${payload}`)).toBeVisible();
  await expect(quotes.getByRole('button', { name: `Warning ${payload}` })).toBeVisible();
  // The javascript: URL is not linked; the publisher's markup is text.
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(quotes.getByText('<b onmouseover="window.__pwned=4">VOV</b>').first()).toBeVisible();
  await quotes.getByText('<b onmouseover="window.__pwned=4">VOV</b>').first().hover();
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a refused file leaves the current data on screen', async ({ page }) => {
  await serveDataset(page);
  await page.goto('/?place=geneva');
  await expect(statusLine(page)).toContainText('Showing 2 of 4 events in Geneva');
  await page.getByLabel('Open a data file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"sources": ['),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'This file was not opened. The data on screen has not changed.',
  );
  await expect(alert).toContainText('not valid JSON');
  await expect(statusLine(page)).toContainText('Showing 2 of 4 events in Geneva');
  await waitForMarkers(page, 2);
});

test('an opened file survives a reload until the built-in dataset is chosen again', async ({
  page,
}) => {
  await serveDataset(page);
  await page.goto('/');
  await waitForMarkers(page, 2);
  const genevaOnly = datasetWith((d) => {
    d.events = d.events.filter((e) => e.placeId === 'geneva');
    d.quotes = d.quotes.filter((q) => d.events.some((e) => e.id === q.eventId));
  });
  await page.getByLabel('Open a data file…').setInputFiles({
    name: 'geneva.json',
    mimeType: 'application/json',
    buffer: Buffer.from(genevaOnly),
  });
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
  await expect(page.getByText('geneva.json')).toBeVisible();
  await waitForMarkers(page, 1);

  await page.reload();
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
  await expect(page.getByText('geneva.json')).toBeVisible();

  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
  await page.reload();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
});

test('a file dropped on the page opens like a picked one', async ({ page }) => {
  await serveDataset(page);
  await page.goto('/');
  await waitForMarkers(page, 2);
  const genevaOnly = datasetWith((d) => {
    d.events = d.events.filter((e) => e.placeId === 'geneva');
    d.quotes = d.quotes.filter((q) => d.events.some((e) => e.id === q.eventId));
  });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'geneva.json', { type: 'application/json' }));
    return transfer;
  }, genevaOnly);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a data file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(statusLine(page)).toContainText('Showing 2 of 2 events');
  await expect(page.getByText('Drop a data file to open it')).toHaveCount(0);
});

test('a network failure is named, retried, and offers Retry', async ({ page, guard }) => {
  guard.allow(/net::ERR_FAILED/);
  await page.route(ROUTE, (route) => route.abort('failed'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the server could not be reached', { timeout: 10_000 });
  await page.unroute(ROUTE);
  await serveDataset(page);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(statusLine(page)).toContainText('Showing 4 of 4 events');
});

test('a missing dataset (404) is named at once, without retries', async ({ page, guard }) => {
  guard.allow(/status of 404/);
  let requests = 0;
  await page.route(ROUTE, (route) => {
    requests += 1;
    return route.fulfill({ status: 404, body: 'not here' });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The dataset was not found: 404');
  expect(requests).toBe(1);
});

test('the Content-Security-Policy forbids inline and foreign script', async ({ page, guard }) => {
  guard.allow(/Content Security Policy/);
  await serveDataset(page);
  await page.goto('/');
  await waitForMarkers(page, 2);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  // No 'unsafe-eval' and no 'unsafe-inline': the browser refuses eval and inline script. (Code that
  // Playwright evaluates is exempt from the policy, so eval itself cannot be tried from here.)
  expect(policy).not.toContain('unsafe');
  // An inline script that may run runs as it is inserted: there is nothing to wait for.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    return (window as { __inline?: number }).__inline ?? null;
  });
  expect(ran).toBeNull();
});
