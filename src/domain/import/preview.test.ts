import { describe, expect, it } from 'vitest';
import { english, readFixture, WORDING } from '../../../tests/fixtures/import/read';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { previewImport } from './preview';

describe('previewImport', () => {
  it('shows a GDELT file’s format, its columns, its first rows and what is left out so far', () => {
    const text = readFixture('gdelt-2.export.CSV');
    // The first piece of a larger file ends inside a row.
    const piece = text.slice(0, text.indexOf('\n', text.indexOf('1024102004')) + 40);
    const preview = previewImport(piece, { wording: WORDING });
    expect(preview.format).toBe('gdelt-2');
    expect(preview.complete).toBe(false);
    expect(preview.columns.find((c) => c.column === 'SQLDATE')).toEqual({
      column: 'SQLDATE',
      fields: ['events[].date'],
    });
    expect(preview.rows.map((r) => [r.line, r.event.id])).toEqual([
      [1, 'gdelt-1022431001'],
      [2, 'gdelt-1019983002'],
      [3, 'gdelt-1023870003'],
      [5, 'gdelt-1024102004'],
    ]);
    expect(preview.counts).toMatchObject({ rows: 5, events: 4, leftOut: 1 });
    expect(preview.leftOut.map(english)).toEqual(['line 4: 30 columns, a GDELT 2.0 row has 61']);
    expect(preview.notes).toHaveLength(1);
    expect(preview.refusals).toEqual([]);
  });

  it('maps each column of a header, and says which are not read', () => {
    const preview = previewImport(readFixture('timeline.csv'), {
      wording: WORDING,
      complete: true,
    });
    expect(preview.format).toBe('timeline-csv');
    expect(preview.title).toBe('US–Russia talks before the invasion');
    expect(preview.columns.find((c) => c.column === 'Headline')?.fields).toContain(
      'events[].title',
    );
    expect(preview.columns.find((c) => c.column === 'Background')?.fields).toEqual([]);
    expect(preview.counts).toMatchObject({ rows: 8, events: 3, leftOut: 3 });
  });

  it('previews the template, the TimelineJS JSON and this app’s JSON when whole', () => {
    const template = previewImport(readFixture('events.csv'), { wording: WORDING, complete: true });
    expect(template.columns.map((c) => c.column)).toContain('source_url');
    expect(template.rows[0]).toMatchObject({ line: 2, path: null });
    const timeline = previewImport(readFixture('timeline.json'), {
      wording: WORDING,
      complete: true,
    });
    expect(timeline.rows.map((r) => r.path)).toEqual(['events[0]', 'events[1]', 'events[2]']);
    const own = previewImport(JSON.stringify(makeSampleDataset()), {
      wording: WORDING,
      complete: true,
    });
    expect(own).toMatchObject({ format: 'dataset-json', counts: null, refusals: [] });
    expect(own.rows).toHaveLength(4);
  });

  it('says why a file cannot be opened', () => {
    const preview = previewImport('just some text\n', { wording: WORDING, complete: true });
    expect(preview.format).toBeNull();
    expect(preview.refusals.map(english)[0]).toMatch(/^the format of the file was not recognised/);
    const json = previewImport('{"sources": ', { wording: WORDING, complete: true });
    expect(json.refusals.map(english)[0]).toMatch(/^not valid JSON/);
  });
});
