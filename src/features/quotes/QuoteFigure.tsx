import { memo, useId, useState, type Ref } from 'react';
import { InContext } from '@/components/InContext';
import { NoteText } from '@/components/NoteText';
import type { Person, Place, Quote, Source } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { labelSource } from '@/i18n/sourceLabel';
import './QuoteFigure.css';

export interface QuoteFigureProps {
  quote: Quote;
  speaker: Person | null;
  place: Place | null;
  source: Source | null;
  /** Given to the quote that takes the focus when it appears (the first of a page shown last). */
  ref?: Ref<HTMLElement>;
}

/**
 * One quote as a figure: in the language it was printed in (Vietnamese, unless the dataset says
 * `language: "en"`), the words as printed; in the other, the translation, marked as such, with the
 * original one click away. Memoised (its props are the dataset's own objects): a
 * filter change draws only the quotes that come into the list.
 */
export const QuoteFigure = memo(function QuoteFigure({
  quote,
  speaker,
  place,
  source,
  ref,
}: QuoteFigureProps) {
  const { t, lang, pick, date } = useI18n();
  const [showOriginal, setShowOriginal] = useState(false);
  const original = quote.language ?? 'vi';
  const originalId = useId();
  const name = speaker ? speaker.name : quote.speaker ? pick(quote.speaker.name) : '';
  const role = speaker ? pick(speaker.role) : null;
  const label = source ? labelSource(source, t, date) : null;
  const url = label?.url ?? null;

  return (
    <figure
      className="quote"
      data-side={speaker?.country ?? quote.speaker?.country ?? ''}
      ref={ref}
      tabIndex={ref ? -1 : undefined}
    >
      {lang === original ? (
        <blockquote lang={original} className="quote__text" cite={url ?? undefined}>
          <p>{quote.text[original]}</p>
        </blockquote>
      ) : (
        <>
          <blockquote lang={lang} className="quote__text" cite={url ?? undefined}>
            <p>{quote.text[lang]}</p>
          </blockquote>
          <p className="quote__translation">
            <span className="quote__badge">{t.translatedFrom[original]}</span>
            <button
              type="button"
              className="link-button"
              aria-expanded={showOriginal}
              aria-controls={originalId}
              onClick={() => setShowOriginal((v) => !v)}
            >
              {showOriginal ? t.hideOriginal : t.showOriginal}
            </button>
          </p>
          <blockquote
            id={originalId}
            lang={original}
            className="quote__original"
            hidden={!showOriginal}
          >
            <p>{quote.text[original]}</p>
          </blockquote>
        </>
      )}
      <figcaption className="quote__caption">
        <span className="quote__speaker">{name}</span>
        {role ? <span className="quote__role">, {role}</span> : null}
        <span className="quote__meta">
          {' · '}
          {date(quote.date, quote.datePrecision)}
          {place ? ` · ${pick(place.name)}` : ''}
          {label ? (
            <>
              {' · '}
              {t.source}: {label.publisher},{' '}
              {url ? (
                <a
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  lang={label.isHeadline ? source?.language : undefined}
                >
                  {label.headline}
                </a>
              ) : (
                <cite lang={label.isHeadline ? source?.language : undefined}>{label.headline}</cite>
              )}
              {label.date ? `, ${label.date}` : ''}
            </>
          ) : null}
        </span>
        {quote.note ? (
          <span className="quote__note">
            {t.note} <NoteText note={quote.note} />
          </span>
        ) : null}
        <InContext text={quote.text.vi} source={source} />
      </figcaption>
    </figure>
  );
});
