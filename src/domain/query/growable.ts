/**
 * A typed array that grows as values are pushed, for columns filled one record at a time while a
 * dataset streams in (their length is known only at the end).
 */
type Typed = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

export abstract class Growable<T extends Typed> {
  protected array: T;
  length = 0;

  constructor(
    private readonly make: (length: number) => T,
    capacity = 1024,
  ) {
    this.array = make(capacity);
  }

  /** Each kind writes its own, below: one `push` for every kind of typed array is one V8 makes
   * slow for all of them (megamorphic): 20–70 ns a value, against a few, measured in Node. */
  abstract push(value: number): void;

  protected grow(): void {
    const grown = this.make(this.array.length * 2);
    grown.set(this.array);
    this.array = grown;
  }

  get(index: number): number {
    return this.array[index] ?? 0;
  }

  /** The values pushed, in a array of their own length. */
  finish(): T {
    const result = this.make(this.length);
    result.set(this.array.subarray(0, this.length));
    return result;
  }

  /**
   * The values pushed, as a view on the growing array (no copy): to read before the next push,
   * never to keep or send.
   */
  view(): T {
    return this.array.subarray(0, this.length) as T;
  }

  /**
   * The values pushed, reordered: result[p] = value[order[p]] (every order[p] below `length`).
   * Read from the growing array itself, with no copy in arrival order first.
   */
  permuted(order: Int32Array): T {
    const values = this.array;
    const result = this.make(order.length);
    for (let p = 0; p < order.length; p++) result[p] = values[order[p] ?? 0] ?? 0;
    return result;
  }
}

class Int32s extends Growable<Int32Array> {
  push(value: number): void {
    if (this.length === this.array.length) this.grow();
    this.array[this.length++] = value;
  }
}
class Uint8s extends Growable<Uint8Array> {
  push(value: number): void {
    if (this.length === this.array.length) this.grow();
    this.array[this.length++] = value;
  }
}
class Uint16s extends Growable<Uint16Array> {
  push(value: number): void {
    if (this.length === this.array.length) this.grow();
    this.array[this.length++] = value;
  }
}
class Float32s extends Growable<Float32Array> {
  push(value: number): void {
    if (this.length === this.array.length) this.grow();
    this.array[this.length++] = value;
  }
}
class Float64s extends Growable<Float64Array> {
  push(value: number): void {
    if (this.length === this.array.length) this.grow();
    this.array[this.length++] = value;
  }
}

export const int32s = (capacity?: number) => new Int32s((n) => new Int32Array(n), capacity);
export const uint8s = (capacity?: number) => new Uint8s((n) => new Uint8Array(n), capacity);
export const uint16s = (capacity?: number) => new Uint16s((n) => new Uint16Array(n), capacity);
export const float32s = (capacity?: number) => new Float32s((n) => new Float32Array(n), capacity);
export const float64s = (capacity?: number) => new Float64s((n) => new Float64Array(n), capacity);
