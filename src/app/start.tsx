import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './AppProviders';
import { Dashboard } from './Dashboard';

/** Starts the app in #root, replacing the static header that index.html paints first. */
export function start(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <Dashboard />
      </AppProviders>
    </StrictMode>,
  );
}
