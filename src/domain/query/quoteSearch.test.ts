import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { indexDataset } from './indexDataset';
import { foldForSearch, matchesQuery, speakerName } from './quoteSearch';

const dataset = makeSampleDataset();
const index = indexDataset(dataset);
const [q1, q2, q3] = dataset.quotes as [never, never, never];

describe('foldForSearch', () => {
  it('ignores case and Vietnamese diacritics', () => {
    expect(foldForSearch('  Hòa   Bình Đà Nẵng ')).toBe('hoa binh da nang');
  });
});

describe('matchesQuery', () => {
  it('finds words in either language, with or without diacritics', () => {
    expect(matchesQuery(q3, index.peopleById, 'hoa binh')).toBe(true);
    expect(matchesQuery(q3, index.peopleById, 'peace')).toBe(true);
    expect(matchesQuery(q3, index.peopleById, 'war')).toBe(false);
  });
  it('finds a speaker by name, described or not', () => {
    expect(matchesQuery(q1, index.peopleById, 'alice')).toBe(true);
    expect(matchesQuery(q2, index.peopleById, 'official')).toBe(true);
    expect(matchesQuery(q2, index.peopleById, 'alice')).toBe(false);
  });
  it('matches everything for an empty query', () => {
    expect(matchesQuery(q2, index.peopleById, '   ')).toBe(true);
  });
});

describe('speakerName', () => {
  it('names people and described speakers in the reader’s language', () => {
    expect(speakerName(q1, index.peopleById, 'vi')).toBe('Alice');
    expect(speakerName(q2, index.peopleById, 'vi')).toBe('Một quan chức');
  });
});
