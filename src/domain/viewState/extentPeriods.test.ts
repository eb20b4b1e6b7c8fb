import { describe, expect, it } from 'vitest';
import { extentPeriods } from './extentPeriods';

describe('presets from a dataset’s own extent', () => {
  it('offers the whole, then each year it spans', () => {
    expect(extentPeriods({ from: '2019-05-02', to: '2021-02-01' }).map((p) => p.id)).toEqual([
      'all',
      '2019',
      '2020',
      '2021',
    ]);
    expect(extentPeriods({ from: '2019-05-02', to: '2021-02-01' })[1]?.range).toEqual({
      from: '2019-01-01',
      to: '2019-12-31',
    });
  });

  it('offers the last six years of a long extent, and only the whole of a year or less', () => {
    const long = extentPeriods({ from: '1979-01-01', to: '2013-03-31' });
    expect(long.map((p) => p.id)).toEqual(['all', '2008', '2009', '2010', '2011', '2012', '2013']);
    expect(extentPeriods({ from: '2025-01-01', to: '2025-03-01' }).map((p) => p.id)).toEqual([
      'all',
    ]);
    expect(extentPeriods({ from: null, to: null })).toHaveLength(1);
  });
});
