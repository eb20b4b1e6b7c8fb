/** The events as the headline reads them (domain/finding.ts), from the index's columns. */
import { fromDayNumber } from '../dataset/dates';
import { isKeyMeeting, type FindingEvent } from '../scoring/finding';
import type { DiplomaticEvent } from '../dataset/schema';
import { EVENT_CATEGORIES, EVENT_KINDS, EVENT_STATUSES } from '../dataset/vocabulary';
import { toneOrNull, type EventColumns } from './columns';
import { PRECISION_OF_LANE } from './lanes';
import type { RecordReader } from './records';
import { eventReader, type EventRecords } from './eventRecords';
import type { RowContext } from './rowRecords';

/** What the events of one index share: its columns, its records, and the last date made. */
class EventColumnsSource {
  readonly reader: RecordReader<DiplomaticEvent>;
  #lastStart = Number.NaN;
  #lastDate = '';

  constructor(
    readonly columns: EventColumns,
    readonly ids: readonly string[],
    readonly placeIds: readonly string[],
    readonly records: { order: Int32Array; records: EventRecords; context: RowContext },
  ) {
    this.reader = eventReader(records.records, records.context, 64);
  }

  /** fromDayNumber(start), made once a run of events on the same first day (they come sorted). */
  dateOf(start: number): string {
    if (start !== this.#lastStart) {
      this.#lastStart = start;
      this.#lastDate = fromDayNumber(start);
    }
    return this.#lastDate;
  }
}

/**
 * One event as the headline reads it. Its date and acts are getters on the class, made only if
 * read (a meeting's): a million events, few of them meetings, and no closures made per event.
 */
class ColumnEvent implements FindingEvent {
  readonly day: number;
  readonly datePrecision: FindingEvent['datePrecision'];
  readonly id: string;
  readonly kind: FindingEvent['kind'];
  readonly category: FindingEvent['category'];
  readonly status: FindingEvent['status'];
  readonly placeId: string | null;
  readonly tension: number | null;
  readonly tensionRange: [number, number] | null;
  readonly #source: EventColumnsSource;
  readonly #p: number;

  constructor(source: EventColumnsSource, p: number) {
    const { columns } = source;
    const low = toneOrNull(columns.low[p]);
    const high = toneOrNull(columns.high[p]);
    this.#source = source;
    this.#p = p;
    this.day = columns.day[p] ?? 0;
    this.datePrecision = PRECISION_OF_LANE[columns.lane[p] ?? 0] ?? 'day';
    this.id = source.ids[p] ?? '';
    this.kind = EVENT_KINDS[columns.kind[p] ?? 0] ?? 'event';
    this.category = EVENT_CATEGORIES[columns.category[p] ?? 0] ?? 'context';
    this.status = EVENT_STATUSES[columns.status[p] ?? 0] ?? 'held';
    this.placeId = source.placeIds[columns.place[p] ?? -1] ?? null;
    this.tension = toneOrNull(columns.tone[p]);
    this.tensionRange = low === null || high === null ? null : [low, high];
  }

  get actions(): DiplomaticEvent['actions'] {
    return this.#source.reader.read(this.#source.records.order[this.#p] ?? 0).actions;
  }

  get date(): string {
    return this.#source.dateOf(this.#source.columns.start[this.#p] ?? 0);
  }
}

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
  const source = new EventColumnsSource(columns, ids, placeIds, records);
  for (let p = 0; p < columns.count; p++) yield new ColumnEvent(source, p);
}

/**
 * Only the key meetings among them (FindingInput.meetings), picked from the columns: the test is
 * isKeyMeeting's own, on what the event would be made with, so none is missed.
 */
export function* findingMeetings(
  columns: EventColumns,
  ids: readonly string[],
  placeIds: readonly string[],
  records: { order: Int32Array; records: EventRecords; context: RowContext },
): Generator<FindingEvent> {
  const source = new EventColumnsSource(columns, ids, placeIds, records);
  for (let p = 0; p < columns.count; p++) {
    const meeting = isKeyMeeting({
      kind: EVENT_KINDS[columns.kind[p] ?? 0] ?? 'event',
      category: EVENT_CATEGORIES[columns.category[p] ?? 0] ?? 'context',
      placeId: placeIds[columns.place[p] ?? -1] ?? null,
    });
    if (meeting) yield new ColumnEvent(source, p);
  }
}
