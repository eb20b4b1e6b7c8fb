import { describe, expect, it } from 'vitest';
import { english, readFixture, WORDING } from '../../../tests/fixtures/import/read';
import { columnsToRead, detectColumns, fieldText, openColumns, type ColumnBatch } from './columnar';
import { GDELT_1_COLUMNS, GDELT_2_COLUMNS } from './formats';
import { importText } from './importFiles';
import { ImportSession } from './session';

/** Rows of a delimited file as columns, values typed as a Parquet file types them. */
function asColumns(names: readonly string[], rows: string[][]): ColumnBatch {
  const typed = (name: string, text: string): unknown => {
    if (text === '') return null;
    if ((name === 'GLOBALEVENTID' || name === 'SQLDATE') && /^\d+$/.test(text)) return BigInt(text);
    if (/Lat$|Long$|GoldsteinScale/.test(name)) return Number(text);
    return text;
  };
  const columns = new Map(
    names.map((name, j) => [name, rows.map((row) => typed(name, row[j] ?? ''))] as const),
  );
  return { rowStart: 0, length: rows.length, column: (name) => columns.get(name) };
}

describe('rows given as columns', () => {
  it('tells GDELT 1.0, 2.0 and the template by the columns’ names', () => {
    expect(detectColumns(GDELT_1_COLUMNS).format).toBe('gdelt-1');
    expect(detectColumns(GDELT_1_COLUMNS.slice(0, -1)).format).toBe('gdelt-1');
    expect(detectColumns(GDELT_2_COLUMNS).format).toBe('gdelt-2');
    expect(detectColumns(['Date', 'Title', 'Place']).format).toBe('template-events');
    expect(detectColumns(['a', 'b']).format).toBe(null);
    expect(columnsToRead('gdelt-2', GDELT_2_COLUMNS)).not.toContain('Actor1Geo_Lat');
  });

  it('reads a GDELT file’s columns into the same events as its rows', () => {
    const text = readFixture('gdelt-2.export.CSV');
    const rows = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split('\t'))
      .filter((fields) => fields.length === GDELT_2_COLUMNS.length);
    const session = new ImportSession({ wording: WORDING, fileName: 'gdelt.export.CSV' });
    openColumns(session, detectColumns(GDELT_2_COLUMNS), GDELT_2_COLUMNS, undefined).push(
      asColumns(GDELT_2_COLUMNS, rows),
    );
    const fromColumns = session.take().events;
    const fromRows = importText(text, { wording: WORDING, fileName: 'gdelt.export.CSV' });
    if (!fromRows.ok) throw new Error('refused');
    const [columnIds, rowIds] = [fromColumns, fromRows.dataset.events].map((events) =>
      events.map((e) => [e.id, e.date, e.placeId, e.tension]),
    );
    expect(columnIds).toEqual(rowIds);
  });

  it('reads the template’s columns, in any case, and refuses columns of no format', () => {
    const session = new ImportSession({ wording: WORDING });
    const names = ['ID', 'Date', 'Title', 'Latitude', 'Longitude', 'Place'];
    openColumns(session, detectColumns(names), names, 'events.parquet').push(
      asColumns(names, [['E1', '2022-01-21', 'Talks', '46.2', '6.1', 'Geneva']]),
    );
    const result = session.finish();
    expect(result.ok).toBe(true);
    expect(session.take().events.map((e) => e.id)).toEqual(['e1']);
    const other = new ImportSession({ wording: WORDING });
    openColumns(other, detectColumns(['a']), ['a'], 'x.parquet');
    const refused = other.finish();
    expect(refused.ok ? [] : refused.problems.map(english)[0]).toContain('not recognised');
  });

  it('writes each kind of value as a delimited file would', () => {
    expect(
      [null, undefined, ' x ', 46.5, NaN, 20220121n, new Date('2022-01-21')].map(fieldText),
    ).toEqual(['', '', 'x', '46.5', '', '20220121', '2022-01-21']);
  });
});
