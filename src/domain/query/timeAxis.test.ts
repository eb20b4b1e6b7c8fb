import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { indexDataset } from './indexDataset';
import { fromDayNumber, toDayNumber } from '../dataset/dates';
import {
  binByMonth,
  binIndicesToRange,
  chartDomain,
  monthTicks,
  rangeToBinIndices,
} from './timeAxis';

const d = toDayNumber;

describe('monthTicks', () => {
  it('marks every January over four years', () => {
    expect(monthTicks(d('2021-11-15'), d('2025-11-01')).map(fromDayNumber)).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
  });
  it('marks every month over a few months', () => {
    expect(monthTicks(d('2022-01-10'), d('2022-04-20')).map(fromDayNumber)).toEqual([
      '2022-02-01',
      '2022-03-01',
      '2022-04-01',
    ]);
  });
});

describe('chartDomain', () => {
  it('pads the chosen range, or the data where the range is open', () => {
    const extent = { start: d('2021-12-01'), end: d('2025-10-31') };
    const [start, end] = chartDomain({ from: '2022-01-01', to: null }, extent);
    expect(start).toBeLessThan(d('2022-01-01'));
    expect(end).toBeGreaterThan(extent.end);
  });
});

describe('month bins and the brush', () => {
  const index = indexDataset(makeSampleDataset());
  const bins = index.monthBins;

  it('has one bin per month of the extent, with counts', () => {
    const days = [d('2022-01-31'), d('2022-02-01'), d('2022-04-15')];
    expect(
      binByMonth(
        days.map((day) => ({ day })),
        { start: d('2022-01-20'), end: d('2022-04-30') },
      ),
    ).toEqual([
      { month: '2022-01', start: d('2022-01-01'), end: d('2022-01-31'), count: 1 },
      { month: '2022-02', start: d('2022-02-01'), end: d('2022-02-28'), count: 1 },
      { month: '2022-03', start: d('2022-03-01'), end: d('2022-03-31'), count: 0 },
      { month: '2022-04', start: d('2022-04-01'), end: d('2022-04-30'), count: 1 },
    ]);
  });

  it('crosses a year', () => {
    const crossing = binByMonth([], { start: d('2021-12-05'), end: d('2022-01-02') });
    expect(crossing.map((b) => b.month)).toEqual(['2021-12', '2022-01']);
  });

  it('turns a range into brush indices and back into whole months', () => {
    const indices = rangeToBinIndices(bins, { from: '2023-02-10', to: '2023-03-05' });
    expect(bins[indices.startIndex]?.month).toBe('2023-02');
    expect(bins[indices.endIndex]?.month).toBe('2023-03');
    expect(binIndicesToRange(bins, indices.startIndex, indices.endIndex)).toEqual({
      from: '2023-02-01',
      to: '2023-03-31',
    });
  });

  it('leaves the range open where the brush reaches an end of the strip', () => {
    expect(rangeToBinIndices(bins, { from: null, to: null })).toEqual({
      startIndex: 0,
      endIndex: bins.length - 1,
    });
    expect(binIndicesToRange(bins, 0, bins.length - 1)).toEqual({ from: null, to: null });
  });
});
