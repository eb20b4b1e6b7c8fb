import { useId, useState } from 'react';
import type { Source } from '@/domain/dataset/schema';
import { findPassage } from '@/domain/dataset/passage';
import { useI18n } from '@/i18n/I18nProvider';
import { labelSource } from '@/i18n/sourceLabel';
import './InContext.css';

export interface InContextProps {
  /** The words to find and highlight: a quote or a coded sentence, as the data holds them. */
  text: string;
  source: Source | null;
}

/**
 * "Show in the article": the paragraph that holds the text, with the text marked, and the
 * article it comes from (publisher, headline, date, link), one click from the claim.
 */
export function InContext({ text, source }: InContextProps) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const passage = source ? findPassage(source.paragraphs, text) : null;
  const label = source ? labelSource(source, t, date) : null;

  return (
    <div className="in-context">
      <button
        type="button"
        className="link-button in-context__toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t.hideInArticle : t.showInArticle}
      </button>
      <div id={regionId} className="in-context__body" hidden={!open}>
        {open ? (
          <>
            {passage ? (
              <blockquote className="in-context__paragraph" lang={source?.language}>
                <p>
                  {passage.paragraph.slice(0, passage.start)}
                  <mark>{passage.paragraph.slice(passage.start, passage.end)}</mark>
                  {passage.paragraph.slice(passage.end)}
                </p>
              </blockquote>
            ) : (
              <>
                <blockquote className="in-context__paragraph" lang={source?.language}>
                  <p>
                    <mark>{text}</mark>
                  </p>
                </blockquote>
                <p className="muted">{t.noParagraph}</p>
              </>
            )}
            {label ? (
              <p className="in-context__source">
                {label.publisher}
                {', '}
                {label.url ? (
                  <a
                    href={label.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    lang={label.isHeadline ? source?.language : undefined}
                  >
                    {label.headline}
                  </a>
                ) : (
                  <cite lang={label.isHeadline ? source?.language : undefined}>
                    {label.headline}
                  </cite>
                )}
                {label.date ? `, ${label.date}` : ''}
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
