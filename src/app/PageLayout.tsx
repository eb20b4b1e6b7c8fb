import type { ReactNode } from 'react';
import type { Source } from '@/domain/schema';
import type { Language } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';
import { About } from './About';
import { Header } from './Header';

export interface PageLayoutProps {
  onLanguageChange: (lang: Language) => void;
  /** Which dataset is shown and the ways to change it, at the top of the main content. */
  datasetBar: ReactNode;
  /** What the dataset's state shows: loading, an error, or the dashboard. */
  children: ReactNode;
  /** Drawn over the whole page (the target for a dropped file). */
  overlay: ReactNode;
  /** The sources the About footer lists, once a dataset is shown. */
  sources: readonly Source[] | null;
}

/** The page's landmarks: a skip link, the header, the main content, the About footer. */
export function PageLayout({
  onLanguageChange,
  datasetBar,
  children,
  overlay,
  sources,
}: PageLayoutProps) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#dashboard">
        {t.skipToContent}
      </a>
      <Header onLanguageChange={onLanguageChange} />
      <main id="dashboard" tabIndex={-1}>
        {datasetBar}
        {children}
      </main>
      {overlay}
      {sources ? <About sources={sources} /> : null}
    </>
  );
}
