/**
 * The messages between the page and the import worker (importWorker.ts), and the JSON writer its
 * import writes with.
 */
import type { ImportBatch, ImportCounts } from '@/domain/import/builder';
import type { Detection } from '@/domain/import/detect';
import type { SniffedEncoding, TextEncodingName } from '@/domain/import/encoding';
import type { ImportPreview } from '@/domain/import/preview';
import type { Problem } from '@/domain/dataset/problems';
import type { Dyad } from '@/domain/scoring/tension';
import type { IndexData } from '@/domain/query/indexData';
import type { ChosenFile } from './importSources';

export interface ImportChoices {
  /** The two sides scored (default: the US and Russia), and whether only rows between them stay. */
  dyad: Dyad | null;
  onlyDyad: boolean;
  /** The text files' encoding as the reader chose it; null: as each file's bytes say. */
  encoding: TextEncodingName | null;
}

export type ImportRequest =
  | ({ type: 'preview'; files: ChosenFile[] } & ImportChoices)
  | ({
      type: 'import';
      files: ChosenFile[];
      /** What the preview found, file by file (zips opened): read so, not told again. */
      found: FoundSource[] | null;
    } & ImportChoices);

/** A file's format and (text) encoding, as the preview found them or the reader chose. */
export interface FoundSource {
  detection: Detection;
  encoding: TextEncodingName | null;
}

/** A file read, as the preview found it. */
export interface SourceSummary {
  name: string;
  kind: 'text' | 'parquet';
  /** A text file's encoding, and how it was told. */
  encoding: SniffedEncoding | null;
  detection: Detection;
}

export type ImportMessage =
  | {
      type: 'preview';
      preview: ImportPreview;
      sources: SourceSummary[];
      /** The files are this app's own JSON: opened as they are (a zip's, taken out of it). */
      json: { file: Blob; name: string } | null;
    }
  /** The actor countries of the whole of the files (GDELT), after the preview. */
  | { type: 'countries'; codes: string[] }
  | { type: 'progress'; loaded: number; total: number; rows: number }
  | {
      type: 'done';
      /** The dataset as this app's JSON. */
      json: Blob;
      counts: ImportCounts;
      leftOut: Problem[];
      notes: Problem[];
    }
  /** The dataset read straight into its index (Parquet files), its buffers transferred. */
  | {
      type: 'indexed';
      data: IndexData;
      counts: ImportCounts;
      leftOut: Problem[];
      notes: Problem[];
    }
  /** Nothing can be shown: a format not recognised, a column missing, no event kept. */
  | { type: 'refused'; problems: Problem[] }
  | { type: 'failed'; message: string };

export interface ImportWorkerScope {
  /** `transfer`: buffers that move to the page rather than being copied. */
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
  onmessage: ((event: { data: ImportRequest }) => Promise<void>) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

export type Post = (message: ImportMessage, transfer?: Transferable[]) => void;

type Collection = keyof ImportBatch;
const COLLECTIONS: readonly Collection[] = ['sources', 'people', 'places', 'events', 'quotes'];

/**
 * The dataset's JSON, written as records are kept: each batch becomes a Blob at once, so that the
 * text of a large import is held by the browser's blob store rather than as strings here.
 */
export class DatasetJsonWriter {
  private readonly parts: Record<Collection, Blob[]> = {
    sources: [],
    people: [],
    places: [],
    events: [],
    quotes: [],
  };

  add(batch: ImportBatch): void {
    for (const key of COLLECTIONS) {
      const records = batch[key];
      if (records.length === 0) continue;
      const json = records.map((record) => JSON.stringify(record)).join(',');
      this.parts[key].push(new Blob([this.parts[key].length === 0 ? json : `,${json}`]));
    }
  }

  blob(head: { title?: string; dyad?: Dyad }): Blob {
    const parts: BlobPart[] = ['{'];
    if (head.title !== undefined) parts.push(`"title":${JSON.stringify(head.title)},`);
    if (head.dyad !== undefined) parts.push(`"dyad":${JSON.stringify(head.dyad)},`);
    COLLECTIONS.forEach((key, i) => {
      parts.push(`"${key}":[`, ...this.parts[key], i === COLLECTIONS.length - 1 ? ']' : '],');
    });
    parts.push('}\n');
    return new Blob(parts, { type: 'application/json' });
  }
}
