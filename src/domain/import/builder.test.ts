import { describe, expect, it } from 'vitest';
import { english } from '../../../tests/fixtures/import/read';
import { problem } from '../dataset/problems';
import { DEFAULT_DYAD } from '../scoring/tension';
import { DatasetBuilder, locate } from './builder';

const place = (id: string, lat: number) => ({
  id,
  name: { en: 'Geneva', vi: 'Geneva' },
  country: 'CH',
  lat,
  lon: 6.14,
});

describe('locate', () => {
  const found = problem('events[7].actions[0].cameo', 'breaks-rule', {
    rule: 'cameo-code',
    options: [],
    got: { kind: 'literal', text: '"x"' },
  });
  const columnOf = (field: string) => (field === 'actions[0].cameo' ? 'EventCode' : null);

  it('names a problem of a row by its line and column', () => {
    expect(english(locate(found, { line: 12, columnOf }))).toBe(
      'line 12, column EventCode: expected a CAMEO code of 2 to 4 digits, e.g. "036", got "x"',
    );
  });

  it('names a problem of a JSON record by its path in the file', () => {
    expect(locate(found, { path: 'events[3]', columnOf: () => 'text.headline' }).path).toBe(
      'events[3].text.headline',
    );
    expect(locate(found, { path: 'events[3]', columnOf: () => null }).path).toBe('events[3]');
  });
});

describe('DatasetBuilder', () => {
  it('makes one record for each key, with ids of their names that never repeat', () => {
    const builder = new DatasetBuilder(DEFAULT_DYAD);
    const origin = { line: 2, columnOf: () => null };
    const make = (lat: number) => (id: string) => place(id, lat);
    expect(builder.place('a', 'Genève', make(46.2), origin)).toBe('geneve');
    expect(builder.place('a', 'Genève', make(46.2), origin)).toBe('geneve');
    expect(builder.place('b', 'Genève', make(46.3), origin)).toBe('geneve-2');
    expect(builder.place('c', '日内瓦', make(46.4), origin)).toBe('place');
    expect(builder.take().places.map((p) => p.id)).toEqual(['geneve', 'geneve-2', 'place']);
    expect(builder.take().places).toEqual([]);
  });

  it('leaves out every row that needs a record that failed, each with the problem', () => {
    const builder = new DatasetBuilder(DEFAULT_DYAD);
    const columnOf = (field: string) => (field === 'lat' ? 'latitude' : null);
    const make = (id: string) => place(id, 95);
    expect(builder.place('x', 'Geneva', make, { line: 2, columnOf })).toBeNull();
    expect(builder.place('x', 'Geneva', make, { line: 5, columnOf })).toBeNull();
    expect(builder.counts.leftOut).toBe(2);
    expect(builder.leftOut.map(english)).toEqual([
      'line 2, column latitude: expected a latitude from -90 to 90, got 95',
      'line 5, column latitude: expected a latitude from -90 to 90, got 95',
    ]);
    expect(builder.take().places).toEqual([]);
  });
});
