#!/usr/bin/env node
/**
 * Takes the README's screenshot (docs/screenshot.png) of the built app in headless Chromium:
 * `npm run screenshot`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withPreviewServer } from './previewServer';

const PORT = 4174;
await withPreviewServer(PORT, async (base) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 2250 },
    deviceScaleFactor: 1,
  });
  await page.goto(`${base}/?place=geneva&event=2022-01-21-geneva`);
  await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
  await page.locator('.event-mark').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png');
});
