/**
 * What an embed shows, in its URL: `embed.html?view=map&place=geneva&lang=vi&theme=dark&dates=1`.
 * The filters are the dashboard's own parameters (urlState.ts); these add the view, the colours
 * and the date control. Parsing is forgiving (a bad value gives the default); the functions that
 * write the URLs and the code to paste are pure, so that the dialog and its tests share them.
 */
import { urlStateToSearch, type UrlState } from './urlState';

export const EMBED_VIEWS = ['dashboard', 'timeline', 'map', 'quotes', 'story'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const EMBED_THEMES = ['light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedState {
  view: EmbedView;
  /** Light or dark as the author chose; null: the reader's system decides. */
  theme: EmbedTheme | null;
  /** Whether the embed shows a compact date control. */
  dates: boolean;
  /** The id a pym.js parent gives its frame (`?childId=`): the embed's height messages carry it. */
  pymId: string | null;
}

export const DEFAULT_EMBED_STATE: EmbedState = {
  view: 'dashboard',
  theme: null,
  dates: false,
  pymId: null,
};

/**
 * The frame's height before the host script sets it, and where there is none: what each view
 * takes in a column 744 px wide on the built-in data (measured: dashboard 2,694, timeline 876,
 * map 709, the story's first step 4,311, every quote 5,516). The quotes and the story start
 * shorter, as their length depends on the filter: a frame too short scrolls inside.
 */
export const EMBED_HEIGHTS: Record<EmbedView, number> = {
  dashboard: 2700,
  timeline: 880,
  map: 720,
  quotes: 1000,
  story: 2400,
};

/** The embed's page and the host script, beside the app's index.html. */
export const EMBED_PAGE = 'embed.html';
export const HOST_SCRIPT = 'embed.js';

/**
 * A pym.js id is the id of an element of the host page; only a plain one is taken, as it goes
 * back into messages the host parses.
 */
const PYM_ID = /^[A-Za-z][\w-]{0,63}$/;

/** parseEmbedState("?view=map&theme=dark") → {view: "map", theme: "dark", dates: false, pymId: null} */
export function parseEmbedState(search: string): EmbedState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const theme = params.get('theme');
  const pymId = params.get('childId');
  return {
    view: (EMBED_VIEWS as readonly (string | null)[]).includes(view)
      ? (view as EmbedView)
      : DEFAULT_EMBED_STATE.view,
    theme: (EMBED_THEMES as readonly (string | null)[]).includes(theme)
      ? (theme as EmbedTheme)
      : null,
    dates: params.get('dates') === '1',
    pymId: pymId !== null && PYM_ID.test(pymId) ? pymId : null,
  };
}

/**
 * The filters an embed of `view` carries: the story's step for the story (which decides the rest),
 * the other filters for every other view. The language is always written, so that the embed
 * speaks the article's language whatever the reader's browser says.
 */
export function embedFilters(state: UrlState, view: EmbedView): UrlState {
  if (view === 'story')
    return { ...state, from: null, to: null, place: null, event: null, story: state.story ?? 1 };
  return { ...state, story: null };
}

/**
 * The embed's query string, defaults dropped:
 * embedSearch({place: "geneva", lang: "vi", …}, {view: "map", theme: "dark", dates: true, …}) →
 * "?view=map&place=geneva&lang=vi&theme=dark&dates=1"
 */
export function embedSearch(state: UrlState, embed: EmbedState): string {
  const params = new URLSearchParams({ view: embed.view });
  for (const [key, value] of new URLSearchParams(urlStateToSearch(embedFilters(state, embed.view))))
    params.append(key, value);
  if (embed.theme !== null) params.set('theme', embed.theme);
  if (embed.dates) params.set('dates', '1');
  return `?${params.toString()}`;
}

/** The addresses an embed code names, all beside the app's page (`appBase` ends with "/"). */
export interface EmbedUrls {
  embed: string;
  full: string;
  script: string;
}

/**
 * embedUrls("https://example.org/app/", state, embed) →
 * {embed: "https://example.org/app/embed.html?view=…", full: "https://example.org/app/?…", script: "…/embed.js"}
 */
export function embedUrls(appBase: string, state: UrlState, embed: EmbedState): EmbedUrls {
  return {
    embed: `${appBase}${EMBED_PAGE}${embedSearch(state, embed)}`,
    full: `${appBase}${urlStateToSearch(embedFilters(state, embed.view))}`,
    script: `${appBase}${HOST_SCRIPT}`,
  };
}

/** A text made safe inside a double-quoted HTML attribute: `a "b" & c` → `a &quot;b&quot; &amp; c`. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** What an embed runs with: scripts, and "Open the full dashboard" as a tab outside the sandbox. */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The code to paste: the frame, at its starting height, and the host script that makes its height
 * follow the content (without it the frame keeps its starting height and scrolls inside).
 */
export function embedCode(urls: EmbedUrls, title: string, height: number): string {
  return [
    `<iframe src="${escapeAttribute(urls.embed)}" title="${escapeAttribute(title)}"`,
    `  width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%"`,
    `  sandbox="${EMBED_SANDBOX}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(urls.script)}" async></script>`,
  ].join('\n');
}

/**
 * Where a site strips frames: a picture of the view that links to it. `image` is where the
 * site puts the picture it was given (its file name until then).
 */
export function pictureCode(fullUrl: string, image: string | null, text: string): string {
  const link = `<a href="${escapeAttribute(fullUrl)}">`;
  return image === null
    ? `${link}${escapeHtmlText(text)}</a>`
    : `${link}<img src="${escapeAttribute(image)}" alt="${escapeAttribute(text)}" style="width:100%;height:auto"></a>`;
}

function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
