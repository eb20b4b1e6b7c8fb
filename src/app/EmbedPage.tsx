import { ErrorBoundary } from '@/components/ErrorBoundary';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { EmbedState } from '@/domain/viewState/embedState';
import { useBuiltInDatasetStatus } from '@/data/useBuiltInDatasetStatus';
import { useMemoryUrlState } from '@/data/useMemoryUrlState';
import type { UrlStateHandle } from '@/data/useUrlState';
import { DatasetErrorMessage, LoadingMessage } from '@/features/dataset/DatasetMessages';
import { browserLanguage, I18nProvider, useI18n } from '@/i18n/I18nProvider';
import { EmbedLayout } from './EmbedLayout';
import { useDashboardFilters } from './useDashboardFilters';
import { useDashboardView } from './useDashboardView';
import { useDocumentLanguage, useDocumentMeta } from './useDocumentMeta';
import { useEmbedHeight } from './useEmbedHeight';

export interface EmbedPageProps {
  embed: EmbedState;
  /** The embed's query string: its filters, read once (data/useMemoryUrlState). */
  search: string;
}

/**
 * The page inside an article's frame (embed.html): the built-in dataset, the filters of its URL,
 * and only the view chosen (EmbedLayout). It tells the host its height as it changes
 * (useEmbedHeight), stores nothing and writes no history.
 */
export function EmbedPage({ embed, search }: EmbedPageProps) {
  const url = useMemoryUrlState(search);
  return (
    <I18nProvider lang={url.state.lang ?? browserLanguage()}>
      <EmbedContent embed={embed} url={url} />
    </I18nProvider>
  );
}

interface EmbedContentProps {
  embed: EmbedState;
  url: UrlStateHandle;
}

function EmbedContent({ embed, url }: EmbedContentProps) {
  const { t, lang } = useI18n();
  const dataset = useBuiltInDatasetStatus();
  useDocumentLanguage(lang);
  useEmbedHeight(embed);
  return (
    <main className="embed" aria-labelledby="embed-title" data-view={embed.view}>
      {/* The frame's title, for a screen reader reading the embed's headings: its panels say the rest. */}
      <h1 id="embed-title" className="visually-hidden">
        {t.embedFrameTitle[embed.view]}
      </h1>
      {dataset.status === 'loading' ? (
        <LoadingMessage progress={dataset.progress} downloading={dataset.downloading} />
      ) : dataset.status === 'error' ? (
        <DatasetErrorMessage
          error={dataset.error}
          title={dataset.invalid ? t.invalidData : t.loadError}
          onRetry={dataset.retry}
          retrying={dataset.retrying}
        />
      ) : (
        <ErrorBoundary
          resetKeys={[dataset.loaded.index]}
          fallback={(error) => <DatasetErrorMessage error={error} title={t.dashboardError} />}
        >
          <EmbedViews index={dataset.loaded.index} url={url} embed={embed} />
        </ErrorBoundary>
      )}
    </main>
  );
}

interface EmbedViewsProps {
  index: DatasetIndex;
  url: UrlStateHandle;
  embed: EmbedState;
}

function EmbedViews({ index, url, embed }: EmbedViewsProps) {
  const filters = useDashboardFilters(url, index);
  const prepared = useDashboardView(index, filters.filters);
  useDocumentMeta(prepared.description);
  return <EmbedLayout index={index} filters={filters} prepared={prepared} embed={embed} />;
}
