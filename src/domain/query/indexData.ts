/**
 * A dataset's index as the dataset worker sends it to the page: plain data and typed arrays only
 * (structured-clonable; the arrays' buffers are transferred, not copied).
 */
import { actDayBuffers, type ActDayIndex } from '../scoring/actDays';
import type { Finding } from '../scoring/finding';
import type { DatasetHead } from '../dataset/schema';
import type { SearchChunk } from './searchColumn';
import { aggregateBuffers, type Aggregates } from './aggregates';
import { columnBuffers, type EventCodes, type EventColumns } from './columns';
import { facetIndexBuffers, type FacetIndex } from './facetIndex';
import type { IdColumn } from './ids';
import type { MonthCounts } from './order';
import { recordBuffers, type PackedRecords } from './records';
import { eventRecordBuffers, type EventRecords } from './eventRecords';

export interface IndexData {
  head: DatasetHead;
  columns: EventColumns;
  codes: EventCodes;
  eventIds: IdColumn;
  /** The arrival slot of the event at each position: where its record is in `eventRecords`. */
  eventSlots: Int32Array;
  eventRecords: EventRecords;
  /** Quotes by position (the order of their events): each one's event position and record slot. */
  quoteEvent: Int32Array;
  quoteSlots: Int32Array;
  /** A quote's position by its arrival slot (−1: its event is not in the dataset). */
  quoteRanks: Int32Array;
  quoteRecords: PackedRecords;
  /** The quotes' folded text, in arrival order (store/searchColumn.ts). */
  search: SearchChunk[];
  aggregates: Aggregates;
  facets: FacetIndex;
  /** The first to the last day any event may fall on; null without events. */
  extent: { start: number; end: number } | null;
  months: MonthCounts | null;
  /** Every counted act by day, with prefix sums: the climate line reads it (domain/climate.ts). */
  actDays: ActDayIndex;
  /** What the headline says of this dataset (domain/finding.ts). */
  finding: Finding;
}

/** Every buffer to transfer with the index. */
export function indexBuffers(data: IndexData): ArrayBuffer[] {
  const buffers = [
    ...columnBuffers(data.columns),
    data.eventIds.ends.buffer as ArrayBuffer,
    data.eventIds.table.buffer as ArrayBuffer,
    data.eventSlots.buffer as ArrayBuffer,
    ...eventRecordBuffers(data.eventRecords),
    data.quoteEvent.buffer as ArrayBuffer,
    data.quoteSlots.buffer as ArrayBuffer,
    data.quoteRanks.buffer as ArrayBuffer,
    ...recordBuffers(data.quoteRecords),
    ...data.search.map((chunk) => chunk.ends.buffer as ArrayBuffer),
    ...aggregateBuffers(data.aggregates),
    ...facetIndexBuffers(data.facets),
    ...(data.months ? [data.months.counts.buffer as ArrayBuffer] : []),
    ...actDayBuffers(data.actDays),
  ];
  // A buffer listed twice cannot be transferred: each once.
  return [...new Set(buffers)];
}
