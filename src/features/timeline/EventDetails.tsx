import type { DiplomaticEvent, Person, Place, Source } from '@/domain/dataset/schema';
import { NoteText } from '@/components/NoteText';
import { DEFAULT_DYAD, toneEvidence, type Dyad } from '@/domain/scoring/tension';
import { isBandUncertain, tensionBand, tensionColor } from '@/domain/scoring/tensionBands';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/I18nProvider';
import { labelSource, sourceLabelText } from '@/i18n/sourceLabel';
import { TensionBreakdown } from './TensionBreakdown';
import './EventDetails.css';

export interface EventDetailsProps {
  event: DiplomaticEvent;
  place: Place | null;
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
  dyad?: Dyad;
  onClose: () => void;
}

/**
 * The selected event: what happened, who took part, its tone with the evidence it rests on (the
 * counted acts and their weights) and how it is made, and the notes.
 */
export function EventDetails({
  event,
  place,
  peopleById,
  sourcesById,
  dyad = DEFAULT_DYAD,
  onClose,
}: EventDetailsProps) {
  const { t, lang, pick, date, number } = useI18n();
  const people = event.participants.map((id) => peopleById.get(id)?.name ?? id);
  const evidence = toneEvidence(event.actions, dyad);
  return (
    <article className="event-details" aria-label={t.selectedEvent}>
      <header className="event-details__header">
        <div>
          <p className="event-details__kicker">
            {t.selectedEvent} · {date(event.date, event.datePrecision)} ·{' '}
            {place ? pick(place.name) : t.noPlace}
          </p>
          <h3 className="event-details__title">{pick(event.title)}</h3>
        </div>
        <button type="button" className="chip" onClick={onClose}>
          {t.clearEvent}
        </button>
      </header>
      <p>{pick(event.summary)}</p>
      <dl className="event-details__facts">
        <div>
          <dt>{t.colKind}</dt>
          <dd>
            {t.kind[event.kind]} · {t.status[event.status]}
            {event.category === 'context' ? ` · ${t.context}` : ''}
          </dd>
        </div>
        {people.length > 0 ? (
          <div>
            <dt>{t.participants}</dt>
            <dd>{people.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.colTension}</dt>
          <dd>
            <span
              className={`tension-pill${isBandUncertain(event.tensionRange) ? ' tension-pill--uncertain' : ''}${event.tension === null ? ' tension-pill--unscored' : ''}`}
              style={{ backgroundColor: tensionColor(event.tension) }}
              data-band={event.tension === null ? undefined : tensionBand(event.tension)}
            >
              {event.tension === null ? t.notScored : number(event.tension)}
            </span>
            {event.tensionRange && event.tensionRange[0] !== event.tensionRange[1] ? (
              <span className="muted">
                {' '}
                ({t.colRange.toLowerCase()}{' '}
                {t.rangeShort(number(event.tensionRange[0]), number(event.tensionRange[1]))})
              </span>
            ) : null}
            {evidence.acts > 0 ? (
              <span className="event-details__evidence">
                {t.toneEvidence(
                  evidence.acts,
                  formatNumber(evidence.conflict, lang),
                  formatNumber(evidence.cooperation, lang),
                )}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t.source}</dt>
          <dd>
            {event.sourceIds
              .map((id) => {
                const source = sourcesById.get(id);
                return source ? sourceLabelText(labelSource(source, t, date)) : id;
              })
              .join('; ')}
          </dd>
        </div>
      </dl>
      <TensionBreakdown event={event} sourcesById={sourcesById} dyad={dyad} />
      {event.note ? (
        <p className="event-details__note">
          <span className="event-details__note-label">{t.note}</span> <NoteText note={event.note} />
        </p>
      ) : null}
    </article>
  );
}
