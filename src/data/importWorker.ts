/**
 * The import worker's work (features/dataset/importWorkerEntry.ts runs it in a worker, with the
 * app's words): reads a file of another format (GDELT, TimelineJS, our CSV template) a piece at a
 * time through an ImportSession, with progress, and writes what it keeps as this app's JSON. The
 * page then opens that JSON as if the reader had chosen it (data/useActiveDataset.ts), so that it
 * passes the same validation, store and saving as any other file.
 *
 * The words an import writes into the data (`ImportWording`) are functions, which cannot be
 * posted to a worker: they are handed in by the worker's entry, so this layer never imports i18n.
 */
import { detectFormat } from '@/domain/import/detect';
import type { ImportBatch, ImportCounts } from '@/domain/import/builder';
import { ImportSession, type FileImport } from '@/domain/import/session';
import type { ImportWording } from '@/domain/import/wording';
import type { Problem } from '@/domain/problems';
import type { Dyad } from '@/domain/tension';

export interface ImportRequest {
  file: Blob;
  /** The file's name, written into its sources. */
  name: string;
  /** The two sides scored (default: the US and Russia), and whether only rows between them stay. */
  dyad: Dyad | null;
  onlyDyad: boolean;
}

export type ImportMessage =
  | { type: 'progress'; loaded: number; total: number; rows: number }
  | {
      type: 'done';
      /** The dataset as this app's JSON. */
      json: Blob;
      counts: ImportCounts;
      leftOut: Problem[];
      notes: Problem[];
    }
  /** Nothing can be shown: a format not recognised, a column missing, no event kept. */
  | { type: 'refused'; problems: Problem[] }
  | { type: 'failed'; message: string };

export interface ImportWorkerScope {
  postMessage(message: ImportMessage): void;
  onmessage: ((event: { data: ImportRequest }) => Promise<void>) | null;
}

/** What detection reads of a file's start (detect.ts reads this much). */
const DETECT_BYTES = 64 * 1024;
/** Progress is posted at most once per this many bytes read. */
const PROGRESS_EVERY = 1024 * 1024;

type Collection = keyof ImportBatch;
const COLLECTIONS: readonly Collection[] = ['sources', 'people', 'places', 'events', 'quotes'];

/**
 * The dataset's JSON, written as records are kept: each batch becomes a Blob at once, so that the
 * text of a large import is held by the browser's blob store rather than as strings here.
 */
class DatasetJsonWriter {
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

/** Answers each request: progress as the file is read, then its JSON, or why it is refused. */
export function serveImportRequests(scope: ImportWorkerScope, wording: ImportWording): void {
  const post = (message: ImportMessage) => scope.postMessage(message);
  scope.onmessage = async ({ data }) => {
    try {
      const session = new ImportSession({
        wording,
        fileName: data.name,
        ...(data.dyad === null ? {} : { dyad: data.dyad }),
        onlyDyad: data.onlyDyad,
      });
      const writer = new DatasetJsonWriter();
      const decoder = new TextDecoder();
      const reader = data.file.stream().getReader();
      const total = data.file.size;
      let reading: FileImport | null = null;
      let start = '';
      let loaded = 0;
      let reported = 0;
      const push = (text: string) => {
        if (reading === null) {
          // The format is told from the file's start, as the preview told it.
          start += text;
          if (start.length < DETECT_BYTES) return;
          text = start;
          reading = session.open(detectFormat(start));
        }
        reading.push(text);
        writer.add(session.take());
      };
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        push(decoder.decode(value, { stream: true }));
        if (loaded - reported >= PROGRESS_EVERY) {
          reported = loaded;
          post({ type: 'progress', loaded, total, rows: session.builder.counts.rows });
        }
      }
      push(decoder.decode());
      if (reading === null) {
        reading = session.open(detectFormat(start));
        reading.push(start);
      }
      (reading as FileImport).end();
      writer.add(session.take());
      const result = session.finish();
      if (!result.ok) {
        post({ type: 'refused', problems: result.problems });
        return;
      }
      const { title, dyad, counts, leftOut, notes } = result;
      const head = {
        ...(title === undefined ? {} : { title }),
        ...(dyad === undefined ? {} : { dyad }),
      };
      post({ type: 'done', json: writer.blob(head), counts, leftOut, notes });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
