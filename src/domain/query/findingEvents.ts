/** The events as the headline reads them (domain/finding.ts), from the index's columns. */
import { fromDayNumber } from '../dataset/dates';
import type { FindingEvent } from '../scoring/finding';
import { EVENT_CATEGORIES, EVENT_KINDS, EVENT_STATUSES } from '../dataset/vocabulary';
import { toneOrNull, type EventColumns } from './columns';
import { PRECISION_OF_LANE } from './lanes';
import { eventReader, type EventRecords } from './eventRecords';
import type { RowContext } from './rowRecords';

/**
 * The events as the headline reads them, made one at a time from the columns; an event's acts are
 * read from its record only if the headline asks for them (the meetings held).
 */
export function* findingEvents(
  columns: EventColumns,
  ids: readonly string[],
  placeIds: readonly string[],
  records: { order: Int32Array; records: EventRecords; context: RowContext },
): Generator<FindingEvent> {
  const reader = eventReader(records.records, records.context, 64);
  for (let p = 0; p < columns.count; p++) {
    const low = toneOrNull(columns.low[p]);
    const high = toneOrNull(columns.high[p]);
    const slot = records.order[p] ?? 0;
    const start = columns.start[p] ?? 0;
    yield {
      day: columns.day[p] ?? 0,
      datePrecision: PRECISION_OF_LANE[columns.lane[p] ?? 0] ?? 'day',
      get actions() {
        return reader.read(slot).actions;
      },
      id: ids[p] ?? '',
      kind: EVENT_KINDS[columns.kind[p] ?? 0] ?? 'event',
      category: EVENT_CATEGORIES[columns.category[p] ?? 0] ?? 'context',
      status: EVENT_STATUSES[columns.status[p] ?? 0] ?? 'held',
      placeId: placeIds[columns.place[p] ?? -1] ?? null,
      // Made only if read (a meeting's): a million events, few of them meetings.
      get date() {
        return fromDayNumber(start);
      },
      tension: toneOrNull(columns.tone[p]),
      tensionRange: low === null || high === null ? null : [low, high],
    };
  }
}
