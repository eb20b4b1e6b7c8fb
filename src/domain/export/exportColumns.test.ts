import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { importedJson, request } from '../../../tests/fixtures/importWorker';
import { eventsToColumns, NUMERIC_COLUMNS } from './exportColumns';
import { TEMPLATE_EVENT_COLUMNS } from '../import/formats';
import { parseDatasetText } from '../validation/validate';

describe('the events as the template’s columns', () => {
  const data = makeSampleDataset();
  const lookups = {
    placesById: new Map(data.places.map((p) => [p.id, p])),
    peopleById: new Map(data.people.map((p) => [p.id, p])),
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
  };

  it('writes one value an event in every column, dates as precise as they are', () => {
    const columns = eventsToColumns(data.events, lookups);
    for (const name of TEMPLATE_EVENT_COLUMNS)
      expect(columns[name]).toHaveLength(data.events.length);
    expect(columns.id).toEqual(data.events.map((e) => e.id));
    const monthly = data.events.findIndex((e) => e.datePrecision === 'month');
    if (monthly !== -1) expect(columns.date[monthly]).toMatch(/^\d{4}-\d{2}$/);
  });

  it('as a Parquet file, opens in the app again with the same events, places and dates', async () => {
    const columns = eventsToColumns(data.events, lookups);
    const buffer = parquetWriteBuffer({
      columnData: TEMPLATE_EVENT_COLUMNS.map((name) => ({
        name,
        data: columns[name],
        type: NUMERIC_COLUMNS.has(name) ? 'DOUBLE' : 'STRING',
        nullable: true,
      })),
    });
    const messages = await request({
      type: 'import',
      files: [{ file: new Blob([buffer]), name: 'events.parquet' }],
      found: null,
      dyad: null,
      onlyDyad: false,
      encoding: null,
    });
    const opened = parseDatasetText(await importedJson(messages.at(-1)));
    if (!opened.ok) throw new Error('not opened');
    expect(opened.dataset.events.map((e) => [e.id, e.date, e.datePrecision])).toEqual(
      data.events.map((e) => [e.id, e.date, e.datePrecision]),
    );
    const place = (events: typeof data.events, places: typeof data.places, i: number) =>
      places.find((p) => p.id === events[i]?.placeId)?.name.en ?? null;
    expect(
      data.events.map((_, i) => place(opened.dataset.events, opened.dataset.places, i)),
    ).toEqual(data.events.map((_, i) => place(data.events, data.places, i)));
  });
});
