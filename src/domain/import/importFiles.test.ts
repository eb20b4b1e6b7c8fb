/**
 * Whatever the format, an import is this app's dataset: it goes through the same checks as a JSON
 * file (so it opens again as one, with the same records), downloads as CSV, and reads the same
 * whole or in pieces cut anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActDayIndex, climateInputs } from '../scoring/actDays';
import { eventsToCsv } from '../export/eventsCsv';
import { datasetToJson } from '../export/exportData';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText, validateDataset } from '../validation/validate';
import {
  english,
  readFixture,
  WORDING,
  type IMPORT_FIXTURES,
} from '../../../tests/fixtures/import/read';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import type { ImportBatch } from './builder';
import { detectFormat } from './detect';
import { importFiles, importText } from './importFiles';
import { ImportSession } from './session';

type Fixture = (typeof IMPORT_FIXTURES)[number];
const IMPORTS: Fixture[][] = [
  ['gdelt-1.export.CSV'],
  ['gdelt-2.export.CSV'],
  ['timeline.json'],
  ['timeline.csv'],
  ['events.csv', 'quotes.csv'],
];

function imported(names: Fixture[]): Dataset {
  const outcome = importFiles(
    names.map((name) => ({ text: readFixture(name), fileName: name })),
    { wording: WORDING },
  );
  if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
  return outcome.dataset;
}

describe.each(IMPORTS)('an import of %s', (...names) => {
  const dataset = imported(names);

  it('opens again from its JSON download with the same records and nothing left out', () => {
    const reopened = parseDatasetText(datasetToJson(dataset));
    expect(reopened.ok && reopened.leftOut).toEqual([]);
    expect(reopened.ok && reopened.dataset).toEqual(dataset);
  });

  it('passes the JSON reader’s checks as it is, record by record', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok && result.dataset.events.length).toBe(dataset.events.length);
  });

  it('downloads as CSV, one row an event', () => {
    const csv = eventsToCsv(
      dataset.events,
      {
        placesById: new Map(dataset.places.map((p) => [p.id, p])),
        peopleById: new Map(dataset.people.map((p) => [p.id, p])),
        eventsById: new Map(dataset.events.map((e) => [e.id, e])),
      },
      'citation',
      { actDays: buildActDayIndex(climateInputs(dataset.events)) },
    );
    const lines = csv.trimEnd().split('\r\n');
    // The citation, the header, then at least one line an event (a summary may hold a break).
    expect(lines.length).toBeGreaterThanOrEqual(dataset.events.length + 2);
    for (const event of dataset.events) expect(csv).toContain(event.id);
  });

  it('reads the same in pieces cut anywhere as whole', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), (cuts) => {
        const session = new ImportSession({ wording: WORDING });
        const batches: ImportBatch[] = [];
        const quotesLast = (name: Fixture) => Number(name === 'quotes.csv');
        const ordered = [...names].sort((a, b) => quotesLast(a) - quotesLast(b));
        for (const name of ordered) {
          const text = readFixture(name);
          const file = session.open(detectFormat(text), name);
          let from = 0;
          for (const cut of cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b)) {
            file.push(text.slice(from, cut));
            batches.push(session.take());
            from = cut;
          }
          file.push(text.slice(from));
          file.end();
          batches.push(session.take());
        }
        const events = batches.flatMap((b) => b.events);
        expect(events).toEqual(dataset.events);
        expect(batches.flatMap((b) => b.places)).toEqual(dataset.places);
        expect(session.finish().ok).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the templates the README offers', () => {
  it('import whole, with nothing left out or changed', () => {
    const template = (name: string) => ({
      text: readFileSync(join(process.cwd(), 'public/templates', name), 'utf8'),
      fileName: name,
    });
    const outcome = importFiles(
      [template('events-template.csv'), template('quotes-template.csv')],
      {
        wording: WORDING,
      },
    );
    expect(outcome.ok && [outcome.leftOut, outcome.notes]).toEqual([[], []]);
    expect(outcome.ok && outcome.counts).toMatchObject({ events: 3, quotes: 2 });
    expect(outcome.ok && outcome.dataset.quotes.map((q) => q.eventId)).toEqual([
      'geneva-talks',
      'row-3',
    ]);
  });
});

describe('importFiles', () => {
  it('reads this app’s own JSON with its own reader', () => {
    const outcome = importText(JSON.stringify(makeSampleDataset()), { wording: WORDING });
    expect(outcome.ok && outcome.formats).toEqual(['dataset-json']);
    expect(outcome.ok && outcome.dataset.events).toHaveLength(4);
    const broken = importText('{"sources": [', { wording: WORDING });
    expect(!broken.ok && broken.problems.map(english)[0]).toMatch(/^not valid JSON: /);
  });

  it('scores another pair of sides when asked, and keeps the pair in the dataset', () => {
    const outcome = importText(readFixture('gdelt-2.export.CSV'), {
      wording: WORDING,
      dyad: ['RUS', 'UKR'],
      onlyDyad: true,
    });
    expect(outcome.ok && outcome.dataset.dyad).toEqual(['RUS', 'UKR']);
    expect(outcome.ok && outcome.dataset.events.map((e) => [e.id, e.tension])).toEqual([
      ['gdelt-1024215005', 8.3],
    ]);
  });
});
