import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ExportersProvider } from '@/components/exporters/ExportersProvider';
import { ThemeProvider } from '@/theme/ThemeProvider';
import { createQueryClient } from './queryClient';

export function AppProviders({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <ExportersProvider>{children}</ExportersProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
