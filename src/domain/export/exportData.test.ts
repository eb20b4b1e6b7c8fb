import { describe, expect, it } from 'vitest';
import { buildActDayIndex, climateInputs } from '../scoring/actDays';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { indexDataset } from '../query/indexDataset';
import { eventsToCsv } from './eventsCsv';
import {
  BYTE_ORDER_MARK,
  buildCitation,
  csvField,
  datasetToJson,
  exportFileName,
  quotesToCsv,
  subsetDataset,
  toCsv,
} from './exportData';
import type { Dataset } from '../dataset/schema';
import type { Dyad } from '../scoring/tension';
import { parseDatasetText } from '../validation/validate';

/** The dyad and the act-day index a download reads, as the page's index holds them. */
const scores = (data: Dataset, dyad: Dyad | undefined = data.dyad) => ({
  ...(dyad ? { dyad } : {}),
  actDays: buildActDayIndex(climateInputs(data.events), dyad),
});

const dataset = makeSampleDataset();
const index = indexDataset(dataset);
const lookups = index;

/** A small RFC 4180 reader, to check that what is written reads back the same. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(4.5)).toBe('4.5');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte-order mark, ends rows with CRLF, and keeps Vietnamese intact', () => {
    const text = toCsv([
      ['Hòa bình', 'Đà Nẵng, "Huế"'],
      ['line\r\nbreak', ''],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(readCsv(text)).toEqual([
      ['Hòa bình', 'Đà Nẵng, "Huế"'],
      ['line\r\nbreak', ''],
    ]);
  });

  it('writes events with the citation first, then the header, then a row each', () => {
    const rows = readCsv(eventsToCsv(dataset.events, lookups, 'Cite me, please', scores(dataset)));
    expect(rows[0]).toEqual(['Cite me, please']);
    expect(rows[1]![0]).toBe('id');
    expect(rows).toHaveLength(2 + dataset.events.length);
    const e1 = rows.find((r) => r[0] === 'e1')!;
    expect(e1[3]).toBe('Geneva');
    expect(e1[9]).toBe('Alice; Boris');
  });

  it('writes quotes with the Vietnamese original and the translation in their own columns', () => {
    const rows = readCsv(quotesToCsv(dataset.quotes, lookups, 'c'));
    const q3 = rows.find((r) => r[0] === 'q3')!;
    expect(q3.slice(6, 8)).toEqual(['hòa bình', 'peace']);
    expect(rows.find((r) => r[0] === 'q2')![3]).toBe('An official');
  });
});

describe('JSON', () => {
  it('writes the data shown in the dataset’s own schema, which loads again', () => {
    const events = dataset.events.filter((e) => e.placeId === 'geneva');
    const quotes = dataset.quotes.filter((q) => events.some((e) => e.id === q.eventId));
    const subset = subsetDataset(dataset, events, quotes, 'Cite me');
    expect(subset.places.map((p) => p.id)).toEqual(['geneva']);
    expect(subset.people.map((p) => p.id)).toEqual(['alice', 'boris']);
    const reloaded = parseDatasetText(datasetToJson(subset));
    expect(reloaded.ok && reloaded.leftOut).toEqual([]);
    expect(reloaded.ok && reloaded.dataset.citation).toBe('Cite me');
  });
});

describe('the tone in the downloads', () => {
  it('writes each event’s range and leaves an unscored event’s tone empty', () => {
    const data = makeSampleDataset();
    data.events[0]!.tensionRange = [2.6, 5.3];
    data.events[1]!.tension = null;
    data.events[1]!.tensionRange = null;
    const rows = readCsv(eventsToCsv(data.events, lookups, 'Cite me', scores(data)));
    const header = rows[1]!;
    const column = (name: string) => header.indexOf(name);
    expect(rows[2]![column('tone_low')]).toBe('2.6');
    expect(rows[2]![column('tone_high')]).toBe('5.3');
    expect([rows[3]![column('tone')], rows[3]![column('tone_low')]]).toEqual(['', '']);
  });

  it('writes the evidence beside the tone: counted conflict, cooperation and acts (N14)', () => {
    const data = makeSampleDataset();
    const event = data.events[0]!;
    event.actions = [
      { actor: 'USA', target: 'RUS', cameo: '1056', goldstein: -5, sentence: 'a', sourceId: 's' },
      { actor: 'RUS', target: 'USA', cameo: '036', goldstein: 4, sentence: 'b', sourceId: 's' },
      { actor: 'USA', target: 'UKR', cameo: '032', goldstein: 4.5, sentence: 'c', sourceId: 's' },
    ];
    data.events[1]!.actions = [];
    const rows = readCsv(eventsToCsv(data.events, lookups, 'Cite me', scores(data)));
    const column = (name: string) => rows[1]!.indexOf(name);
    const evidence = (row: number) =>
      ['tone_conflict', 'tone_cooperation', 'tone_acts'].map((c) => rows[row]![column(c)]);
    expect(evidence(2)).toEqual(['5', '4', '2']);
    expect(evidence(3)).toEqual(['', '', '0']);
    // Another pair of sides counts other acts.
    const other = readCsv(
      eventsToCsv(data.events, lookups, 'Cite me', scores(data, ['USA', 'UKR'])),
    );
    expect(['tone_cooperation', 'tone_acts'].map((c) => other[2]![column(c)])).toEqual([
      '4.5',
      '1',
    ]);
  });

  it('writes the climate going into each event, from every act of the 30 days before it', () => {
    const data = makeSampleDataset();
    const [first, second, third] = data.events;
    // A conflictual act on 10 January; an event with no acts of its own 11 days later.
    first!.date = '2022-01-10';
    first!.actions = [
      { actor: 'USA', target: 'RUS', cameo: '130', goldstein: -4.4, sentence: 'x', sourceId: 's' },
    ];
    second!.date = '2022-01-21';
    second!.actions = [];
    third!.date = '2022-03-01';
    const rows = readCsv(eventsToCsv(data.events, lookups, 'Cite me', scores(data)));
    const column = (name: string) => rows[1]!.indexOf(name);
    const climate = (id: string) => {
      const row = rows.find((r) => r[0] === id)!;
      return ['climate', 'climate_low', 'climate_high', 'climate_acts'].map((c) => row[column(c)]);
    };
    // 10 × (4.4 + 2.5) ÷ (4.4 + 5) = 7.34: the act counts for the event after it…
    expect(climate(second!.id)).toEqual(['7.34', '7.34', '7.34', '1']);
    // …not for its own (the window ends the day before), nor for one more than 30 days later.
    expect(climate(first!.id)).toEqual(['', '', '', '0']);
    expect(climate(third!.id)).toEqual(['', '', '', '0']);
  });

  it('writes a note in each language, and a note written once in both columns', () => {
    const data = makeSampleDataset();
    data.events[0]!.note = { en: 'Month precision.', vi: 'Chính xác đến tháng.', original: 'en' };
    data.events[1]!.note = 'Written once.';
    const rows = readCsv(eventsToCsv(data.events, lookups, 'Cite me', scores(data)));
    const column = (name: string) => rows[1]!.indexOf(name);
    const notes = (row: number) => [rows[row]![column('note_en')], rows[row]![column('note_vi')]];
    expect(notes(2)).toEqual(['Month precision.', 'Chính xác đến tháng.']);
    expect(notes(3)).toEqual(['Written once.', 'Written once.']);
  });

  it('keeps the range and the two sides in the JSON, which opens again', () => {
    const data = makeSampleDataset();
    data.dyad = ['USA', 'RUS'];
    data.events[2]!.actions[0]!.alternatives = [
      { cameo: '1056', goldstein: -5, reason: 'read as a demand' },
    ];
    data.events[2]!.tensionRange = [6.4, 7.5];
    const subset = subsetDataset(data, data.events, data.quotes, 'Cite me');
    const text = datasetToJson(subset);
    expect(JSON.parse(text)).toMatchObject({ dyad: ['USA', 'RUS'] });
    const reloaded = parseDatasetText(text);
    expect(reloaded.ok && reloaded.leftOut).toEqual([]);
    expect(reloaded.ok && reloaded.dataset.events[2]?.tensionRange).toEqual([6.4, 7.5]);
  });
});

describe('file names and citation', () => {
  it('say the filter', () => {
    expect(
      exportFileName(
        { from: '2022-01-01', to: '2022-12-31', placeId: 'geneva', eventId: null },
        'events',
        'csv',
      ),
    ).toBe('us-russia-diplomacy_2022-01-01_to_2022-12-31_geneva_events.csv');
    expect(
      exportFileName({ from: null, to: null, placeId: null, eventId: null }, 'data', 'json'),
    ).toBe('us-russia-diplomacy_data.json');
    expect(
      exportFileName(
        { from: '2025-01-20', to: null, placeId: null, eventId: null },
        'quotes',
        'csv',
      ),
    ).toBe('us-russia-diplomacy_2025-01-20_to_end_quotes.csv');
  });

  it('cites the sources, the date of download and the tension method', () => {
    const citation = buildCitation(dataset.sources, '2026-11-22');
    expect(citation).toContain('Example Daily, A headline, https://example.org/a');
    expect(citation).not.toContain('a.txt');
    expect(citation).toContain('Downloaded 2026-11-22');
    expect(citation).toContain('Goldstein');
  });

  it('dates each source as precisely as it is known: a year, a month or a day', () => {
    const source = dataset.sources[0]!;
    const dated = (date: string, datePrecision: 'year' | 'month' | 'day') =>
      buildCitation([{ ...source, date, datePrecision }], '2026-11-22');
    expect(dated('2021-01-01', 'year')).toContain(', 2021, ');
    expect(dated('2021-01-01', 'year')).not.toContain('2021-01');
    expect(dated('2021-12-01', 'month')).toContain(', 2021-12, ');
    expect(dated('2021-12-30', 'day')).toContain(', 2021-12-30, ');
  });
});
