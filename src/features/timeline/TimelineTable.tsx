import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { PositionList } from '@/domain/query/eventSet';
import { usePages } from '@/hooks/usePages';
import { useI18n } from '@/i18n/I18nProvider';

/** Rows drawn at a time: the DOM stays small whatever the size of the data. */
export const TABLE_PAGE = 200;

export interface TimelineTableProps {
  /** The events in the range, at any place: a row each, made a page at a time. */
  events: PositionList;
  index: DatasetIndex;
  /** The selected place: rows elsewhere are muted. */
  placeId: string | null;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string | null) => void;
}

/** The chart's data as a table: the text alternative, and a keyboard way to select an event. */
export function TimelineTable({
  events,
  index,
  placeId,
  selectedEventId,
  onSelectEvent,
}: TimelineTableProps) {
  const { t, pick, date, number } = useI18n();
  const pages = usePages(events, events.length, TABLE_PAGE);
  const rows = Array.from(events.take(pages.limit), (p) => index.eventAt(p));
  return (
    <div className="table-scroll">
      <table>
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colDate}</th>
            <th scope="col">{t.colEvent}</th>
            <th scope="col">{t.colPlace}</th>
            <th scope="col">{t.colKind}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col" className="numeric">
              {t.colTension}
            </th>
            <th scope="col" className="numeric">
              {t.colRange}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event, i) => {
            const place = event.placeId === null ? null : index.placesById.get(event.placeId);
            const selected = event.id === selectedEventId;
            const highlighted = placeId === null || event.placeId === placeId;
            return (
              // The row's button says it is selected (aria-pressed); a plain table's rows do not.
              <tr
                key={event.id}
                className={highlighted ? '' : 'muted'}
                data-selected={selected || undefined}
              >
                <td>{date(event.date, event.datePrecision)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    ref={pages.focusRef(i)}
                    aria-pressed={selected}
                    onClick={() => onSelectEvent(selected ? null : event.id)}
                  >
                    {pick(event.title)}
                  </button>
                </th>
                <td>{place ? pick(place.name) : t.noPlace}</td>
                <td>{t.kind[event.kind]}</td>
                <td>{t.status[event.status]}</td>
                <td className="numeric">
                  {event.tension === null ? t.notScored : number(event.tension)}
                </td>
                <td className="numeric">
                  {event.tensionRange
                    ? t.rangeShort(number(event.tensionRange[0]), number(event.tensionRange[1]))
                    : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages.hidden > 0 ? (
        <p className="muted">
          {t.tableLimited(rows.length, events.length)}{' '}
          <button type="button" className="chip" onClick={pages.showMore}>
            {t.showMore(pages.nextPage)}
          </button>
        </p>
      ) : null}
    </div>
  );
}
