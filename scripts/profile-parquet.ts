/**
 * Where a GDELT Parquet file's open spends its time, stage by stage, in Node (a development aid,
 * not part of the tests): `npx tsx scripts/profile-parquet.ts /tmp/gdelt-1m.parquet [rows]`.
 * The old path's stages: read the columns, map rows into records (with their checks), write this
 * app's JSON, read and check that JSON again, index it.
 */
import { openAsBlob } from 'node:fs';
import {
  columnsToRead,
  detectColumns,
  isColumnarFormat,
  openColumns,
} from '../src/domain/import/columnar';
import { ImportSession } from '../src/domain/import/session';
import { importWording } from '../src/i18n/importText';
import { openParquet } from '../src/data/parquetSource';
import { DatasetJsonWriter } from '../src/data/importProtocol';
import { IndexBuilder } from '../src/domain/query/indexBuilder';
import { createDatasetStreamReader } from '../src/domain/validation/streamDataset';
import type { DiplomaticEvent } from '../src/domain/dataset/schema';
import type { DatasetHead } from '../src/domain/dataset/schema';
import { indexSink } from '../src/data/importIndex';

const path = process.argv[2] ?? '/tmp/gdelt-1m.parquet';
const rows = Number(process.argv[3] ?? 100_000);
/** `direct`: the path of issue 21 alone (rows mapped straight into the index). */
const direct = process.argv[4] === 'direct';
const times: [string, number][] = [];
let mark = performance.now();
const lap = (stage: string) => {
  const now = performance.now();
  times.push([stage, now - mark]);
  mark = now;
};

const blob = await openAsBlob(path);
const parquet = await openParquet(blob);
const detection = detectColumns(parquet.names);
if (!isColumnarFormat(detection.format)) throw new Error('not GDELT');
const batches = [];
for await (const batch of parquet.batches(columnsToRead(detection.format, parquet.names), rows))
  batches.push(batch);
lap('read the columns (hyparquet)');
if (direct) {
  const index = indexSink(undefined);
  const options = { wording: importWording(), fileName: 'gdelt.parquet', sink: index.sink };
  const session = new ImportSession(options);
  const reading = openColumns(session, detection, parquet.names, 'gdelt.parquet');
  for (const batch of batches) reading.push(batch);
  const result = session.finish();
  lap('map rows into the index (addEvent)');
  index.builder.finish();
  lap('index: finish');
  console.log(`${rows} rows, ${result.ok ? result.counts.events : 0} events (direct)`);
  for (const [stage, ms] of times)
    console.log(`${stage.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`);
  console.log('heap used', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB');
  process.exit(0);
}
const session = new ImportSession({ wording: importWording(), fileName: 'gdelt.parquet' });
const reading = openColumns(session, detection, parquet.names, 'gdelt.parquet');
const taken = [];
for (const batch of batches) {
  reading.push(batch);
  taken.push(session.take());
}
lap('map rows into records (with checks)');
const writer = new DatasetJsonWriter();
for (const batch of taken) writer.add(batch);
const result = session.finish();
const json = writer.blob({});
taken.length = 0;
lap('write JSON (Blob)');
const text = await json.text();
lap('Blob to text');
let head: DatasetHead | null = null;
const events: DiplomaticEvent[] = [];
const reader = createDatasetStreamReader({
  head: (h) => void (head = h),
  event: (e) => void events.push(e),
  quote: () => {},
});
for (let i = 0; i < text.length; i += 1 << 20) reader.push(text.slice(i, i + (1 << 20)));
const outcome = reader.finish();
lap('parse + validate JSON (stream reader)');
if (!head || !outcome.ok) throw new Error('no head');
const builder = new IndexBuilder(head);
for (const event of events) builder.addEvent(event);
lap('index: addEvent');
builder.finish();
lap('index: finish');
console.log(
  `${rows} rows, ${result.ok ? result.counts.events : 0} events, JSON ${(json.size / 1e6).toFixed(0)} MB`,
);
for (const [stage, ms] of times) console.log(`${stage.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`);
console.log('heap used', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB');
