/**
 * How long IndexBuilder.finish() takes on a GDELT Parquet import, in Node (a development aid, not
 * part of the tests): `npx tsx scripts/bench-finish.ts /tmp/gdelt-1m.parquet [rows] [runs]
 * [profile.cpuprofile]`. Rows go into the index as profile-parquet.ts's `direct` path puts them,
 * then finish() runs `runs` times (3 unless told; the first is the one an import pays, the others
 * warm). With a fourth argument, the first run's CPU profile is written there.
 * The file comes from `npx tsx scripts/make-gdelt-parquet.ts 1000000 /tmp/gdelt-1m.parquet`.
 */
import { openAsBlob, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import {
  columnsToRead,
  detectColumns,
  isColumnarFormat,
  openColumns,
} from '../src/domain/import/columnar';
import { ImportSession } from '../src/domain/import/session';
import { importWording } from '../src/i18n/importText';
import { openParquet } from '../src/data/parquetSource';
import { indexSink } from '../src/data/importIndex';
import type { IndexData } from '../src/domain/query/indexData';

const path = process.argv[2] ?? '/tmp/gdelt-1m.parquet';
const rows = Number(process.argv[3] ?? 1_000_000);
const runs = Number(process.argv[4] ?? 3);
const profilePath = process.argv[5];

const parquet = await openParquet(await openAsBlob(path));
const detection = detectColumns(parquet.names);
if (!isColumnarFormat(detection.format)) throw new Error('not a GDELT file');
const index = indexSink(undefined);
const session = new ImportSession({
  wording: importWording(),
  fileName: 'gdelt.parquet',
  sink: index.sink,
});
const reading = openColumns(session, detection, parquet.names, 'gdelt.parquet');
for await (const batch of parquet.batches(columnsToRead(detection.format, parquet.names), rows))
  reading.push(batch);
const result = session.finish();
console.log(`${rows} rows, ${result.ok ? result.counts.events : 0} events`);

/** Bytes of every typed array in a value: new memory that finish() writes, where it made them. */
function bytesIn(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce((sum: number, v) => sum + bytesIn(v), 0);
}

/** The records and the search chunks are made as rows are added; the rest is finish()'s. */
function split(data: IndexData) {
  const { eventRecords, quoteRecords, search, ...made } = data;
  return { made, added: [eventRecords, quoteRecords, search] };
}

type Typed = Int32Array | Uint32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;
function arraysIn(value: unknown): Typed[] {
  if (ArrayBuffer.isView(value)) return [value as Typed];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(arraysIn);
}

const inspector = new Session();
inspector.connect();
for (let run = 0; run < runs; run++) {
  const profiled = run === 0 && profilePath !== undefined;
  if (profiled) {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
    await inspector.post('Profiler.start');
  }
  const start = performance.now();
  const data = index.builder.finish();
  const ms = performance.now() - start;
  const { made, added: addedParts } = split(data);
  const added = bytesIn(addedParts);
  if (run === 0) console.log(`typed arrays made: ${(bytesIn(made) / 1e6).toFixed(0)} MB`);
  if (run === 0) console.log(`(and while adding: ${(added / 1e6).toFixed(0)} MB)`);
  if (profiled) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
  }
  console.log(`finish, run ${run + 1}: ${ms.toFixed(0)} ms`);
}
inspector.disconnect();

// The floor on this machine: the same typed arrays allocated and written once, doing nothing else.
const { made } = split(index.builder.finish());
const start = performance.now();
const copies = arraysIn(made).map((a) => {
  const copy = new (a.constructor as new (n: number) => typeof a)(a.length);
  copy.fill(1);
  return copy;
});
console.log(
  `floor: ${copies.length} typed arrays of the same sizes made and written: ${(performance.now() - start).toFixed(0)} ms`,
);
