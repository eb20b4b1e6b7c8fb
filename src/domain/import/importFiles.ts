/**
 * Whole files into a dataset, whatever their format: this app's JSON through its own reader
 * (parseDatasetText), every other format through an ImportSession. For a file of any size in the
 * worker, use the session piece by piece instead; this is the same reading, held whole.
 */
import type { Problem } from '../dataset/problems';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../validation/validate';
import type { ImportBatch, ImportCounts } from './builder';
import { detectFormat } from './detect';
import { inReadingOrder } from './preview';
import type { ImportFormat } from '../dataset/vocabulary';
import { ImportSession, type ImportOptions } from './session';

export interface ImportFile {
  text: string;
  fileName?: string;
}

export type ImportOutcome =
  | {
      ok: true;
      /** The format of each file, in the order they were read. */
      formats: ImportFormat[];
      dataset: Dataset;
      leftOut: Problem[];
      notes: Problem[];
      /** Null for this app's JSON, which is read as one document rather than row by row. */
      counts: ImportCounts | null;
    }
  | {
      ok: false;
      formats: (ImportFormat | null)[];
      problems: Problem[];
      counts: ImportCounts | null;
    };

export function importFiles(files: readonly ImportFile[], options: ImportOptions): ImportOutcome {
  const detected = inReadingOrder(
    files.map((file) => ({ file, detection: detectFormat(file.text) })),
  );
  const formats = detected.map(({ detection }) => detection.format);
  const json = detected.find(({ detection }) => detection.format === 'dataset-json');
  if (json) {
    const result = parseDatasetText(json.file.text);
    if (!result.ok) return { ok: false, formats, problems: result.problems, counts: null };
    return {
      ok: true,
      formats: ['dataset-json'],
      dataset: result.dataset,
      leftOut: result.leftOut,
      notes: [],
      counts: null,
    };
  }
  const session = new ImportSession(options);
  const batches: ImportBatch[] = [];
  for (const { file, detection } of detected) {
    const reading = session.open(detection, file.fileName ?? options.fileName);
    reading.push(file.text);
    reading.end();
    batches.push(session.take());
  }
  const result = session.finish();
  if (!result.ok) return { ok: false, formats, problems: result.problems, counts: result.counts };
  const all = <K extends keyof ImportBatch>(key: K): ImportBatch[K] => {
    const merged: ImportBatch[K][number][] = [];
    for (const batch of batches) for (const record of batch[key]) merged.push(record);
    return merged as ImportBatch[K];
  };
  const dataset: Dataset = {
    ...(result.title === undefined ? {} : { title: result.title }),
    ...(result.dyad === undefined ? {} : { dyad: [...result.dyad] }),
    sources: all('sources'),
    people: all('people'),
    places: all('places'),
    events: all('events'),
    quotes: all('quotes'),
  };
  return {
    ok: true,
    formats: formats.filter((format): format is ImportFormat => format !== null),
    dataset,
    leftOut: result.leftOut,
    notes: result.notes,
    counts: result.counts,
  };
}

/** One file: `importFiles([{ text, fileName }], options)`. */
export function importText(text: string, options: ImportOptions): ImportOutcome {
  return importFiles(
    [{ text, ...(options.fileName === undefined ? {} : { fileName: options.fileName }) }],
    options,
  );
}
