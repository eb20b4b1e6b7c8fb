import { memo } from 'react';
import type { DiplomaticEvent } from '@/domain/dataset/schema';
import type { PositionList } from '@/domain/query/eventSet';
import { Panel } from '@/components/Panel';
import { usePages } from '@/hooks/usePages';
import { useI18n } from '@/i18n/I18nProvider';
import './UnplacedPanel.css';

/** Events without a place listed at a time. */
const LIST_PAGE = 30;

export interface UnplacedPanelProps {
  /** The events in range with no place, made a page at a time. */
  unplacedEvents: PositionList;
  /** An event by position (the index's `eventAt`). */
  eventAt: (position: number) => DiplomaticEvent;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string | null) => void;
}

/**
 * The calls and statements the map cannot show, having no place: a list beside the map, each
 * event a button that selects it. Memoised: it re-renders when what it lists changes.
 */
export const UnplacedPanel = memo(function UnplacedPanel({
  unplacedEvents,
  eventAt,
  selectedEventId,
  onSelectEvent,
}: UnplacedPanelProps) {
  const { t, pick, date } = useI18n();
  const unplaced = usePages(unplacedEvents, unplacedEvents.length, LIST_PAGE);
  const shown = Array.from(unplacedEvents.take(unplaced.limit), eventAt);
  return (
    <Panel label={t.unplacedHeading} heading={t.unplacedHeading} className="panel--unplaced">
      {unplacedEvents.length === 0 ? (
        <p className="muted">{t.unplacedEmpty}</p>
      ) : (
        <ul className="unplaced__list">
          {shown.map((event, i) => (
            <li key={event.id}>
              <button
                type="button"
                className="event-link"
                ref={unplaced.focusRef(i)}
                aria-pressed={event.id === selectedEventId}
                onClick={() => onSelectEvent(event.id === selectedEventId ? null : event.id)}
              >
                <span className="event-link__date">{date(event.date, event.datePrecision)}</span>
                <span className="event-link__title">
                  {pick(event.title)}{' '}
                  <span className="event-link__meta">
                    · {t.kind[event.kind]}
                    {event.status === 'held' ? '' : `, ${t.status[event.status]}`}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {unplaced.hidden > 0 ? (
        <button type="button" className="chip" onClick={unplaced.showMore}>
          {t.showMore(unplaced.nextPage)}
        </button>
      ) : null}
    </Panel>
  );
});
