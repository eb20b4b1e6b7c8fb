/**
 * The top of the page as static HTML, written into index.html at build time so that the headline
 * and the introduction paint as soon as the HTML and CSS arrive, before any JavaScript runs: the
 * built-in dataset's finding, worded as the React header words it. React replaces it with the
 * same header (Header.tsx) when it starts. English only: a link with `lang=vi` shows the English
 * lines for the moment before the app starts.
 *
 * It must stay the same as Header.tsx's markup for the parts it has (a test compares them), so
 * that the page does not move when React takes over.
 */
// Relative and with its extension: vite.config.ts loads this file, before any alias exists.
import type { Finding } from '../domain/scoring/finding.ts';
import { HEADER_TEXT } from '../i18n/headerText.ts';

const THEMES = ['auto', 'light', 'dark'] as const;
const LANGUAGE_NAMES = [
  ['en', 'English'],
  ['vi', 'Tiếng Việt'],
] as const;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

export function staticShellHtml(finding: Finding): string {
  const t = HEADER_TEXT.en;
  const headline = t.headline(finding);
  const themeButtons = THEMES.map(
    (option) =>
      `<button type="button" value="${option}" aria-pressed="${option === 'auto'}">${escapeHtml(t.themeOption[option])}</button>`,
  ).join('');
  const languageButtons = LANGUAGE_NAMES.map(
    ([code, name]) =>
      `<button type="button" lang="${code}" aria-pressed="${code === 'en'}">${escapeHtml(name)}</button>`,
  ).join('');
  return [
    `<a class="skip-link" href="#dashboard">${escapeHtml(t.skipToContent)}</a>`,
    '<header class="site-header">',
    '<div class="site-header__top">',
    `<p class="site-header__kicker">${escapeHtml(t.appKicker)}</p>`,
    '<div class="site-header__switches">',
    `<div class="theme-switch" role="group" aria-label="${escapeHtml(t.themeSwitch)}">${themeButtons}</div>`,
    `<div class="language-switch" role="group" aria-label="${escapeHtml(t.languageSwitch)}">${languageButtons}</div>`,
    '</div>',
    '</div>',
    `<h1 class="site-header__title">${escapeHtml(headline.title)}</h1>`,
    `<p class="site-header__intro">${escapeHtml(headline.intro)}</p>`,
    '</header>',
  ].join('');
}
