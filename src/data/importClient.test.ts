import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problem } from '@/domain/dataset/problems';
import { DatasetError } from './datasetErrors';
import { previewImport } from '@/domain/import/preview';
import { readFixture, WORDING } from '../../tests/fixtures/import/read';
import { importInWorker, jsonNameOf, previewInWorker, reimportInWorker } from './importClient';
import { buildIndexData } from '@/domain/query/indexDataset';
import { makeSampleDataset } from '../../tests/fixtures/sampleDataset';
import type { ImportMessage } from './importProtocol';

/** A worker that answers only when the test says. */
class ImportWorkerStub {
  onmessage: ((event: { data: ImportMessage }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  readonly requests: unknown[] = [];
  terminated = false;
  postMessage(request: unknown) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: ImportMessage) {
    this.onmessage?.({ data });
  }
}

let worker: ImportWorkerStub;
const start = () => worker as unknown as Worker;
const COUNTS = {
  rows: 1,
  events: 1,
  quotes: 0,
  leftOut: 0,
  skipped: { title: 0, era: 0, 'outside-dyad': 0 },
};
const file = new File(['x'], 'gdelt.export.CSV');
const choice = { dyad: null, onlyDyad: false, encoding: null };

beforeEach(() => {
  worker = new ImportWorkerStub();
  vi.stubGlobal('Worker', ImportWorkerStub);
});
afterEach(() => vi.unstubAllGlobals());

describe('importInWorker', () => {
  it('reports progress, then gives the JSON as a file named after the one chosen', async () => {
    const progress = vi.fn();
    const done = importInWorker(
      start,
      [file],
      choice,
      null,
      new AbortController().signal,
      progress,
    );
    worker.send({ type: 'progress', loaded: 10, total: 20, rows: 3 });
    expect(progress).toHaveBeenCalledWith({ loaded: 10, total: 20, rows: 3 });
    const leftOut = [problem('', 'unknown-format', {})];
    worker.send({ type: 'done', json: new Blob(['{}']), counts: COUNTS, leftOut, notes: [] });
    const imported = await done;
    if (!('file' in imported)) throw new Error('a JSON file was expected');
    expect(imported.file.name).toBe('gdelt.export.json');
    expect(await imported.file.text()).toBe('{}');
    expect(imported.leftOut).toEqual(leftOut);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when the signal aborts: a newer choice, or Stop', async () => {
    const controller = new AbortController();
    const done = importInWorker(start, [file], choice, null, controller.signal, () => {});
    controller.abort(new DOMException('newer choice', 'AbortError'));
    await expect(done).rejects.toThrow('newer choice');
    expect(worker.terminated).toBe(true);
    // A message already on its way is not taken.
    worker.send({ type: 'done', json: new Blob(['{}']), counts: COUNTS, leftOut: [], notes: [] });
  });

  it('refuses, with the problems, a file nothing can be shown of', async () => {
    const done = importInWorker(
      start,
      [file],
      choice,
      null,
      new AbortController().signal,
      () => {},
    );
    worker.send({ type: 'refused', problems: [problem('', 'unknown-format', {})] });
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe('shape');
    expect((error as DatasetError).problems).toHaveLength(1);
  });

  it('refuses a file over the limit before starting a worker', async () => {
    const huge = new File(['x'], 'huge.CSV');
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
    const error = await importInWorker(
      start,
      [file, huge],
      choice,
      null,
      new AbortController().signal,
      () => {},
    ).catch((e: unknown) => e);
    expect((error as DatasetError).kind).toBe('too-large');
    expect(worker.requests).toEqual([]);
  });
});

describe('the import client’s loose ends (review C12)', () => {
  it('ends with an error, not a wait, when the worker’s message cannot be read', async () => {
    const done = importInWorker(
      start,
      [file],
      choice,
      null,
      new AbortController().signal,
      () => {},
    );
    worker.onmessageerror?.({});
    const error = await done.catch((e: unknown) => e);
    expect((error as DatasetError).kind).toBe('internal');
    expect(worker.terminated).toBe(true);
  });

  it('hands the preview’s findings to the import, not asking the worker to find them again', () => {
    const found = [
      {
        detection: { format: 'gdelt-1' as const, delimiter: '\t' as const, header: false },
        encoding: 'windows-1252' as const,
      },
    ];
    void importInWorker(start, [file], choice, found, new AbortController().signal, () => {});
    expect(worker.requests[0]).toMatchObject({ type: 'import', found });
  });

  it('gives the preview, then the countries of the whole file as they follow', async () => {
    const onCountries = vi.fn();
    const shown = previewInWorker(start, [file], choice, new AbortController().signal, onCountries);
    const preview = previewImport(readFixture('gdelt-2.export.CSV'), { wording: WORDING });
    const sources = [
      {
        name: 'gdelt.export.CSV',
        kind: 'text' as const,
        encoding: null,
        detection: { format: 'gdelt-2' as const, delimiter: '\t' as const, header: false },
      },
    ];
    worker.send({ type: 'preview', preview, sources, json: null });
    expect((await shown).preview.format).toBe('gdelt-2');
    expect(worker.terminated).toBe(false);
    worker.send({ type: 'countries', codes: ['RUS', 'UKR', 'USA'] });
    expect(onCountries).toHaveBeenCalledWith(['RUS', 'UKR', 'USA']);
    expect(worker.terminated).toBe(true);
  });
});

describe('an import read into the index, and made again on the next visit', () => {
  it('gives the index with the files and choices to keep, and makes it again from them', async () => {
    const parquet = new File(['PAR1'], 'events.parquet');
    const choices = { dyad: ['USA', 'RUS'] as [string, string], onlyDyad: true, encoding: null };
    const data = buildIndexData(makeSampleDataset());
    const first = importInWorker(
      start,
      [parquet],
      choices,
      null,
      new AbortController().signal,
      vi.fn(),
    );
    worker.send({ type: 'indexed', data, counts: COUNTS, leftOut: [], notes: [] });
    const imported = await first;
    if (!('indexed' in imported)) throw new Error('not indexed');
    expect(imported.indexed.name).toBe('events.json');
    expect(imported.indexed.kept).toEqual({
      files: [parquet],
      names: ['events.parquet'],
      choices,
      found: null,
    });

    // IndexedDB may give a kept file back as a Blob without its name: it is named again.
    worker = new ImportWorkerStub();
    const kept = { ...imported.indexed.kept, files: [new Blob(['PAR1'])] };
    const again = reimportInWorker(start, kept, new AbortController().signal);
    expect(worker.requests[0]).toMatchObject({ type: 'import', ...choices, found: null });
    const [sent] = (worker.requests[0] as { files: { file: File; name: string }[] }).files;
    expect(sent?.name).toBe('events.parquet');
    expect(sent?.file).toBeInstanceOf(File);
    worker.send({ type: 'indexed', data, counts: COUNTS, leftOut: [], notes: [] });
    expect('indexed' in (await again)).toBe(true);
  });
});

describe('jsonNameOf', () => {
  it('names the JSON after the file', () => {
    expect(jsonNameOf('20250101.export.CSV')).toBe('20250101.export.json');
    expect(jsonNameOf('timeline')).toBe('timeline.json');
    expect(jsonNameOf('.csv')).toBe('import.json');
  });
});
