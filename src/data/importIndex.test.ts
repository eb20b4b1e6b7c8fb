/**
 * A Parquet import read straight into the index (issue 21) against the way it was opened before:
 * the import writing this app's JSON, which the dataset worker read, checked and indexed again.
 * Both from the same generated GDELT Parquet files (the fixtures' rows, broken ones among them):
 * the same index, column for column and record for record, the same rows left out and why, and
 * the dataset a download gives the records the import wrote, member for member.
 */
import { describe, expect, it } from 'vitest';
import {
  columnsToRead,
  detectColumns,
  isColumnarFormat,
  openColumns,
} from '@/domain/import/columnar';
import { GDELT_1_COLUMNS, GDELT_2_COLUMNS } from '@/domain/import/formats';
import { ImportSession } from '@/domain/import/session';
import type { IndexData } from '@/domain/query/indexData';
import { eventReader } from '@/domain/query/eventRecords';
import { rowContextOf } from '@/domain/query/rowRecords';
import { DEFAULT_DYAD } from '@/domain/scoring/tension';
import { gdeltParquet, gdeltRows } from '../../tests/fixtures/import/parquet';
import { WORDING } from '../../tests/fixtures/import/read';
import { importedJson, request } from '../../tests/fixtures/importWorker';
import { DatasetJsonWriter, type ImportChoices } from './importProtocol';
import { optionsOf } from './importPreview';
import { openParquet } from './parquetSource';
import { serveDatasetRequests } from './serveDatasetRequests';
import type { WorkerMessage } from './workerProtocol';

const NAME = 'gdelt.parquet';

/** The path before issue 21: rows → records → this app's JSON → the dataset worker's index. */
async function throughJson(blob: Blob, choices: ImportChoices) {
  const session = new ImportSession(optionsOf(choices, WORDING, NAME));
  const writer = new DatasetJsonWriter();
  const parquet = await openParquet(blob);
  const detection = detectColumns(parquet.names);
  const reading = openColumns(session, detection, parquet.names, NAME);
  if (!isColumnarFormat(detection.format)) throw new Error('not GDELT');
  for await (const batch of parquet.batches(columnsToRead(detection.format, parquet.names))) {
    reading.push(batch);
    writer.add(session.take());
  }
  const result = session.finish();
  if (!result.ok) throw new Error('refused');
  const json = writer.blob(result.dyad === undefined ? {} : { dyad: result.dyad });
  const posted: WorkerMessage[] = [];
  const scope = {
    postMessage: (message: WorkerMessage) => void posted.push(message),
    onmessage: null as Parameters<typeof serveDatasetRequests>[0]['onmessage'],
    onmessageerror: null,
  };
  serveDatasetRequests(scope);
  await scope.onmessage?.({ data: { file: json, name: 'gdelt.json' } });
  const index = posted.at(-1);
  if (index?.type !== 'index') throw new Error(JSON.stringify(index));
  const { counts, notes } = result;
  return { data: index.data, leftOut: [...result.leftOut, ...index.leftOut], counts, notes, json };
}

/** The path of issue 21: the import worker's own answer. */
async function direct(blob: Blob, choices: ImportChoices) {
  const messages = await request({
    type: 'import',
    files: [{ file: blob, name: NAME }],
    found: null,
    ...choices,
  });
  const done = messages.at(-1);
  if (done?.type !== 'indexed') throw new Error(`not indexed: ${JSON.stringify(done)}`);
  return { ...done, json: JSON.parse(await importedJson(done)) as unknown };
}

/** Every record of the index, read back as the page reads them. */
function records(data: IndexData): unknown[] {
  const reader = eventReader(
    data.eventRecords,
    rowContextOf(data.head, data.head.dyad ?? DEFAULT_DYAD),
  );
  return Array.from({ length: data.columns.count }, (_, slot) => reader.read(slot));
}

/** The fixture's rows, `copies` times, with rows that are left out or noted among them. */
function rowsOf(version: 1 | 2, copies: number): string[][] {
  const rows = gdeltRows(version, copies);
  const names = version === 1 ? GDELT_1_COLUMNS : GDELT_2_COLUMNS;
  const broken = (i: number, column: string, value: string) => {
    const row = [...(rows[i] ?? [])];
    row[names.indexOf(column)] = value;
    rows.splice(i, 0, row);
  };
  broken(3, 'EventCode', '0999'); // not in GDELT's table
  broken(7, 'SQLDATE', '20221345'); // not a calendar date
  broken(11, 'ActionGeo_Lat', ''); // a longitude without its latitude
  broken(13, 'GoldsteinScale', ''); // no weight
  broken(17, 'GLOBALEVENTID', rows[2]?.[0] ?? ''); // an id given twice
  if (version === 2) broken(19, 'SOURCEURL', 'ftp://example.org/x'); // a link that is not kept
  return rows;
}

const CHOICES: ImportChoices = { dyad: null, onlyDyad: false, encoding: null };

describe('a Parquet file read straight into the index', () => {
  it.each([
    ['GDELT 2.0', 2, CHOICES],
    ['GDELT 1.0', 1, CHOICES],
    [
      'GDELT 2.0, two sides chosen, only the rows between them',
      2,
      { ...CHOICES, dyad: ['USA', 'RUS'], onlyDyad: true },
    ],
  ] as const)(
    '%s: the same index, records, rows left out and JSON as through JSON',
    async (_, version, choices) => {
      const rows = rowsOf(version, 40);
      const blob = new Blob([gdeltParquet(version, rows, 300)]);
      const before = await throughJson(blob, choices);
      const after = await direct(blob, choices);
      expect(after.data.columns.count).toBeGreaterThan(50);
      expect(after.leftOut.length).toBeGreaterThanOrEqual(5);
      // Column for column, and every record, as the page reads them.
      expect(after.data.columns).toEqual(before.data.columns);
      expect(records(after.data)).toEqual(records(before.data));
      // Every member of the index, named where one differs; the records kept another way
      // (most rows as columns, gdeltColumns.ts: the rest, and the preview's first, as JSON).
      const asRows = after.data.eventRecords.rows?.count ?? 0;
      expect(asRows).toBeGreaterThan(after.data.columns.count / 2);
      expect(after.data.eventRecords.packed.ends.flatMap((e) => [...e])).toHaveLength(
        after.data.columns.count - asRows,
      );
      for (const key of Object.keys(before.data) as (keyof IndexData)[])
        if (key !== 'eventRecords') expect([key, after.data[key]]).toEqual([key, before.data[key]]);
      expect(after.leftOut).toEqual(before.leftOut);
      expect(after.notes).toEqual(before.notes);
      expect(after.counts).toEqual(before.counts);
      // The dataset a download gives: the records the import wrote as JSON, member for member.
      expect(after.json).toEqual(JSON.parse(await before.json.text()));
    },
  );

  it('tells a wrong mapping: one weight changed in one row changes the index', async () => {
    const rows = gdeltRows(2, 5);
    const goldstein = GDELT_2_COLUMNS.indexOf('GoldsteinScale');
    const wrong = rows.map((row) => [...row]);
    const at = wrong.findIndex((row) => row[goldstein] !== '' && row[goldstein] !== undefined);
    wrong[at]![goldstein] = String(Number(wrong[at]![goldstein]) + 1);
    const before = await throughJson(new Blob([gdeltParquet(2, rows, 300)]), CHOICES);
    const after = await direct(new Blob([gdeltParquet(2, wrong, 300)]), CHOICES);
    expect(after.data).not.toEqual(before.data);
    expect(after.json).not.toEqual(JSON.parse(await before.json.text()));
  });
});
