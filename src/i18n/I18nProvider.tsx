import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LocalizedText } from '@/domain/schema';
import type { DatePrecision, Language } from '@/domain/vocabulary';
import { formatDate, formatNumber } from './format';
import { MESSAGES, type Messages } from './messages';

export interface I18n {
  lang: Language;
  t: Messages;
  /** Picks the reader's language from a `{en, vi}` text of the dataset. */
  pick: (text: LocalizedText) => string;
  date: (iso: string, precision: DatePrecision) => string;
  number: (value: number, fractionDigits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: MESSAGES[lang],
      pick: (text) => text[lang],
      date: (iso, precision) => formatDate(iso, precision, lang),
      number: (n, digits) => formatNumber(n, lang, digits),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The language of the browser, when the URL does not say: Vietnamese for vi-*, else English. */
export function browserLanguage(): Language {
  const languages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languages.some((l) => l.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}
