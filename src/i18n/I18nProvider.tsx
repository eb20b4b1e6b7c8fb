import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '@/domain/dataset/schema';
import type { DatePrecision, Language } from '@/domain/dataset/vocabulary';
import { formatDate, formatNumber } from './format';
import { loadedMessages, loadMessages } from './loadMessages';
import { en, type Messages } from './messages';

export interface I18n {
  lang: Language;
  t: Messages;
  /** Picks the reader's language from a `{en, vi}` text of the dataset. */
  pick: (text: LocalizedText) => string;
  date: (iso: string, precision: DatePrecision) => string;
  number: (value: number, fractionDigits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The language whose messages the page shows: `lang` once its messages are in (app/start.tsx
 * fetches the first language's before the app renders), and until then the one shown before (or
 * English, always in). A fetch that fails leaves the page in the language it was in.
 */
function useShownLanguage(lang: Language): Language {
  const [previous, setPrevious] = useState<Language>('en');
  useEffect(
    function fetchTheLanguage() {
      let live = true;
      loadMessages(lang).then(
        () => {
          if (live) setPrevious(lang);
        },
        () => {},
      );
      return () => {
        live = false;
      };
    },
    [lang],
  );
  return loadedMessages(lang) ? lang : previous;
}

export function I18nProvider({ lang: wanted, children }: { lang: Language; children: ReactNode }) {
  const lang = useShownLanguage(wanted);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: loadedMessages(lang) ?? en,
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
