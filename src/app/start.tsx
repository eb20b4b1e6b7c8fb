import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbedState } from '@/domain/viewState/embedState';
import { parseUrlState } from '@/domain/viewState/urlState';
import { browserLanguage } from '@/i18n/I18nProvider';
import { loadMessages } from '@/i18n/loadMessages';
import { AppProviders } from './AppProviders';
import { Dashboard } from './Dashboard';
import { EmbedPage } from './EmbedPage';

/**
 * Starts the app in #root, replacing the static header that index.html paints first; in
 * embed.html (marked `data-embed`), the embed of one view instead. It starts once the words of
 * the reader's language are in (Vietnamese is fetched for a page read in it; the page shows
 * English if that fails, with its language switch to try again).
 */
export function start(root: HTMLElement): void {
  const embed = document.documentElement.hasAttribute('data-embed')
    ? parseEmbedState(window.location.search)
    : null;
  const lang = parseUrlState(window.location.search).state.lang ?? browserLanguage();
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders theme={embed ? (embed.theme ?? 'auto') : undefined}>
          {embed ? <EmbedPage embed={embed} search={window.location.search} /> : <Dashboard />}
        </AppProviders>
      </StrictMode>,
    );
  loadMessages(lang).then(render, render);
}
