import { DatasetOriginContext } from '@/data/datasetOrigin';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import { useDatasetStatus, type DatasetStatus } from '@/data/useDatasetStatus';
import { useUrlState, type UrlStateHandle } from '@/data/useUrlState';
import { DatasetBar } from '@/features/dataset/DatasetBar';
import {
  DatasetErrorMessage,
  LeftOutWarning,
  LoadingMessage,
} from '@/features/dataset/DatasetMessages';
import { FileDropOverlay } from '@/features/dataset/FileDropOverlay';
import { useFileDrop } from '@/features/dataset/useFileDrop';
import { reimportKept, useImport } from '@/features/dataset/useImport';
import { browserLanguage, I18nProvider, useI18n } from '@/i18n/I18nProvider';
import { DashboardLayout } from './DashboardLayout';
import { PageLayout } from './PageLayout';
import { useDashboardFilters } from './useDashboardFilters';
import { useDashboardView } from './useDashboardView';
import { useDocumentLanguage, useDocumentMeta } from './useDocumentMeta';
import { usePrefetchViews } from './usePrefetchViews';

/**
 * The whole page, as a table of contents:
 *
 * 1. the URL's state and the language (data/useUrlState);
 * 2. the dataset's state, one of loading, error or ready (data/useDatasetStatus), and files
 *    opened or dropped on the page (features/dataset);
 * 3. once ready, the filters (useDashboardFilters, on domain/viewFilters), what the views show
 *    for them (useDashboardView), the document's title, and the views' code fetched when idle;
 * 4. the layout, which draws what it is given (PageLayout, DashboardLayout).
 */
export function Dashboard() {
  const url = useUrlState();
  return (
    <I18nProvider lang={url.state.lang ?? browserLanguage()}>
      <DashboardPage url={url} />
    </I18nProvider>
  );
}

interface DashboardPageProps {
  url: UrlStateHandle;
}

function DashboardPage({ url }: DashboardPageProps) {
  const { lang } = useI18n();
  const { dataset, files } = useDatasetStatus(reimportKept);
  const importer = useImport(files);
  const dragging = useFileDrop(importer.choose);
  useDocumentLanguage(lang);
  const loaded = dataset.status === 'ready' ? dataset.loaded : null;
  return (
    <PageLayout
      onLanguageChange={(next) => url.update({ lang: next })}
      datasetBar={<DatasetBar loaded={loaded} files={files} importer={importer} />}
      overlay={<FileDropOverlay visible={dragging} />}
      dataset={loaded?.index ?? null}
      builtIn={loaded?.origin.kind !== 'file'}
    >
      <DatasetOriginContext value={loaded?.origin ?? null}>
        <DatasetContent dataset={dataset} url={url} />
      </DatasetOriginContext>
    </PageLayout>
  );
}

interface DatasetContentProps {
  dataset: DatasetStatus;
  url: UrlStateHandle;
}

function DatasetContent({ dataset, url }: DatasetContentProps) {
  const { t } = useI18n();
  switch (dataset.status) {
    case 'loading':
      return <LoadingMessage progress={dataset.progress} downloading={dataset.downloading} />;
    case 'error':
      return (
        <DatasetErrorMessage
          error={dataset.error}
          title={dataset.invalid ? t.invalidData : t.loadError}
          onRetry={dataset.retry}
          retrying={dataset.retrying}
        />
      );
    case 'ready': {
      const { index, leftOut } = dataset.loaded;
      return (
        <>
          <LeftOutWarning problems={leftOut} />
          {/* Data that passed validation and still breaks the dashboard gets a message, and the
              controls above stay to open another file or go back to the built-in one. */}
          <ErrorBoundary
            resetKeys={[index]}
            fallback={(error) => <DatasetErrorMessage error={error} title={t.dashboardError} />}
          >
            <DashboardViews index={index} url={url} />
          </ErrorBoundary>
        </>
      );
    }
  }
}

interface DashboardViewsProps {
  index: DatasetIndex;
  url: UrlStateHandle;
}

function DashboardViews({ index, url }: DashboardViewsProps) {
  const filters = useDashboardFilters(url, index);
  const prepared = useDashboardView(index, filters.filters);
  useDocumentMeta(prepared.description);
  usePrefetchViews();
  return <DashboardLayout index={index} filters={filters} prepared={prepared} />;
}
