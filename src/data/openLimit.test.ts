/**
 * The 1 GB limit is the file the reader chose, before any work, never what an import makes of it
 * (review C2: a 400 MB GDELT file converted for minutes, then refused as "….json is too large").
 */
import { describe, expect, it, vi } from 'vitest';
import { DatasetError } from './datasetErrors';
import { openChosenFile } from './useActiveDataset';

vi.mock('./datasetQuery', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./datasetQuery')>()),
  loadDatasetBlob: vi.fn((_blob: Blob, origin: unknown) =>
    Promise.resolve({ index: {}, leftOut: [], origin }),
  ),
}));
vi.mock('./savedDataset', () => ({ saveDataset: () => Promise.resolve(true) }));

const sized = (name: string, bytes: number) => {
  const file = new File(['{}'], name);
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
};
const GB = 1024 ** 3;

describe('the size limit', () => {
  it('does not refuse what a file under the limit turns into', async () => {
    const chosen = sized('gdelt.export.CSV', 0.6 * GB);
    const convert = vi.fn(() =>
      Promise.resolve({ file: sized('gdelt.export.json', 1.5 * GB), leftOut: [] }),
    );
    const show = vi.fn();
    const opened = await openChosenFile(
      { file: chosen, signal: new AbortController().signal, convert },
      show,
    );
    expect(show).toHaveBeenCalledTimes(1);
    expect(opened.dataset.origin).toMatchObject({ kind: 'file', name: 'gdelt.export.json' });
  });

  it('refuses a file over the limit before converting it', async () => {
    const convert = vi.fn();
    const error = await openChosenFile(
      { file: sized('huge.CSV', 1.5 * GB), signal: new AbortController().signal, convert },
      () => {},
    ).catch((e: unknown) => e);
    expect((error as DatasetError).kind).toBe('too-large');
    expect(convert).not.toHaveBeenCalled();
  });
});
