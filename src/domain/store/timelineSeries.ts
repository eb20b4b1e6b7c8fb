/** The timeline's series: one point per event in the range, for the chart and its table. */
import type { IndexedEvent } from '../aggregate';
import type { DiplomaticEvent, LocalizedText } from '../schema';
import type { EventCategory, EventKind, EventStatus } from '../vocabulary';

export interface TimelinePoint {
  eventId: string;
  /** Day number of the point's position (the middle of the month for month precision). */
  day: number;
  /** Null for an event with no action between the two sides: drawn in a lane of its own. */
  tension: number | null;
  tensionRange: [number, number] | null;
  kind: EventKind;
  status: EventStatus;
  category: EventCategory;
  title: LocalizedText;
  placeId: string | null;
  date: string;
  datePrecision: DiplomaticEvent['datePrecision'];
  /** In the selected place (or no place is selected). */
  highlighted: boolean;
  selected: boolean;
}

/**
 * A point of the series. Its title is read when a mark or a row shows it: an event's text is kept
 * as bytes until then (store/storedRecords.ts), and the series holds every event in the range. A
 * class, not an object literal with a getter: such literals are made and read several times
 * slower (measured in Node at 100,000 points: about 10× to build).
 */
class SeriesPoint implements TimelinePoint {
  readonly eventId: string;
  readonly day: number;
  readonly tension: number | null;
  readonly tensionRange: [number, number] | null;
  readonly kind: EventKind;
  readonly status: EventStatus;
  readonly category: EventCategory;
  readonly placeId: string | null;
  readonly date: string;
  readonly datePrecision: DiplomaticEvent['datePrecision'];
  readonly highlighted: boolean;
  readonly selected: boolean;
  readonly #event: DiplomaticEvent;

  constructor(event: DiplomaticEvent, day: number, highlighted: boolean, selected: boolean) {
    this.eventId = event.id;
    this.day = day;
    this.tension = event.tension;
    this.tensionRange = event.tensionRange;
    this.kind = event.kind;
    this.status = event.status;
    this.category = event.category;
    this.placeId = event.placeId;
    this.date = event.date;
    this.datePrecision = event.datePrecision;
    this.highlighted = highlighted;
    this.selected = selected;
    this.#event = event;
  }

  get title(): LocalizedText {
    return this.#event.title;
  }
}

export function buildTimelineSeries(
  events: readonly IndexedEvent[],
  selectedPlaceId: string | null,
  selectedEventId: string | null = null,
): TimelinePoint[] {
  return events.map(
    ({ event, day }) =>
      new SeriesPoint(
        event,
        day,
        selectedPlaceId === null || event.placeId === selectedPlaceId,
        event.id === selectedEventId,
      ),
  );
}
