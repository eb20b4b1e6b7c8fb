#!/usr/bin/env node
/**
 * Takes the README's screenshot (docs/screenshot.png) of the built app in headless Chromium:
 * `npm run screenshot`.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const PORT = 4174;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 2250 },
    deviceScaleFactor: 1,
  });
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/?place=geneva&event=2022-01-21-geneva`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
  await page.locator('.event-mark').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png');
} finally {
  server.kill();
}
