/**
 * This app's JSON of a dataset read straight into its index (importIndex.ts): what the browser
 * keeps for the next visit, byte for byte what the import would have written had it written JSON
 * (importProtocol.ts's DatasetJsonWriter): the head's lists, then the events' and quotes' records
 * as they were packed into the index (each one's JSON, in the order they were kept).
 */
import type { IndexData } from '@/domain/query/indexData';
import type { PackedRecords } from '@/domain/query/records';

const encoder = new TextEncoder();
const COMMA = 0x2c;

/** One chunk of packed records, comma-separated (a comma first too, unless it is the first). */
function chunkPart(packed: PackedRecords, c: number): Uint8Array<ArrayBuffer> {
  const bytes = packed.chunks[c] ?? new Uint8Array(0);
  const ends = packed.ends[c] ?? new Uint32Array(0);
  const out = new Uint8Array(bytes.byteLength + ends.length - (c === 0 ? 1 : 0));
  let at = 0;
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    if (i > 0 || c > 0) out[at++] = COMMA;
    const end = ends[i] ?? start;
    out.set(bytes.subarray(start, end), at);
    at += end - start;
    start = end;
  }
  return out;
}

/** The bytes of the records' part of the file: their JSON and the commas between them. */
function recordsSize(packed: PackedRecords): number {
  const count = packed.ends.reduce((sum, ends) => sum + ends.length, 0);
  const bytes = packed.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  return count === 0 ? 0 : bytes + count - 1;
}

/** A list of records of the head, as the writer writes it. */
const listOf = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r)).join(',');

export interface DatasetJson {
  /** Its size in bytes, known before it is made. */
  size: number;
  /** The file, made a chunk of records at a time (`pause` between chunks: the page draws). */
  file(name: string, pause?: () => Promise<void>): Promise<File>;
}

export function datasetJson(data: IndexData): DatasetJson {
  const { head } = data;
  const start = encoder.encode(
    [
      '{',
      head.title === undefined ? '' : `"title":${JSON.stringify(head.title)},`,
      head.dyad === undefined ? '' : `"dyad":${JSON.stringify(head.dyad)},`,
      `"sources":[${listOf(head.sources)}],`,
      `"people":[${listOf(head.people)}],`,
      `"places":[${listOf(head.places)}],`,
      '"events":[',
    ].join(''),
  );
  const middle = encoder.encode('],"quotes":[');
  const end = encoder.encode(']}\n');
  const size =
    start.byteLength +
    recordsSize(data.eventRecords) +
    middle.byteLength +
    recordsSize(data.quoteRecords) +
    end.byteLength;
  return {
    size,
    async file(name, pause = async () => {}) {
      const parts: BlobPart[] = [start];
      for (const packed of [data.eventRecords, data.quoteRecords]) {
        for (let c = 0; c < packed.chunks.length; c++) {
          // Each chunk into the browser's blob store at once: the copies are not all held here.
          parts.push(new Blob([chunkPart(packed, c)]));
          await pause();
        }
        parts.push(packed === data.eventRecords ? middle : end);
      }
      return new File(parts, name, { type: 'application/json' });
    },
  };
}
