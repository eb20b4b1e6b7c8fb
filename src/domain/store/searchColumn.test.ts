import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { generateDataset, seededRandom } from '../../../tests/fixtures/synthetic';
import { matchesQuery, quoteHaystack } from '../quoteSearch';
import type { Dataset, Person, Quote } from '../schema';
import { buildSearchChunk, buildSearchColumn, matchQuotes } from './searchColumn';
import { packQuotes } from './packedRecords';
import { TextReader, unpackQuotes } from './storedRecords';

const peopleOf = (dataset: Dataset) => new Map(dataset.people.map((p) => [p.id, p]));

/** The quotes the column finds, and those `matchesQuery` (the oracle) finds, by id. */
function verdicts(quotes: readonly Quote[], people: ReadonlyMap<string, Person>, query: string) {
  // Small chunks, so that words near chunks' edges are tried too.
  const matches = matchQuotes(buildSearchColumn(quotes, people, 7), query);
  return {
    column: quotes.filter(matches).map((q) => q.id),
    oracle: quotes.filter((q) => matchesQuery(q, people, query)).map((q) => q.id),
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

describe('the search column', () => {
  const sample = makeSampleDataset();
  const synthetic = generateDataset({ events: 400, seed: 3 });

  it.each([
    ['the sample', sample, 300],
    ['a synthetic dataset', synthetic, 300],
  ])('finds, in %s, the quotes matchesQuery finds, for any query', (_, dataset, count) => {
    const people = peopleOf(dataset);
    let finding = 0;
    for (const query of randomQueries(dataset.quotes, people, count)) {
      const { column, oracle } = verdicts(dataset.quotes, people, query);
      expect(column, query).toEqual(oracle);
      if (oracle.length > 0) finding += 1;
    }
    // Most queries find something (they are not all misses).
    expect(finding).toBeGreaterThan(count / 2);
  });

  it('ignores case and Vietnamese diacritics, and needs every word', () => {
    const people = peopleOf(synthetic);
    const plain = verdicts(synthetic.quotes, people, 'hoa binh');
    expect(plain.column.length).toBeGreaterThan(0);
    expect(verdicts(synthetic.quotes, people, 'HÒA   Bình').column).toEqual(plain.column);
    const both = verdicts(synthetic.quotes, people, 'hoa binh thoa thuan');
    expect(both.column).toEqual(both.oracle);
    expect(both.column.length).toBeLessThan(plain.column.length);
  });

  it('finds no word across two quotes, and every quote for an empty query', () => {
    const people = peopleOf(sample);
    const [first, second] = sample.quotes as [Quote, Quote];
    const quotes: Quote[] = [
      { ...first, speakerId: null, speaker: undefined, text: { en: 'alpha xyz', vi: 'alpha xyz' } },
      { ...second, speakerId: null, speaker: undefined, text: { en: 'abc beta', vi: 'abc beta' } },
    ];
    expect(verdicts(quotes, people, 'xyzabc')).toEqual({ column: [], oracle: [] });
    expect(verdicts(quotes, people, 'xyz abc')).toEqual({ column: [], oracle: [] });
    expect(verdicts(quotes, people, 'alpha beta')).toEqual({ column: [], oracle: [] });
    expect(verdicts(quotes, people, 'alpha xyz').column).toEqual([first.id]);
    expect(verdicts(quotes, people, '  ').column).toEqual([first.id, second.id]);
  });

  it("is searched without reading the quotes' text", () => {
    const dataset = generateDataset({ events: 300, seed: 5 });
    const people = peopleOf(dataset);
    let reads = 0;
    const reader = new (class extends TextReader {
      override read<T>(...args: Parameters<TextReader['read']>): T {
        reads += 1;
        return super.read<T>(...args);
      }
    })();
    const stored = unpackQuotes(packQuotes(dataset.quotes), reader);
    // As the worker makes it: from the quotes before they were packed.
    const column = { quotes: stored, chunks: [buildSearchChunk(dataset.quotes, people)] };
    const found = stored.filter(matchQuotes(column, 'hoa binh'));
    expect(reads).toBe(0);
    expect(found.map((q) => q.id)).toEqual(
      dataset.quotes.filter((q) => matchesQuery(q, people, 'hoa binh')).map((q) => q.id),
    );
  });
});
