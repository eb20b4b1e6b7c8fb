import { climateOfEvent, type ClimatePoint } from '@/domain/query/climateSeries';
import type { DatasetIndex } from '@/domain/query/datasetIndex';
import type { PositionList } from '@/domain/query/eventSet';
import { CLIMATE_WINDOW } from '@/domain/scoring/sensitivity';
import { DEFAULT_DYAD, toneEvidence } from '@/domain/scoring/tension';
import { usePages } from '@/hooks/usePages';
import { useI18n, type I18n } from '@/i18n/I18nProvider';

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

/** "6.2 (5.1–7.0), 14 acts": the climate going into an event; "no act" where its window has none. */
function climateText(climate: ClimatePoint, { t, number }: I18n): string {
  if (climate.value === null) return climate.acts === 0 ? t.noClimate : t.notScored;
  const range =
    climate.low === null || climate.high === null
      ? number(climate.value, 1)
      : t.rangeShort(number(climate.low, 1), number(climate.high, 1));
  return t.climateCell(number(climate.value, 1), range, climate.acts);
}

/** The chart's data as a table: the text alternative, and a keyboard way to select an event. */
export function TimelineTable({
  events,
  index,
  placeId,
  selectedEventId,
  onSelectEvent,
}: TimelineTableProps) {
  const i18n = useI18n();
  const { t, pick, date, number } = i18n;
  const { actDays } = index.data;
  const dyad = index.head.dyad ?? DEFAULT_DYAD;
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
            <th scope="col">{t.colEvidence}</th>
            <th scope="col">{t.colClimate(CLIMATE_WINDOW)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event, i) => {
            const place = event.placeId === null ? null : index.placesById.get(event.placeId);
            const selected = event.id === selectedEventId;
            const highlighted = placeId === null || event.placeId === placeId;
            const evidence = toneEvidence(event.actions, dyad);
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
                <td>
                  {evidence.acts === 0
                    ? '–'
                    : t.toneEvidenceShort(
                        evidence.acts,
                        number(evidence.conflict, 1),
                        number(evidence.cooperation, 1),
                      )}
                </td>
                <td>{climateText(climateOfEvent(actDays, event), i18n)}</td>
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
