import { NoteText } from '@/components/NoteText';
import type { Source } from '@/domain/schema';
import { BUILT_IN_DATASET_URL } from '@/data/datasetQuery';
import { useI18n } from '@/i18n/I18nProvider';
import { labelSource } from '@/i18n/sourceLabel';
import './About.css';

export interface AboutProps {
  sources: readonly Source[];
  /** The built-in dataset, whose sources are the five articles (else simply "Sources"). */
  builtIn: boolean;
}

/** Sources and method, under the views they support. */
export function About({ sources, builtIn }: AboutProps) {
  const { t, date } = useI18n();
  return (
    <footer className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.aboutHeading}</h2>
      <div className="about__columns">
        <section aria-labelledby="sources-heading">
          <h3 id="sources-heading">{builtIn ? t.sourcesHeading : t.sourcesHeadingOwn}</h3>
          <ol className="about__sources">
            {sources.map((source) => {
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
        </section>
        <section aria-labelledby="method-heading">
          <h3 id="method-heading">{t.methodHeading}</h3>
          <p>{t.methodText}</p>
          <p>{t.dataNote}</p>
          <p>
            <a href={BUILT_IN_DATASET_URL} download>
              {t.datasetLink}
            </a>
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
