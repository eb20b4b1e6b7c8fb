import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { generateDataset, seededRandom } from '../../../tests/fixtures/synthetic';
import { matchesQuery, quoteHaystack } from './quoteSearch';
import type { Dataset, Person, Quote } from '../dataset/schema';
import { DatasetIndex } from './datasetIndex';
import { buildIndexData } from './indexDataset';
import { RECORDS_PER_CHUNK } from './records';
import { matchQuotePositions } from './search';

const peopleOf = (dataset: Dataset) => new Map(dataset.people.map((p) => [p.id, p]));

/** The quotes the index's search finds, and those `matchesQuery` (the oracle) finds, by id. */
function verdicts(dataset: Dataset, quotes: readonly Quote[], query: string) {
  const people = peopleOf(dataset);
  // Small chunks, so that words near chunks' edges are tried too.
  const data = buildIndexData({ ...dataset, quotes: [...quotes] }, { searchChunk: 7 });
  const index = new DatasetIndex(data);
  const matches = matchQuotePositions(data, query);
  const all = Array.from({ length: index.quoteCount }, (_, q) => q);
  const found = matches === null ? all : Array.from(matches);
  const inOrder = (ids: string[]) => [...ids].sort();
  return {
    column: inOrder(found.map((q) => index.quoteAt(q).id)),
    oracle: inOrder(quotes.filter((q) => matchesQuery(q, people, query)).map((q) => q.id)),
  };
}

/** Random queries: pieces of quotes' haystacks (diacritics put back at random), cut anywhere. */
function randomQueries(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  count: number,
) {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const accents: Record<string, string> = { a: 'à', o: 'ò', e: 'Ế', i: 'Í', d: 'Đ' };
  const piece = () => {
    const haystack = quoteHaystack(pick(quotes), people);
    const start = Math.floor(random() * haystack.length);
    const text = haystack.slice(start, start + 1 + Math.floor(random() * 14));
    return [...text].map((c) => (random() < 0.2 ? (accents[c] ?? c.toUpperCase()) : c)).join('');
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      random() < 0.1 ? 'zzq' : piece(),
    ).join(pick([' ', '  ', '\t'])),
  );
}

describe('quote search over the search column', () => {
  const sample = makeSampleDataset();
  const synthetic = generateDataset({ events: 400, seed: 3 });

  it.each([
    ['the sample', sample, 300],
    ['a synthetic dataset', synthetic, 300],
  ])('finds, in %s, the quotes matchesQuery finds, for any query', (_, dataset, count) => {
    const people = peopleOf(dataset);
    let finding = 0;
    for (const query of randomQueries(dataset.quotes, people, count)) {
      const { column, oracle } = verdicts(dataset, dataset.quotes, query);
      expect(column, query).toEqual(oracle);
      if (oracle.length > 0) finding += 1;
    }
    // Most queries find something (they are not all misses).
    expect(finding).toBeGreaterThan(count / 2);
  });

  it('ignores case and Vietnamese diacritics, and needs every word', () => {
    const plain = verdicts(synthetic, synthetic.quotes, 'hoa binh');
    expect(plain.column.length).toBeGreaterThan(0);
    expect(verdicts(synthetic, synthetic.quotes, 'HÒA   Bình').column).toEqual(plain.column);
    const both = verdicts(synthetic, synthetic.quotes, 'hoa binh thoa thuan');
    expect(both.column).toEqual(both.oracle);
    expect(both.column.length).toBeLessThan(plain.column.length);
  });

  it('finds no word across two quotes, and every quote for an empty query', () => {
    const [first, second] = sample.quotes as [Quote, Quote];
    const quotes: Quote[] = [
      { ...first, speakerId: null, speaker: undefined, text: { en: 'alpha xyz', vi: 'alpha xyz' } },
      { ...second, speakerId: null, speaker: undefined, text: { en: 'abc beta', vi: 'abc beta' } },
    ];
    expect(verdicts(sample, quotes, 'xyzabc')).toEqual({ column: [], oracle: [] });
    expect(verdicts(sample, quotes, 'xyz abc')).toEqual({ column: [], oracle: [] });
    expect(verdicts(sample, quotes, 'alpha beta')).toEqual({ column: [], oracle: [] });
    expect(verdicts(sample, quotes, 'alpha xyz').column).toEqual([first.id]);
    expect(verdicts(sample, quotes, '  ').column).toEqual([first.id, second.id].sort());
  });

  it("is searched without reading the quotes' records", () => {
    const dataset = generateDataset({ events: 300, seed: 5 });
    const people = peopleOf(dataset);
    const data = buildIndexData(dataset);
    // No record to read: a search that read one would throw.
    const bare = { ...data, quoteRecords: { chunkSize: RECORDS_PER_CHUNK, chunks: [], ends: [] } };
    const found = matchQuotePositions(bare, 'hoa binh') ?? new Int32Array();
    const index = new DatasetIndex(data);
    expect(Array.from(found, (q) => index.quoteAt(q).id).sort()).toEqual(
      dataset.quotes
        .filter((q) => matchesQuery(q, people, 'hoa binh'))
        .map((q) => q.id)
        .sort(),
    );
  });
});
