import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseUrlState } from '@/domain/urlState';
import { browserLanguage } from '@/i18n/I18nProvider';
import { loadMessages } from '@/i18n/loadMessages';
import { AppProviders } from './AppProviders';
import { Dashboard } from './Dashboard';

/**
 * Starts the app in #root, replacing the static header that index.html paints first, once the
 * words of the reader's language are in (Vietnamese is fetched for a page read in it; the page
 * shows English if that fails, with its language switch to try again).
 */
export function start(root: HTMLElement): void {
  const lang = parseUrlState(window.location.search).state.lang ?? browserLanguage();
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders>
          <Dashboard />
        </AppProviders>
      </StrictMode>,
    );
  loadMessages(lang).then(render, render);
}
