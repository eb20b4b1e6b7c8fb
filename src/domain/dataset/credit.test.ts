import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { creditSources } from './credit';
import type { Source } from './schema';

const source = (id: string, publisher: string | null): Source => ({
  ...makeSampleDataset().sources[0]!,
  id,
  publisher,
});

describe('creditSources', () => {
  it('names the publishers once each, and says when other sources remain', () => {
    expect(
      creditSources([
        source('a', null),
        source('b', 'VOV.VN'),
        source('c', 'Nhân Dân'),
        source('d', 'VOV.VN'),
        source('e', null),
      ]),
    ).toEqual({ count: 5, publishers: ['VOV.VN', 'Nhân Dân'], others: true });
  });
  it('needs no "others" when every source is named', () => {
    expect(creditSources(makeSampleDataset().sources)).toEqual({
      count: 1,
      publishers: ['Example Daily'],
      others: false,
    });
  });
  it('names a few publishers at most', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((p) => source(p, p));
    expect(creditSources(many, 3)).toEqual({ count: 5, publishers: ['A', 'B', 'C'], others: true });
  });
});
