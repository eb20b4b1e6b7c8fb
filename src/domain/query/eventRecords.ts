/**
 * An index's event records: each event's JSON (records.ts), or, for an import's GDELT rows
 * checked column by column, their columns (rowRecords.ts); an import may hold both, its other
 * rows having gone the usual way. Read by slot (arrival order) either way.
 */
import type { GdeltRow } from '../dataset/gdeltRow';
import type { DiplomaticEvent } from '../dataset/schema';
import { int32s, type Growable } from './growable';
import { RecordPacker, recordBuffers, RecordReader, type PackedRecords } from './records';
import {
  rowBuffers,
  rowEvent,
  RowRecordsBuilder,
  type RowContext,
  type RowHeads,
  type RowRecords,
} from './rowRecords';

export interface EventRecords {
  packed: PackedRecords;
  rows: RowRecords | null;
  /** Per slot: its row (≥ 0) or −1 − its place among the packed; null: every record packed. */
  where: Int32Array | null;
}

export const eventRecordBuffers = ({ packed, rows, where }: EventRecords): ArrayBuffer[] => [
  ...recordBuffers(packed),
  ...(rows ? rowBuffers(rows) : []),
  ...(where ? [where.buffer as ArrayBuffer] : []),
];

/** The events' records read by slot, the most recent `limit` kept (records.ts). */
export function eventReader(
  records: EventRecords,
  context: RowContext,
  limit?: number,
): RecordReader<DiplomaticEvent> {
  const { rows, where } = records;
  if (rows === null || where === null) return new RecordReader(records.packed, limit);
  const packed = new RecordReader<DiplomaticEvent>(records.packed, 1);
  return new RecordReader((slot) => {
    const at = where[slot] ?? -1;
    return at >= 0 ? rowEvent(rows, at, context) : packed.read(-1 - at);
  }, limit);
}

/** Events' records as they arrive: each as JSON, or a GDELT row as columns. */
export class EventRecordsBuilder {
  readonly #packed = new RecordPacker();
  readonly #rows = new RowRecordsBuilder();
  #where: Growable<Int32Array> | null = null;

  add(event: DiplomaticEvent): void {
    this.#packed.add(event);
    this.#where?.push(-1 - (this.#packed.count - 1));
  }

  addRow(row: GdeltRow, heads: RowHeads): void {
    if (this.#where === null) {
      this.#where = int32s(Math.max(1024, this.#packed.count * 2));
      for (let slot = 0; slot < this.#packed.count; slot++) this.#where.push(-1 - slot);
    }
    this.#where.push(this.#rows.count);
    this.#rows.add(row, heads);
  }

  finish(): EventRecords {
    return {
      packed: this.#packed.finish(),
      rows: this.#where ? this.#rows.finish() : null,
      where: this.#where?.finish() ?? null,
    };
  }
}
