/** The index builder's helpers (indexBuilder.ts): code tables, rows reordered, the extent. */
import type { EventColumns } from './columns';

/** A string's code in a growing table: the same string, the same code. */
export class CodeTable {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();
  code(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }
}

/** A compressed row column reordered: rows in the index's order. */
export function permuteRows(starts: Int32Array, values: Int32Array, order: Int32Array) {
  const newStarts = new Int32Array(order.length + 1);
  const newValues = new Int32Array(values.length);
  let at = 0;
  for (let p = 0; p < order.length; p++) {
    const slot = order[p] ?? 0;
    for (let i = starts[slot] ?? 0; i < (starts[slot + 1] ?? 0); i++)
      newValues[at++] = values[i] ?? 0;
    newStarts[p + 1] = at;
  }
  return { starts: newStarts, values: newValues };
}

export function extentOf(columns: EventColumns): { start: number; end: number } | null {
  if (columns.count === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let p = 0; p < columns.count; p++) {
    start = Math.min(start, columns.start[p] ?? start);
    end = Math.max(end, columns.end[p] ?? end);
  }
  return { start, end };
}
