/**
 * The import worker on the files people have (review C4, C5, C10, C12): encodings, zips and two
 * files of the template together, Parquet in GDELT's or the template's columns, and the
 * preview's findings handed to the import.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '@/domain/validation/validate';
import { english, readFixture } from '../../tests/fixtures/import/read';
import { gdeltParquet, gdeltRows, templateParquet } from '../../tests/fixtures/import/parquet';
import type { ImportChoices, ImportMessage, ImportRequest } from './importProtocol';
import { importedJson, request } from '../../tests/fixtures/importWorker';
import { PREVIEW_ROWS } from './importPreview';

const CHOICES: ImportChoices = { dyad: null, onlyDyad: false, encoding: null };
type Files = { file: Blob; name: string }[];

async function preview(files: Files, choices: Partial<ImportChoices> = {}) {
  const messages = await request({ type: 'preview', files, ...CHOICES, ...choices });
  const shown = messages.find((m) => m.type === 'preview');
  if (shown?.type !== 'preview') throw new Error(`no preview: ${JSON.stringify(messages)}`);
  return { ...shown, messages };
}

async function imported(
  files: Files,
  extra: Partial<Extract<ImportRequest, { type: 'import' }>> = {},
) {
  const messages = await request({ type: 'import', files, found: null, ...CHOICES, ...extra });
  const done = messages.at(-1);
  if (done?.type !== 'done' && done?.type !== 'indexed')
    throw new Error(`not imported: ${JSON.stringify(done)}`);
  const opened = parseDatasetText(await importedJson(done));
  if (!opened.ok) throw new Error(opened.problems.map(english).join('\n'));
  return { ...done, dataset: opened.dataset, messages };
}

const EVENTS =
  'date\ttitle\tplace\tlatitude\tlongitude\n2022-01-21\tRencontre à Genève\tGenève\t46.2\t6.1\n';

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}
/** Latin-1's range, one byte a character, as Windows-1252 writes it. */
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('text in the encodings spreadsheets write', () => {
  it('reads Excel’s “Unicode text” (UTF-16 LE with a mark, tab-separated)', async () => {
    const files = [{ file: new Blob([utf16le(EVENTS)]), name: 'events.txt' }];
    const shown = await preview(files);
    expect(shown.sources[0]?.encoding).toEqual({ encoding: 'utf-16le', by: 'bom' });
    expect(shown.preview.format).toBe('template-events');
    expect(shown.preview.rows[0]?.event.title.en).toBe('Rencontre à Genève');
    const { dataset } = await imported(files);
    expect(dataset.places[0]?.name.en).toBe('Genève');
  });

  it('reads a Windows-1252 CSV as such, never as U+FFFD, and says so', async () => {
    const csv = EVENTS.replaceAll('\t', ',');
    const files = [{ file: new Blob([windows1252(csv)]), name: 'events.csv' }];
    const shown = await preview(files);
    expect(shown.sources[0]?.encoding).toEqual({ encoding: 'windows-1252', by: 'not-utf-8' });
    expect(shown.preview.rows[0]?.event.title.en).toBe('Rencontre à Genève');
    // The reader's choice wins: read as UTF-8, the same bytes are not.
    const asUtf8 = await preview(files, { encoding: 'utf-8' });
    expect(asUtf8.sources[0]?.encoding).toEqual({ encoding: 'utf-8', by: 'chosen' });
    expect(asUtf8.preview.rows[0]?.event.title.en).toContain('\ufffd');
  });

  it('reads the file as the preview found it, past the start the import would look at', async () => {
    // 8 KB of plain ASCII rows, then a Windows-1252 "è": the preview read it all.
    const filler = Array.from({ length: 200 }, (_, i) => `2022-01-21,Talks ${i},,,`).join('\n');
    const csv = `date,title,place,latitude,longitude\n${filler}\n2022-01-22,Genève,,,\n`;
    const files = [{ file: new Blob([windows1252(csv)]), name: 'late.csv' }];
    const shown = await preview(files);
    const found = shown.sources.map(({ detection, encoding }) => ({
      detection,
      encoding: encoding?.encoding ?? null,
    }));
    const { dataset } = await imported(files, { found });
    expect(dataset.events.at(-1)?.title.en).toBe('Genève');
  });
});

describe('the template’s two files together', () => {
  const events = readFixture('events.csv');
  const quotes = readFixture('quotes.csv');

  it('opens them chosen together, in either order, with the quotes', async () => {
    const files = [
      { file: new Blob([quotes]), name: 'quotes.csv' },
      { file: new Blob([events]), name: 'events.csv' },
    ];
    const shown = await preview(files);
    expect(shown.preview.formats).toEqual(['template-events', 'template-quotes']);
    expect(shown.preview.counts?.quotes).toBeGreaterThan(0);
    const { dataset } = await imported(files);
    expect(dataset.quotes.length).toBe(shown.preview.counts?.quotes);
  });

  it('opens a zip of both, as it opens the two', async () => {
    const zip = zipSync({
      'template/events.csv': strToU8(events),
      'template/quotes.csv': strToU8(quotes),
      '__MACOSX/template/._events.csv': strToU8('junk'),
    });
    const files = [{ file: new Blob([zip]), name: 'template.zip' }];
    const shown = await preview(files);
    expect(shown.sources.map((s) => s.name)).toEqual(['events.csv', 'quotes.csv']);
    const { dataset } = await imported(files);
    expect(dataset.quotes.length).toBeGreaterThan(0);
  });

  it('refuses the quotes file alone in the preview, before Open is offered', async () => {
    const shown = await preview([{ file: new Blob([quotes]), name: 'quotes.csv' }]);
    expect(shown.preview.complete).toBe(true);
    expect(shown.preview.refusals.map(english)[0]).toBe('events: the dataset has no events');
  });
});

describe('Parquet', () => {
  it('opens GDELT’s columns as BigQuery exports them, a row group at a time', async () => {
    const rows = gdeltRows(2, 200);
    const file = new Blob([gdeltParquet(2, rows, 500)]);
    const files = [{ file, name: 'gdelt.parquet' }];
    const shown = await preview(files);
    expect(shown.sources[0]).toMatchObject({ kind: 'parquet', encoding: null });
    expect(shown.preview.format).toBe('gdelt-2');
    expect(shown.preview.counts?.rows).toBe(PREVIEW_ROWS);
    // The countries of the whole file follow the preview of its first rows.
    const countries = shown.messages.find((m) => m.type === 'countries');
    expect(countries).toMatchObject({ type: 'countries' });
    const { dataset, counts, messages } = await imported(files);
    expect(counts.rows).toBe(rows.length);
    expect(dataset.events.length).toBe(counts.events);
    expect(messages.some((m: ImportMessage) => m.type === 'progress')).toBe(true);
  });

  it('opens the template’s columns, numbers as numbers, ids in capitals', async () => {
    const file = new Blob([
      templateParquet({
        ID: ['E1', 'E2'],
        date: ['2022-01-21', '2022-02-01'],
        title: ['Talks in Geneva', 'A call'],
        place: ['Geneva', null],
        latitude: [46.2, null],
        longitude: [6.1, null],
      }),
    ]);
    const { dataset, notes } = await imported([{ file, name: 'events.parquet' }]);
    expect(dataset.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(dataset.places[0]).toMatchObject({ lat: 46.2, lon: 6.1 });
    expect(notes.map(english)[0]).toContain('"E1" is written "e1"');
  });
});
