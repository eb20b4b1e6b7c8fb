/**
 * An import read into the index (Parquet) shown as it came, and the files the reader chose kept
 * for the next visit with the preview's choices, not this app's JSON (openIndexed.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndexData } from '@/domain/query/indexDataset';
import { problem } from '@/domain/dataset/problems';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import { openIndexedImport } from './openIndexed';
import type { LoadedDataset } from './datasetQuery';
import type { SavedDataset } from './savedDataset';

const saved = vi.hoisted(() => ({ value: null as SavedDataset | null, works: true }));
vi.mock('./savedDataset', () => ({
  saveDataset: (dataset: SavedDataset) => {
    if (saved.works) saved.value = dataset;
    return Promise.resolve(saved.works);
  },
}));

const parquet = new File(['PAR1 a Parquet file'], 'events.parquet');
const kept = {
  files: [parquet],
  names: ['events.parquet'],
  choices: { dyad: null, onlyDyad: false, encoding: null },
  found: null,
};
const indexed = () => ({ data: buildIndexData(makeSampleDataset()), name: 'events.json', kept });

beforeEach(() => {
  saved.value = null;
  saved.works = true;
});

describe('an import read into the index', () => {
  it('is shown, then its Parquet file kept with the choices to import it again', async () => {
    const shown: LoadedDataset[] = [];
    const leftOut = [problem('', 'unknown-format', {})];
    const opened = await openIndexedImport(
      indexed(),
      leftOut,
      new AbortController().signal,
      (dataset) => shown.push(dataset),
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]?.index.eventCount).toBe(makeSampleDataset().events.length);
    expect(shown[0]?.leftOut).toEqual(leftOut);
    expect(shown[0]?.origin).toMatchObject({
      kind: 'file',
      name: 'events.json',
      size: parquet.size,
    });
    expect(opened.kept).toBe(true);
    expect(saved.value).toMatchObject({ name: 'events.json', size: parquet.size, file: parquet });
    expect(saved.value?.import).toEqual(kept);
  });

  it('says so where the browser would not keep it, and is not shown once a newer choice aborted it', async () => {
    saved.works = false;
    const show = vi.fn();
    expect((await openIndexedImport(indexed(), [], new AbortController().signal, show)).kept).toBe(
      false,
    );
    const aborted = new AbortController();
    aborted.abort(new Error('a newer choice'));
    show.mockClear();
    await expect(openIndexedImport(indexed(), [], aborted.signal, show)).rejects.toThrow(
      'a newer choice',
    );
    expect(show).not.toHaveBeenCalled();
  });
});
