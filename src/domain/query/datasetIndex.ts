/**
 * The index a page holds: the worker's data (indexData.ts) with the lookups the views use around
 * it. Records are made only when asked for (`eventAt`, `quoteAt`), from their bytes, and the last
 * few thousand kept; nothing here makes an object per event.
 */
import { daysInMonth, fromDayNumber, toDayNumber, type DaySpan } from '../dataset/dates';
import { ALL_DATES, type DateRange } from '../dataset/dateRange';
import type { FacetCounts, FacetId } from './facets';
import type { Finding } from '../scoring/finding';
import type {
  Dataset,
  DatasetHead,
  DiplomaticEvent,
  Person,
  Place,
  Quote,
  Source,
} from '../dataset/schema';
import type { MonthBin } from './timeAxis';
import { facetTotals } from './facetIndex';
import { idAt, positionOfId } from './ids';
import type { IndexData } from './indexData';
import { RecordReader } from './records';
import { eventReader } from './eventRecords';
import { rowContextOf } from './rowRecords';
import { DEFAULT_DYAD } from '../scoring/tension';

/** Events by id, as a Map answers (`get`, `has`, `size`), made when asked. */
export interface EventLookup {
  get(id: string): DiplomaticEvent | undefined;
  has(id: string): boolean;
  readonly size: number;
}

export class DatasetIndex {
  readonly data: IndexData;
  readonly head: DatasetHead;
  readonly finding: Finding;
  readonly placesById: ReadonlyMap<string, Place>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** A place's key in the aggregates (its index in the dataset's places). */
  readonly placeKey: ReadonlyMap<string, number>;
  /** The dataset's dates: the one extent the inputs, status line, chart and playback use. */
  readonly extent: DateRange;
  readonly extentDays: DaySpan | null;
  /** Events per month over the extent, for the overview strip under the timeline. */
  readonly monthBins: readonly MonthBin[];
  readonly eventsById: EventLookup;
  readonly #events: RecordReader<DiplomaticEvent>;
  readonly #quotes: RecordReader<Quote>;
  #facetTotals: FacetCounts | null = null;

  constructor(data: IndexData) {
    this.data = data;
    this.head = data.head;
    this.finding = data.finding;
    this.placesById = new Map(data.head.places.map((p) => [p.id, p]));
    this.peopleById = new Map(data.head.people.map((p) => [p.id, p]));
    this.sourcesById = new Map(data.head.sources.map((s) => [s.id, s]));
    this.placeKey = new Map(data.head.places.map((p, i) => [p.id, i]));
    this.extentDays = data.extent;
    this.extent = data.extent
      ? { from: fromDayNumber(data.extent.start), to: fromDayNumber(data.extent.end) }
      : ALL_DATES;
    this.monthBins = monthBinsOf(data);
    this.#events = eventReader(data.eventRecords, this.#rowContext());
    this.#quotes = new RecordReader(data.quoteRecords);
    this.eventsById = {
      get: (id) => {
        const p = this.positionOf(id);
        return p < 0 ? undefined : this.eventAt(p);
      },
      has: (id) => this.positionOf(id) >= 0,
      size: data.columns.count,
    };
  }

  /** What an import's GDELT rows name by index (rowRecords.ts). */
  #rowContext() {
    return rowContextOf(this.head, this.head.dyad ?? DEFAULT_DYAD);
  }

  get eventCount(): number {
    return this.data.columns.count;
  }

  /** The most events any one place has: the map sizes its circles against it. */
  get largestPlace(): number {
    const { offsets } = this.data.aggregates.byPlace;
    let largest = 0;
    for (let key = 0; key < this.data.head.places.length; key++)
      largest = Math.max(largest, (offsets[(key + 1) * 3] ?? 0) - (offsets[key * 3] ?? 0));
    return largest;
  }

  get quoteCount(): number {
    return this.data.quoteEvent.length;
  }

  /** The event at a position (made from its bytes, or the one made last time). */
  readonly eventAt = (position: number): DiplomaticEvent =>
    this.#events.read(this.data.eventSlots[position] ?? -1);

  idAt(position: number): string {
    return idAt(this.data.eventIds, position);
  }

  /** An event's position, or −1. */
  positionOf(id: string): number {
    return positionOfId(this.data.eventIds, id);
  }

  readonly quoteAt = (position: number): Quote =>
    this.#quotes.read(this.data.quoteSlots[position] ?? -1);

  /** The quotes of the event at a position, in the order they came. */
  quotesOfEvent(position: number): Quote[] {
    const quotes: Quote[] = [];
    const { quoteStart } = this.data.columns;
    for (let q = quoteStart[position] ?? 0; q < (quoteStart[position + 1] ?? 0); q++)
      quotes.push(this.quoteAt(q));
    return quotes;
  }

  /** The whole dataset as records, in the order the file gave them: for a download, on click. */
  toDataset(): Dataset {
    const events = eventReader(this.data.eventRecords, this.#rowContext(), 1);
    const quotes = new RecordReader<Quote>(this.data.quoteRecords, 1);
    return {
      ...this.head,
      events: Array.from({ length: this.eventCount }, (_, slot) => events.read(slot)),
      quotes: Array.from({ length: this.data.quoteSlots.length }, (_, slot) => quotes.read(slot)),
    };
  }

  /** Every value of each facet the dataset has, with its count there. */
  facetValues(): FacetCounts {
    this.#facetTotals ??= facetTotals(this.data.facets, this.data.codes);
    return this.#facetTotals;
  }

  /** The values of one facet, for checking a link's values. */
  facetValuesOf(facet: FacetId): ReadonlyMap<string, number> {
    return this.facetValues()[facet];
  }
}

function monthBinsOf({ months }: IndexData): MonthBin[] {
  if (!months) return [];
  const bins: MonthBin[] = [];
  months.counts.forEach((count, i) => {
    const index = months.firstMonth + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    const start = toDayNumber(`${key}-01`);
    const end = start + daysInMonth(year, month) - 1;
    bins.push({ month: key, start, end, count });
  });
  return bins;
}
