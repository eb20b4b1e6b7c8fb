import { useEffect } from 'react';
import type { Language } from '@/domain/dataset/vocabulary';
import { useI18n } from '@/i18n/I18nProvider';

/** The page's language on <html>, for screen readers, hyphenation and fonts. */
export function useDocumentLanguage(lang: Language) {
  useEffect(
    function reflectLanguageInDocument() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
}

/** The page's title and description (and their Open Graph copies) say what the view shows. */
export function useDocumentMeta(description: string) {
  const { t } = useI18n();
  useEffect(
    function describeViewInTitleAndMetadata() {
      document.title = `${description} · ${t.appTitle}`;
      setMeta('description', description);
      setMeta('og:title', t.appTitle);
      setMeta('og:description', description);
    },
    [description, t],
  );
}

/** Sets a <meta name=…> or <meta property=…> tag, making it if the page has none. */
function setMeta(name: string, content: string) {
  const attribute = name.startsWith('og:') ? 'property' : 'name';
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${name}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attribute, name);
    document.head.append(tag);
  }
  tag.content = content;
}
