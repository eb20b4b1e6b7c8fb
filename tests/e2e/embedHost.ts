/**
 * A newsroom's article page, the host of the embeds in the browser tests: text around one or
 * more frames of embed.html, as the Embed dialog's code puts them there. It is served (through
 * page.route) from the app's own address under /host/, since Chromium refuses a page it takes for
 * public the right to frame a local server; the frames are sandboxed without allow-same-origin,
 * so what runs in them has an opaque origin all the same, as on a real newsroom's site.
 */
import { readFileSync } from 'node:fs';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export const HOST_URL = '/host/article.html';

/** What the tests' frames allow: the least an embed must work with. */
export const TEST_SANDBOX = 'allow-scripts allow-popups';

export interface HostFrame {
  /** The embed's query string: "?view=map&place=geneva". */
  search: string;
  title: string;
  /** The starting height: the frame keeps it where no script resizes it. */
  height: number;
}

export interface HostOptions {
  frames: HostFrame[];
  /** How the page resizes its frames: our host script, pym.js, or nothing. */
  resizer?: 'embed.js' | 'pym' | 'none';
}

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function frameHtml(frame: HostFrame, index: number, resizer: HostOptions['resizer']): string {
  const src = `/embed.html${frame.search}`;
  // pym.js makes its frame itself, in a container, with the childId it adds to the URL.
  if (resizer === 'pym')
    return `<div id="embed-${index}" data-pym-src="${escape(src)}" data-pym-title="${escape(frame.title)}" data-pym-sandbox="${TEST_SANDBOX}"></div>`;
  return `<iframe src="${escape(src)}" title="${escape(frame.title)}" width="100%" height="${frame.height}" style="border:0;width:100%" sandbox="${TEST_SANDBOX}"></iframe>`;
}

export function hostHtml({ frames, resizer = 'embed.js' }: HostOptions): string {
  const paragraph =
    '<p>Reporting from the article around the embed: a few lines of text, as an article has them before and after a graphic.</p>';
  const script =
    resizer === 'embed.js'
      ? '<script src="/embed.js" async></script>'
      : resizer === 'pym'
        ? '<script src="/host/pym.v1.min.js"></script>'
        : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article with embeds</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:0 auto;padding:0 12px 40px;background:#fff;color:#222}h1{font-size:1.6rem}</style>
</head><body><h1>Budapest summit put on hold</h1>${paragraph}
${frames.map((frame, i) => `${frameHtml(frame, i, resizer)}\n${paragraph}`).join('\n')}
${script}</body></html>`;
}

/** Serves the host page (and pym.js, for it) and opens it. */
export async function openHost(page: Page, options: HostOptions) {
  await page.route(`**${HOST_URL}`, (route) =>
    route.fulfill({ body: hostHtml(options), contentType: 'text/html' }),
  );
  await page.route('**/host/pym.v1.min.js', (route) =>
    route.fulfill({ body: PYM, contentType: 'text/javascript' }),
  );
  await page.goto(HOST_URL);
}

export const embedFrame = (page: Page, title: string) => page.locator(`iframe[title="${title}"]`);

/** The height of what the embed shows, as the embed measures it for its host. */
export async function contentHeight(frame: Locator): Promise<number> {
  return frame
    .contentFrame()
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

/** The frame's height on the host page. */
export async function frameHeight(frame: Locator): Promise<number> {
  return Math.round((await frame.boundingBox())?.height ?? -1);
}

/**
 * Waits until the frame is as tall as what it shows: the height has followed the content, and the
 * frame does not scroll inside.
 */
export async function expectHeightToFollowContent(frame: Locator) {
  await expect
    .poll(async () => Math.abs((await frameHeight(frame)) - (await contentHeight(frame))), {
      message: 'frame height minus content height',
    })
    .toBeLessThanOrEqual(1);
}

/** The status line: what is shown, in either language. */
export const shown = (scope: Page | FrameLocator) =>
  scope.getByRole('status').filter({ hasText: /Showing|Đang hiển thị/ });
