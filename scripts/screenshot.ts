#!/usr/bin/env node
/**
 * Takes the README's screenshots of the built app in headless Chromium (`npm run screenshot`):
 * the first screen of a wide window (1440 × 900) and of a phone (360 × 740, scrolled to the chart,
 * its filter bar on top), in light and dark, in English and Vietnamese, into docs/.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withPreviewServer } from './previewServer';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);

interface Shot {
  file: string;
  width: number;
  height: number;
  scale: number;
  scheme: 'light' | 'dark';
  lang: 'en' | 'vi';
  /** Scrolled so that the chart is at the top, under the phone's filter bar. */
  atChart: boolean;
}

const SHOTS: Shot[] = [
  {
    file: 'wide-light-en',
    width: 1440,
    height: 900,
    scale: 1,
    scheme: 'light',
    lang: 'en',
    atChart: false,
  },
  {
    file: 'wide-dark-vi',
    width: 1440,
    height: 900,
    scale: 1,
    scheme: 'dark',
    lang: 'vi',
    atChart: false,
  },
  {
    file: 'phone-light-vi',
    width: 360,
    height: 740,
    scale: 1.5,
    scheme: 'light',
    lang: 'vi',
    atChart: true,
  },
  {
    file: 'phone-dark-en',
    width: 360,
    height: 740,
    scale: 1.5,
    scheme: 'dark',
    lang: 'en',
    atChart: true,
  },
];

/** Waits until the chart is drawn with its labels, and two frames more for the paint. */
async function waitForChart(page: Page) {
  await page.locator('.panel--timeline .meeting-label').first().waitFor();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

await withPreviewServer(PORT, async (base) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.scale,
      colorScheme: shot.scheme,
    });
    await page.goto(`${base}/?lang=${shot.lang}`);
    await waitForChart(page);
    if (shot.atChart) {
      await page.evaluate(() => {
        const panel = document.querySelector('.panel--timeline');
        const bar = document.querySelector('.filters');
        if (panel)
          scrollTo(0, panel.getBoundingClientRect().top + scrollY - (bar?.clientHeight ?? 0));
      });
      await waitForChart(page);
    }
    const path = `docs/screenshot-${shot.file}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
  await browser.close();
});
