import { openAsBlob } from 'node:fs';
import { columnsToRead, detectColumns, isColumnarFormat, openColumns, type ColumnBatch } from '../src/domain/import/columnar';
import { ImportSession } from '../src/domain/import/session';
import { importWording } from '../src/i18n/importText';
import { openParquet } from '../src/data/parquetSource';
import { indexSink } from '../src/data/importIndex';
const rows = Number(process.argv[2] ?? 300000);
const clone = process.argv[3] === 'clone';
const parquet = await openParquet(await openAsBlob('/tmp/gdelt-1m.parquet'));
const detection = detectColumns(parquet.names);
if (!isColumnarFormat(detection.format)) throw new Error('x');
const names = columnsToRead(detection.format, parquet.names);
let t = performance.now();
const batches: ColumnBatch[] = [];
for await (const b of parquet.batches(names, rows)) batches.push(b);
console.log('decode', (performance.now() - t).toFixed(0));
t = performance.now();
const used = clone
  ? batches.map((b) => {
      const cols = structuredClone(Object.fromEntries(names.map((n) => [n, b.column(n)])));
      return { rowStart: b.rowStart, length: b.length, column: (n: string) => cols[n] as ArrayLike<unknown> };
    })
  : batches;
console.log('clone', (performance.now() - t).toFixed(0));
console.log(names.map((n) => `${n}:${Object.prototype.toString.call(batches[0]!.column(n)).slice(8, -1)}`).join(' '));
t = performance.now();
const index = indexSink(undefined);
const session = new ImportSession({ wording: importWording(), fileName: 'g', sink: index.sink });
const reading = openColumns(session, detection, parquet.names, 'g');
for (const b of used) reading.push(b);
console.log('map', (performance.now() - t).toFixed(0));
