import { describe, expect, it } from 'vitest';
import { readFixture, english } from '../../tests/fixtures/import/read';
import { parseDatasetText } from '@/domain/validation/validate';
import { request } from '../../tests/fixtures/importWorker';
import type { ImportRequest } from './importProtocol';

async function importThrough(
  text: string,
  name: string,
  choice: Partial<Pick<ImportRequest, 'dyad' | 'onlyDyad'>> = {},
) {
  const file = new Blob([text]);
  const choices = { dyad: null, onlyDyad: false, encoding: null, ...choice };
  return request({ type: 'import', files: [{ file, name }], found: null, ...choices });
}

describe('serveImportRequests', () => {
  it('writes a GDELT export as this app’s JSON, which opens as any file does', async () => {
    const messages = await importThrough(readFixture('gdelt-2.export.CSV'), 'gdelt.CSV');
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(done)}`);
    const opened = parseDatasetText(await done.json.text());
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.dataset.events).toHaveLength(6);
    expect(opened.leftOut).toEqual([]);
    expect(done.counts).toMatchObject({ rows: 8, events: 6, leftOut: 2 });
    expect(done.leftOut.map(english)).toContain('line 4: 30 columns, a GDELT 2.0 row has 61');
  });

  it('keeps only the rows between the two countries chosen, and scores them', async () => {
    const messages = await importThrough(readFixture('gdelt-2.export.CSV'), 'gdelt.CSV', {
      dyad: ['RUS', 'UKR'],
      onlyDyad: true,
    });
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('expected done');
    const opened = parseDatasetText(await done.json.text());
    if (!opened.ok) throw new Error('expected a dataset');
    expect(opened.dataset.dyad).toEqual(['RUS', 'UKR']);
    expect(opened.dataset.events.length).toBeGreaterThan(0);
    expect(opened.dataset.events.every((e) => e.tension !== null)).toBe(true);
  });

  it('keeps a TimelineJS timeline’s title and its events with no place', async () => {
    const messages = await importThrough(readFixture('timeline.json'), 'timeline.json');
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('expected done');
    const opened = parseDatasetText(await done.json.text());
    if (!opened.ok) throw new Error('expected a dataset');
    expect(opened.dataset.title).toBe('US–Russia talks before the invasion');
    expect(opened.dataset.places).toEqual([]);
  });

  it('reads a file in many pieces, with progress, as it reads one whole', async () => {
    const row = readFixture('gdelt-1.export.CSV').split('\n')[0]!;
    const text = Array.from({ length: 6000 }, (_, i) => row.replace(/^\d+/, String(1e9 + i))).join(
      '\n',
    );
    const messages = await importThrough(text, 'big.CSV');
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.counts.events).toBe(6000);
  });

  it('refuses a file of no format it reads, saying why', async () => {
    const messages = await importThrough('a,b\n1,2\n', 'x.csv');
    const last = messages.at(-1);
    if (last?.type !== 'refused') throw new Error('expected refused');
    expect(last.problems.map(english)[0]).toContain('the format of the file was not recognised');
  });
});
