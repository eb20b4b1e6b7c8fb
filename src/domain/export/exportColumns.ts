/**
 * The events shown as columns of the CSV template (formats.ts, TEMPLATE_EVENT_COLUMNS), for a
 * download as Parquet that opens in the app again through the template's reader. One row an
 * event; the template codes one act a row, so an event's first coded act is written (its other
 * acts are in the JSON download, which keeps everything).
 */
import { noteIn } from '../dataset/note';
import { TEMPLATE_EVENT_COLUMNS } from '../import/formats';
import type { DiplomaticEvent, Person, Place, Source } from '../dataset/schema';

export interface ColumnLookups {
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  sourcesById: ReadonlyMap<string, Source>;
}

export type TemplateColumn = (typeof TEMPLATE_EVENT_COLUMNS)[number];
/** The numeric columns; every other is text. */
export const NUMERIC_COLUMNS: ReadonlySet<TemplateColumn> = new Set(['latitude', 'longitude']);

/** How much of an ISO date a precision keeps: "2021", "2021-12", "2021-12-30". */
const DATE_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** Each template column's values, one an event, null where the event has none. */
export function eventsToColumns(
  events: readonly DiplomaticEvent[],
  lookups: ColumnLookups,
): Record<TemplateColumn, (string | number | null)[]> {
  const columns = {} as Record<TemplateColumn, (string | number | null)[]>;
  for (const name of TEMPLATE_EVENT_COLUMNS) columns[name] = [];
  for (const event of events) {
    const place = event.placeId === null ? undefined : lookups.placesById.get(event.placeId);
    const act = event.actions[0];
    const source = lookups.sourcesById.get(event.sourceIds[0] ?? '');
    const row: Record<TemplateColumn, string | number | null> = {
      id: event.id,
      date: event.date.slice(0, DATE_LENGTH[event.datePrecision]),
      place: place?.name.en ?? null,
      latitude: place?.lat ?? null,
      longitude: place?.lon ?? null,
      country: place?.country ?? null,
      kind: event.kind,
      status: event.status,
      title: event.title.en,
      title_vi: event.title.vi,
      summary: event.summary.en,
      summary_vi: event.summary.vi,
      participants:
        event.participants.map((id) => lookups.peopleById.get(id)?.name ?? id).join('; ') || null,
      source_url: source?.url ?? null,
      group: event.group ?? null,
      actor: act?.actor ?? null,
      target: act?.target ?? null,
      cameo: act?.cameo ?? null,
      sentence: act?.sentence ?? null,
      note: event.note === undefined ? null : noteIn(event.note, 'en').text,
    };
    for (const name of TEMPLATE_EVENT_COLUMNS) columns[name].push(row[name]);
  }
  return columns;
}
