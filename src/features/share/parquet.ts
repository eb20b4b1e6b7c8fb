/**
 * The events shown as a Parquet file in the CSV template's columns (domain/exportColumns.ts),
 * written by hyparquet-writer, loaded only when this download is chosen. It opens in the app again
 * as the template does.
 */
import {
  eventsToColumns,
  NUMERIC_COLUMNS,
  type ColumnLookups,
} from '@/domain/export/exportColumns';
import { TEMPLATE_EVENT_COLUMNS } from '@/domain/import/formats';
import type { DiplomaticEvent } from '@/domain/dataset/schema';

export async function eventsToParquet(
  events: readonly DiplomaticEvent[],
  lookups: ColumnLookups,
): Promise<Blob> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columns = eventsToColumns(events, lookups);
  const buffer = parquetWriteBuffer({
    columnData: TEMPLATE_EVENT_COLUMNS.map((name) => ({
      name,
      data: columns[name],
      type: NUMERIC_COLUMNS.has(name) ? 'DOUBLE' : 'STRING',
      nullable: true,
    })),
  });
  return new Blob([buffer], { type: 'application/vnd.apache.parquet' });
}
