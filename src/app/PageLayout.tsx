import type { ReactNode } from 'react';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { Language } from '@/domain/dataset/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';
import { About } from './About';
import { Header } from './Header';
import { useHeadlineFinding } from './useHeadlineFinding';

export interface PageLayoutProps {
  onLanguageChange: (lang: Language) => void;
  /** Which dataset is shown and the ways to change it, at the top of the main content. */
  datasetBar: ReactNode;
  /** What the dataset's state shows: loading, an error, or the dashboard. */
  children: ReactNode;
  /** Drawn over the whole page (the target for a dropped file). */
  overlay: ReactNode;
  /** The dataset shown, once there is one: the headline states its finding, the footer its sources. */
  dataset: DatasetIndex | null;
  /** Whether the dataset shown is the built-in one (not a file the reader opened). */
  builtIn: boolean;
}

/** The page's landmarks: a skip link, the header, the main content, the About footer. */
export function PageLayout({
  onLanguageChange,
  datasetBar,
  children,
  overlay,
  dataset,
  builtIn,
}: PageLayoutProps) {
  const { t } = useI18n();
  const finding = useHeadlineFinding(dataset?.finding ?? null);
  return (
    <>
      <a className="skip-link" href="#dashboard">
        {t.skipToContent}
      </a>
      <Header onLanguageChange={onLanguageChange} finding={finding} />
      <main id="dashboard" tabIndex={-1}>
        {datasetBar}
        {children}
      </main>
      {overlay}
      {dataset ? <About index={dataset} builtIn={builtIn} /> : null}
    </>
  );
}
