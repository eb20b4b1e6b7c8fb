/**
 * Ids by position and positions by id, without a Map of a million entries: every id in one string
 * (in the index's order, each ended by a newline, which no id holds) and an open-addressing hash
 * table of positions, built once in the worker and sent as a string and a typed array.
 */
export interface IdColumn {
  text: string;
  /** ends[p]: where id p ends in `text` (it starts after the newline before it). */
  ends: Uint32Array;
  /** position + 1 at each slot (0: empty); its length is a power of two. */
  table: Int32Array;
}

/** FNV-1a over the string's UTF-16 code units. */
function hashOf(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function buildIdColumn(ids: readonly string[]): IdColumn {
  const joined = ids.join('\n');
  const text = joined + (ids.length > 0 ? '\n' : '');
  const ends = new Uint32Array(ids.length);
  let size = 8;
  while (size < ids.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  // Each id hashed where it lies in the joined text: the same code units as the id's own string,
  // read from one flat string rather than a million small ones (often made by concatenation).
  let start = 0;
  for (let p = 0; p < ids.length; p++) {
    const end = start + (ids[p] ?? '').length;
    ends[p] = end;
    let slot = hashOf(joined, start, end) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = p + 1;
    start = end + 1;
  }
  return { text, ends, table };
}

export function idAt(column: IdColumn, position: number): string {
  const end = column.ends[position];
  if (end === undefined) return '';
  const start = position === 0 ? 0 : (column.ends[position - 1] ?? 0) + 1;
  return column.text.slice(start, end);
}

/** The position of an id, or −1. */
export function positionOfId(column: IdColumn, id: string): number {
  const mask = column.table.length - 1;
  let slot = hashOf(id) & mask;
  for (;;) {
    const entry = column.table[slot] ?? 0;
    if (entry === 0) return -1;
    const p = entry - 1;
    const end = column.ends[p] ?? 0;
    const start = p === 0 ? 0 : (column.ends[p - 1] ?? 0) + 1;
    if (end - start === id.length && column.text.startsWith(id, start)) return p;
    slot = (slot + 1) & mask;
  }
}
