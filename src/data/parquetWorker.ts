/**
 * The Parquet worker (parquetColumns.ts): reads the columns asked for, a row group at a time, and
 * sends each as it is read, at most two ahead of the import that takes them.
 */
import { openParquet } from './parquetSource';
import {
  sendColumn,
  sentBuffers,
  type ParquetMessage,
  type ParquetRequest,
  type SentBatch,
} from './parquetColumns';

interface Scope {
  onmessage: ((event: MessageEvent<ParquetRequest>) => void) | null;
  postMessage(message: ParquetMessage, transfer?: Transferable[]): void;
}

const AHEAD = 2;
const scope = self as unknown as Scope;
let credits = AHEAD;
let wake: (() => void) | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'next') {
    credits += 1;
    wake?.();
    wake = null;
  } else void read(data.blob, data.columns);
};

async function read(blob: Blob, columns: string[]) {
  try {
    const parquet = await openParquet(blob);
    for await (const batch of parquet.batches(columns)) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits -= 1;
      const sent: SentBatch = {
        rowStart: batch.rowStart,
        length: batch.length,
        columns: columns.flatMap((name) => {
          const column = batch.column(name);
          return column ? [sendColumn(name, column)] : [];
        }),
      };
      scope.postMessage({ type: 'batch', batch: sent }, sentBuffers(sent));
    }
    scope.postMessage({ type: 'done' });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
