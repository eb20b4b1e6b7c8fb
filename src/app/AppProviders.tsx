import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ExportersProvider } from '@/components/exporters/ExportersProvider';
import { ThemeProvider, type ThemePreference } from '@/theme/ThemeProvider';
import { createQueryClient } from './queryClient';

export interface AppProvidersProps {
  client?: QueryClient;
  /** Light or dark fixed by the page (an embed's URL), never stored. */
  theme?: ThemePreference;
  children: ReactNode;
}

export function AppProviders({ client, theme, children }: AppProvidersProps) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider fixed={theme}>
        <ExportersProvider>{children}</ExportersProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
