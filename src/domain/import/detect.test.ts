import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture, type IMPORT_FIXTURES } from '../../../tests/fixtures/import/read';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { detectFormat } from './detect';
import {
  GDELT_1_COLUMNS,
  GDELT_2_COLUMNS,
  TEMPLATE_EVENT_COLUMNS,
  TEMPLATE_QUOTE_COLUMNS,
  TIMELINE_SHEET_COLUMNS,
} from './formats';

describe('detectFormat', () => {
  it.each<[(typeof IMPORT_FIXTURES)[number], ReturnType<typeof detectFormat>]>([
    ['gdelt-1.export.CSV', { format: 'gdelt-1', delimiter: '\t', header: false }],
    ['gdelt-2.export.CSV', { format: 'gdelt-2', delimiter: '\t', header: false }],
    ['timeline.json', { format: 'timeline-json' }],
    ['timeline.csv', { format: 'timeline-csv', delimiter: ',' }],
    ['events.csv', { format: 'template-events', delimiter: ',' }],
    ['quotes.csv', { format: 'template-quotes', delimiter: ',' }],
  ])('recognises %s by its content', (name, detection) => {
    expect(detectFormat(readFixture(name))).toEqual(detection);
  });

  it('recognises this app’s JSON, and sends broken JSON to its reader', () => {
    expect(detectFormat(JSON.stringify(makeSampleDataset()))).toEqual({ format: 'dataset-json' });
    expect(detectFormat('\uFEFF  [1, 2]')).toEqual({ format: 'dataset-json' });
    expect(detectFormat('{"sources": [], "events": [')).toEqual({ format: 'dataset-json' });
  });

  it('recognises TimelineJS JSON from a first piece that does not parse yet', () => {
    const text = readFixture('timeline.json');
    expect(detectFormat(text.slice(0, 400))).toEqual({ format: 'timeline-json' });
  });

  it('tells GDELT 1.0 from 2.0 by most of the first rows, not a broken first row', () => {
    const rows = readFixture('gdelt-2.export.CSV').split('\n');
    const brokenFirst = [rows[3], ...rows].join('\n');
    expect(detectFormat(brokenFirst)).toMatchObject({ format: 'gdelt-2' });
  });

  it('takes GDELT rows with a header of GDELT’s names', () => {
    const header = GDELT_1_COLUMNS.join('\t');
    const rows = readFixture('gdelt-1.export.CSV');
    expect(detectFormat(`${header}\n${rows}`)).toEqual({
      format: 'gdelt-1',
      delimiter: '\t',
      header: true,
    });
    expect(detectFormat(GDELT_2_COLUMNS.join('\t'))).toMatchObject({ format: 'gdelt-2' });
    expect(detectFormat('GLOBALEVENTID\tSQLDATE\n1\t20220101')).toEqual({ format: null });
  });

  it('reads headers whatever their case, spacing and delimiter', () => {
    expect(detectFormat(TIMELINE_SHEET_COLUMNS.join('\t'))).toEqual({
      format: 'timeline-csv',
      delimiter: '\t',
    });
    expect(detectFormat('DATE;Title;Source URL\n2022;x;y')).toEqual({
      format: 'template-events',
      delimiter: ';',
    });
  });

  it('knows the columns the fixtures and the shipped templates are written in', () => {
    const header = (text: string) =>
      text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]!
        .split(',');
    expect(header(readFixture('timeline.csv'))).toEqual(TIMELINE_SHEET_COLUMNS);
    const shipped = (name: string) =>
      header(readFileSync(join(process.cwd(), 'public/templates', name), 'utf8'));
    expect([...TEMPLATE_EVENT_COLUMNS].sort()).toEqual(shipped('events-template.csv').sort());
    expect([...TEMPLATE_QUOTE_COLUMNS].sort()).toEqual(shipped('quotes-template.csv').sort());
  });

  it('recognises nothing else', () => {
    for (const text of ['', 'hello world', 'a,b,c\n1,2,3', '1\t2\t3', '<!doctype html><p>'])
      expect(detectFormat(text)).toEqual({ format: null });
  });
});
