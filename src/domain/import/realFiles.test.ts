/**
 * The files people really have (review C5): GDELT 1.0's historical backfile (57 columns, no
 * SOURCEURL) alone or mixed with daily rows, `;`-separated CSV with decimal commas, and template
 * ids written in capitals.
 */
import { describe, expect, it } from 'vitest';
import { english, readFixture, vietnamese, WORDING } from '../../../tests/fixtures/import/read';
import { detectFormat } from './detect';
import { importFiles, importText } from './importFiles';

const gdeltRows = () =>
  readFixture('gdelt-1.export.CSV')
    .split('\n')
    .filter((line) => line.split('\t').length === 58);
/** A daily row without its last field: a backfile row, 1979–March 2013. */
const backfileRow = (row: string) => row.split('\t').slice(0, 57).join('\t');

describe('GDELT 1.0 historical backfile (57 columns)', () => {
  it('is recognised as GDELT 1.0, alone or mixed with daily rows', () => {
    const backfile = gdeltRows().map(backfileRow).join('\n');
    expect(detectFormat(backfile)).toEqual({ format: 'gdelt-1', delimiter: '\t', header: false });
    const mixed = gdeltRows()
      .map((row, i) => (i % 2 === 0 ? backfileRow(row) : row))
      .join('\n');
    expect(detectFormat(mixed)).toEqual({ format: 'gdelt-1', delimiter: '\t', header: false });
  });

  it('reads every backfile row, the events with no source link but the file', () => {
    const rows = gdeltRows();
    const mixed = rows.map((row, i) => (i === 0 ? backfileRow(row) : row)).join('\n');
    const outcome = importText(mixed, { wording: WORDING, fileName: 'backfile.csv' });
    if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
    expect(outcome.counts?.rows).toBe(rows.length);
    expect(outcome.leftOut.filter((p) => english(p).includes('columns'))).toEqual([]);
    const first = outcome.dataset.events[0];
    const source = outcome.dataset.sources.find((s) => s.id === first?.sourceIds[0]);
    expect(source).toMatchObject({ url: null, file: 'backfile.csv' });
  });

  it('names a row of another width by what either layout has', () => {
    const rows = [...gdeltRows(), gdeltRows()[0]!.split('\t').slice(0, 40).join('\t')];
    const outcome = importText(rows.join('\n'), { wording: WORDING });
    if (!outcome.ok) throw new Error('refused');
    const wrong = outcome.leftOut.filter((p) => p.code === 'row-columns');
    expect(wrong.map(english)).toEqual([
      `line ${rows.length}: 40 columns, a GDELT 1.0 row has 58 (57 in the 1979–2013 backfile)`,
    ]);
    expect(vietnamese(wrong[0]!)).toContain('57');
  });
});

describe('semicolon-separated CSV with decimal commas', () => {
  const csv = [
    'date;title;place;latitude;longitude',
    '2022-01-21;Talks in Geneva;Geneva;46,2044;6,1432',
    '2022-01-22;Talks again;Geneva;46.2044;6.1432',
  ].join('\r\n');

  it('reads 46,2044 as 46.2044 when the file is ;-separated', () => {
    const outcome = importText(csv, { wording: WORDING });
    if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
    expect(outcome.leftOut.map(english)).toEqual([]);
    expect(outcome.dataset.places).toHaveLength(1);
    expect(outcome.dataset.places[0]).toMatchObject({ lat: 46.2044, lon: 6.1432 });
    expect(outcome.dataset.events).toHaveLength(2);
  });

  it('still refuses a comma in a number of a comma-separated file', () => {
    const comma = 'date,title,place,latitude,longitude\n2022-01-21,Talks,Geneva,"46,2",6.1\n';
    const outcome = importText(comma, { wording: WORDING });
    expect(outcome.ok).toBe(false);
  });
});

describe('template ids in any case', () => {
  it('slugifies an id the schema would refuse, notes it, and quotes still find the event', () => {
    const events = 'id,date,title\nE1,2022-01-21,Talks in Geneva\nTalks 2,2022-01-22,Again\n';
    const quotes = 'event,speaker,text\nE1,Antony Blinken,We talked.\n';
    const outcome = importText(events, { wording: WORDING });
    if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
    expect(outcome.dataset.events.map((e) => e.id)).toEqual(['e1', 'talks-2']);
    expect(outcome.notes.map(english)).toEqual([
      'line 2, column id: the id "E1" is written "e1", as ids are lower-case letters, digits and dashes; the row is kept',
      'line 3, column id: the id "Talks 2" is written "talks-2", as ids are lower-case letters, digits and dashes; the row is kept',
    ]);
    expect(vietnamese(outcome.notes[0]!)).toContain('"e1"');
    const both = importFiles(
      [
        { text: quotes, fileName: 'quotes.csv' },
        { text: events, fileName: 'events.csv' },
      ],
      { wording: WORDING },
    );
    if (!both.ok) throw new Error(both.problems.map(english).join('\n'));
    expect(both.dataset.quotes.map((q) => q.eventId)).toEqual(['e1']);
  });
});
