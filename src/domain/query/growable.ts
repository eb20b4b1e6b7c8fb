/**
 * A typed array that grows as values are pushed, for columns filled one record at a time while a
 * dataset streams in (their length is known only at the end).
 */
type Typed = Int32Array | Uint8Array | Uint16Array | Float32Array;

export class Growable<T extends Typed> {
  #array: T;
  length = 0;

  constructor(
    private readonly make: (length: number) => T,
    capacity = 1024,
  ) {
    this.#array = make(capacity);
  }

  push(value: number): void {
    if (this.length === this.#array.length) {
      const grown = this.make(this.#array.length * 2);
      grown.set(this.#array);
      this.#array = grown;
    }
    this.#array[this.length++] = value;
  }

  get(index: number): number {
    return this.#array[index] ?? 0;
  }

  /**
   * The values pushed, as a view on the growing array (no copy): to read before the next push,
   * never to keep or send.
   */
  view(): T {
    return this.#array.subarray(0, this.length) as T;
  }

  /**
   * The values pushed, reordered: result[p] = value[order[p]] (every order[p] below `length`).
   * Read from the growing array itself, with no copy in arrival order first.
   */
  permuted(order: Int32Array): T {
    const values = this.#array;
    const result = this.make(order.length);
    for (let p = 0; p < order.length; p++) result[p] = values[order[p] ?? 0] ?? 0;
    return result;
  }
}

export const int32s = (capacity?: number) => new Growable((n) => new Int32Array(n), capacity);
export const uint8s = (capacity?: number) => new Growable((n) => new Uint8Array(n), capacity);
export const uint16s = (capacity?: number) => new Growable((n) => new Uint16Array(n), capacity);
export const float32s = (capacity?: number) => new Growable((n) => new Float32Array(n), capacity);
