/**
 * Whole records kept as UTF-8 JSON, one byte array per chunk of records, read back (decoded and
 * parsed) only when a view shows one. Text is most of a record (titles, summaries, coded
 * sentences, quotes in two languages): as bytes it stays out of the heap and moves from the worker
 * to the page without a copy. Records are numbered by arrival (their slot), not by position.
 */
export interface PackedRecords {
  /** Records per chunk (the last may hold fewer). */
  chunkSize: number;
  chunks: Uint8Array[];
  /** ends[c][i]: where record i of chunk c ends in chunks[c]. */
  ends: Uint32Array[];
}

export const RECORDS_PER_CHUNK = 8192;

/** Packs records one by one as they arrive. */
export class RecordPacker {
  readonly #encoder = new TextEncoder();
  readonly #chunks: Uint8Array[] = [];
  readonly #ends: Uint32Array[] = [];
  #bytes = new Uint8Array(1 << 16);
  #used = 0;
  #ends1 = new Uint32Array(RECORDS_PER_CHUNK);
  #inChunk = 0;
  count = 0;

  add(record: unknown): void {
    const json = JSON.stringify(record);
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const room = this.#used + json.length * 3;
    if (room > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(room, this.#bytes.length * 2));
      grown.set(this.#bytes.subarray(0, this.#used));
      this.#bytes = grown;
    }
    this.#used += this.#encoder.encodeInto(json, this.#bytes.subarray(this.#used)).written;
    this.#ends1[this.#inChunk++] = this.#used;
    this.count += 1;
    if (this.#inChunk === RECORDS_PER_CHUNK) this.#close();
  }

  #close(): void {
    if (this.#inChunk === 0) return;
    // Copies of the used parts, so that what is sent holds no spare room.
    this.#chunks.push(this.#bytes.slice(0, this.#used));
    this.#ends.push(this.#ends1.slice(0, this.#inChunk));
    this.#used = 0;
    this.#inChunk = 0;
  }

  finish(): PackedRecords {
    this.#close();
    return { chunkSize: RECORDS_PER_CHUNK, chunks: this.#chunks, ends: this.#ends };
  }
}

export const recordBuffers = (packed: PackedRecords): ArrayBuffer[] => [
  ...packed.chunks.map((c) => c.buffer as ArrayBuffer),
  ...packed.ends.map((e) => e.buffer as ArrayBuffer),
];

/** The bytes the records take. */
export const recordBytes = (packed: PackedRecords): number =>
  packed.chunks.reduce((sum, c) => sum + c.byteLength, 0);

/**
 * Reads records by slot, keeping the most recently read (a view reads what it draws more than once
 * a render, and a bound keeps a pass over many records from holding them all as objects again).
 * From their bytes, or made by `make` (rowRecords.ts's events).
 */
export class RecordReader<T> {
  readonly #decoder = new TextDecoder();
  readonly #cache = new Map<number, T>();
  readonly #make: (slot: number) => T;

  constructor(
    source: PackedRecords | ((slot: number) => T),
    readonly limit = 4096,
  ) {
    this.#make = typeof source === 'function' ? source : (slot) => this.#decode(source, slot);
  }

  read(slot: number): T {
    const cached = this.#cache.get(slot);
    if (cached !== undefined) {
      // Least recently used goes first: a Map iterates in insertion order.
      this.#cache.delete(slot);
      this.#cache.set(slot, cached);
      return cached;
    }
    const value = this.#make(slot);
    if (this.#cache.size >= this.limit) {
      for (const key of this.#cache.keys()) {
        this.#cache.delete(key);
        break;
      }
    }
    this.#cache.set(slot, value);
    return value;
  }

  #decode(packed: PackedRecords, slot: number): T {
    const chunk = Math.floor(slot / packed.chunkSize);
    const at = slot - chunk * packed.chunkSize;
    const ends = packed.ends[chunk];
    const bytes = packed.chunks[chunk];
    if (!ends || !bytes || at >= ends.length) throw new RangeError(`No record ${slot}`);
    const start = at === 0 ? 0 : (ends[at - 1] ?? 0);
    return JSON.parse(this.#decoder.decode(bytes.subarray(start, ends[at]))) as T;
  }
}
