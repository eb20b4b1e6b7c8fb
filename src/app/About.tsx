import { useState } from 'react';
import { NoteText } from '@/components/NoteText';
import { BUILT_IN_DATASET_URL } from '@/data/datasetQuery';
import { datasetToJson } from '@/domain/export/exportData';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { Source } from '@/domain/dataset/schema';
import { DEFAULT_DYAD } from '@/domain/scoring/tension';
import { saveText } from '@/features/share/download';
import { useI18n } from '@/i18n/I18nProvider';
import { actorCountryLabel } from '@/i18n/actorNames';
import { labelSource } from '@/i18n/sourceLabel';
import './About.css';

/** Sources shown at a time: a GDELT import has one per distinct link, tens of thousands. */
export const SOURCES_PAGE = 20;

export interface AboutProps {
  /** The dataset on screen: its sources, its two sides, and its records for a download. */
  index: DatasetIndex;
  /**
   * The built-in dataset, whose sources are the five articles, whose method text and notes are
   * its own (else the dataset's dyad is named, and the data on screen is what the link saves).
   */
  builtIn: boolean;
}

/** Sources and method, under the views they support. */
export function About({ index, builtIn }: AboutProps) {
  const { t, lang } = useI18n();
  const dataset = index.head;
  const [first, second] = dataset.dyad ?? DEFAULT_DYAD;
  return (
    <footer className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.aboutHeading}</h2>
      <div className="about__columns">
        <section aria-labelledby="sources-heading">
          <h3 id="sources-heading">{builtIn ? t.sourcesHeading : t.sourcesHeadingOwn}</h3>
          <SourceList sources={dataset.sources} />
        </section>
        <section aria-labelledby="method-heading">
          <h3 id="method-heading">{t.methodHeading}</h3>
          {builtIn ? (
            <>
              <p>{t.methodText}</p>
              <p>{t.dataNote}</p>
            </>
          ) : (
            <p>
              {t.methodTextOwn(actorCountryLabel(first, lang), actorCountryLabel(second, lang))}
            </p>
          )}
          <p>
            {builtIn ? (
              <a href={BUILT_IN_DATASET_URL} download>
                {t.datasetLink}
              </a>
            ) : (
              <button
                type="button"
                className="link-button"
                // Made when asked: the records are read from the index only for the download.
                onClick={() =>
                  saveText(datasetToJson(index.toDataset()), 'data.json', 'application/json')
                }
              >
                {t.datasetLinkOwn}
              </button>
            )}
            {' · '}
            <a href={BUILT_IN_DATASET_URL.replace('events.json', 'events.schema.json')} download>
              {t.schemaLink}
            </a>
          </p>
        </section>
      </div>
    </footer>
  );
}

/**
 * The sources a page at a time, whatever the data holds (review C9): the DOM has twenty at most,
 * with the way to the others.
 */
function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, date, number } = useI18n();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(sources.length / SOURCES_PAGE));
  const at = Math.min(page, pages - 1);
  const start = at * SOURCES_PAGE;
  const shown = sources.slice(start, start + SOURCES_PAGE);
  return (
    <>
      <ol className="about__sources" start={start + 1}>
        {shown.map((source) => {
          const label = labelSource(source, t, date);
          const lang = label.isHeadline ? source.language : undefined;
          return (
            <li key={source.id}>
              <span className="about__publisher">{label.publisher}</span>
              {' — '}
              {label.url ? (
                <a href={label.url} target="_blank" rel="noopener noreferrer" lang={lang}>
                  {label.headline}
                </a>
              ) : (
                <cite lang={lang}>{label.headline}</cite>
              )}
              {label.date ? <span> · {label.date}</span> : null}
              {source.credit ? <span lang={source.language}> · {source.credit}</span> : null}
              {source.note ? (
                <p className="about__note">
                  <NoteText note={source.note} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav className="about__pages" aria-label={t.sourcePages}>
          <button
            type="button"
            className="chip"
            disabled={at === 0}
            onClick={() => setPage(at - 1)}
          >
            {t.previousPage}
          </button>{' '}
          <span role="status">
            {t.sourcesShown(
              number(start + 1, 0),
              number(start + shown.length, 0),
              number(sources.length, 0),
            )}
          </span>{' '}
          <button
            type="button"
            className="chip"
            disabled={at === pages - 1}
            onClick={() => setPage(at + 1)}
          >
            {t.nextPage}
          </button>
        </nav>
      ) : null}
    </>
  );
}
