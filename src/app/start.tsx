import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbedState } from '@/domain/embedState';
import { AppProviders } from './AppProviders';
import { Dashboard } from './Dashboard';
import { EmbedPage } from './EmbedPage';

/**
 * Starts the app in #root, replacing the static header that index.html paints first; in
 * embed.html (marked `data-embed`), the embed of one view instead.
 */
export function start(root: HTMLElement): void {
  const embed = document.documentElement.hasAttribute('data-embed')
    ? parseEmbedState(window.location.search)
    : null;
  createRoot(root).render(
    <StrictMode>
      <AppProviders theme={embed ? (embed.theme ?? 'auto') : undefined}>
        {embed ? <EmbedPage embed={embed} search={window.location.search} /> : <Dashboard />}
      </AppProviders>
    </StrictMode>,
  );
}
