/**
 * Rows given as columns (a Parquet file's, read a row group at a time): which format their names
 * make, and each row handed to the mapper of that format by its fields' names, as a delimited
 * file's rows are. The columns are read one by one (only those the format reads) and each row's
 * fields looked up in them, so a file of a million rows is never held as a million row objects.
 *
 * The names are those of GDELT's codebook (BigQuery's tables export them as they are) or of our
 * CSV template; the values may be numbers, big integers (Parquet's INT64), dates or text.
 */
import { problem } from '../dataset/problems';
import type { Detection } from './detect';
import {
  GDELT_2_COLUMNS,
  normalizeColumn,
  TEMPLATE_EVENT_COLUMNS,
  TEMPLATE_EVENT_REQUIRED,
} from './formats';
import { EVENT_COLUMNS, PLACE_COLUMNS } from './gdeltFields';
import { GdeltMapper } from './gdelt';
import { GdeltColumns } from './gdeltColumns';
import type { ImportSession } from './session';

/** The formats a file of columns may hold. */
export type ColumnarFormat = 'gdelt-1' | 'gdelt-2' | 'template-events';

export const isColumnarFormat = (format: string | null): format is ColumnarFormat =>
  format === 'gdelt-1' || format === 'gdelt-2' || format === 'template-events';

/** Some rows, as columns: `column(name)` is that column's values for these rows, if it has one. */
export interface ColumnBatch {
  /** The first row's position in the file, from 0. */
  rowStart: number;
  length: number;
  column(name: string): ArrayLike<unknown> | undefined;
}

/** GDELT's columns a row is read from (the rest are never read). */
const GDELT_READ = [
  ...new Set([
    'GLOBALEVENTID',
    'SQLDATE',
    'Actor1Code',
    'Actor1Name',
    'Actor1CountryCode',
    'Actor2Code',
    'Actor2Name',
    'Actor2CountryCode',
    'EventCode',
    'GoldsteinScale',
    'SOURCEURL',
    ...Object.values(EVENT_COLUMNS),
    ...Object.values(PLACE_COLUMNS),
  ]),
];

/** The format a file's column names make, or null: GDELT's (2.0 has ADM2 codes) or the template's. */
export function detectColumns(
  names: readonly string[],
): Detection & { format: ColumnarFormat | null } {
  const has = new Set(names);
  if (has.has('GLOBALEVENTID') && has.has('SQLDATE') && has.has('EventCode')) {
    const two = GDELT_2_COLUMNS.filter((name) => name.includes('ADM2')).some((n) => has.has(n));
    return { format: two ? 'gdelt-2' : 'gdelt-1', delimiter: '\t', header: false };
  }
  const normalized = new Set(names.map(normalizeColumn));
  if (TEMPLATE_EVENT_REQUIRED.every((name) => normalized.has(name)))
    return { format: 'template-events', delimiter: ',' };
  return { format: null };
}

/** The columns of a file a format reads: a reader asks for these alone. */
export function columnsToRead(format: ColumnarFormat, names: readonly string[]): string[] {
  if (format !== 'template-events') return GDELT_READ.filter((name) => names.includes(name));
  const wanted = new Set<string>(TEMPLATE_EVENT_COLUMNS);
  return names.filter((name) => wanted.has(normalizeColumn(name)));
}

/** A value of a column as a delimited file would have written it. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

/** One file of columns being read into the session. */
export interface ColumnarReading {
  push(batch: ColumnBatch): void;
}

/**
 * Reads batches of a file whose columns are `names` into the session, in the format detected;
 * a file of no format it reads, or without a column the format needs, is refused whole.
 */
export function openColumns(
  session: ImportSession,
  detection: Detection,
  names: readonly string[],
  fileName: string | undefined,
): ColumnarReading {
  session.begin(fileName);
  const { builder } = session;
  const options = {
    ...session.options,
    fileName: fileName ?? session.options.fileName,
    onlyDyad: session.options.onlyDyad ?? false,
  };
  if (detection.format === 'gdelt-1' || detection.format === 'gdelt-2') {
    const mapper = new GdeltMapper(builder, detection.format, options);
    // Rows checked on their values where the sink takes them so (gdeltColumns.ts).
    const rows = new GdeltColumns(builder, mapper, options);
    return {
      push(batch) {
        const columns = new Map(GDELT_READ.map((name) => [name, batch.column(name)] as const));
        const fast = rows.batch((name) => columns.get(name));
        // One reader of the row at `i` for the whole batch, not one a row (a million rows).
        let i = 0;
        const get = (name: string) => fieldText(columns.get(name)?.[i]);
        for (; i < batch.length; i++) {
          builder.counts.rows += 1;
          const line = batch.rowStart + i + 1;
          if (!fast(i, line)) mapper.record(line, get);
        }
      },
    };
  }
  if (detection.format === 'template-events') {
    const template = session.templateMapper(options);
    const byName = new Map(names.map((name) => [normalizeColumn(name), name] as const));
    return {
      push(batch) {
        const columns = new Map(
          [...byName].map(([normal, name]) => [normal, batch.column(name)] as const),
        );
        for (let i = 0; i < batch.length; i++) {
          const line = batch.rowStart + i + 1;
          template.event({
            line,
            get: (name) => fieldText(columns.get(name)?.[i]),
            column: (name) => byName.get(name) ?? name,
          });
        }
      },
    };
  }
  session.refuse(problem('', 'unknown-format', {}));
  return { push() {} };
}
