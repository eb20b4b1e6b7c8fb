import type { TimelinePoint } from '@/domain/aggregate';
import type { Place } from '@/domain/schema';
import { usePagedList } from '@/hooks/usePagedList';
import { useI18n } from '@/i18n/I18nProvider';

/** Rows drawn at a time: the DOM stays small whatever the size of the data. */
export const TABLE_PAGE = 200;

/** Rows are rebuilt with every selection: a row is its event. */
const eventOf = (point: TimelinePoint) => point.eventId;

export interface TimelineTableProps {
  series: readonly TimelinePoint[];
  placesById: ReadonlyMap<string, Place>;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string | null) => void;
}

/** The chart's data as a table: the text alternative, and a keyboard way to select an event. */
export function TimelineTable({
  series,
  placesById,
  selectedEventId,
  onSelectEvent,
}: TimelineTableProps) {
  const { t, pick, date, number } = useI18n();
  const rows = usePagedList(series, TABLE_PAGE, eventOf);
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
          {rows.shown.map((point, i) => {
            const place = point.placeId === null ? null : placesById.get(point.placeId);
            const selected = point.eventId === selectedEventId;
            return (
              // The row's button says it is selected (aria-pressed); a plain table's rows do not.
              <tr
                key={point.eventId}
                className={point.highlighted ? '' : 'muted'}
                data-selected={selected || undefined}
              >
                <td>{date(point.date, point.datePrecision)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    ref={rows.focusRef(i)}
                    aria-pressed={selected}
                    onClick={() => onSelectEvent(selected ? null : point.eventId)}
                  >
                    {pick(point.title)}
                  </button>
                </th>
                <td>{place ? pick(place.name) : t.noPlace}</td>
                <td>{t.kind[point.kind]}</td>
                <td>{t.status[point.status]}</td>
                <td className="numeric">
                  {point.tension === null ? t.notScored : number(point.tension)}
                </td>
                <td className="numeric">
                  {point.tensionRange
                    ? t.rangeShort(number(point.tensionRange[0]), number(point.tensionRange[1]))
                    : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.hidden > 0 ? (
        <p className="muted">
          {t.tableLimited(rows.shown.length, series.length)}{' '}
          <button type="button" className="chip" onClick={rows.showMore}>
            {t.showMore(rows.nextPage)}
          </button>
        </p>
      ) : null}
    </div>
  );
}
