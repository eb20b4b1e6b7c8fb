/**
 * The import worker's import (importWorker.ts): the chosen files read whole, in the reading order
 * (the template's events before its quotes), each as the preview found it (its format, and the
 * encoding found or chosen), a piece of text or a Parquet row group at a time, into one dataset
 * written as this app's JSON; or, when every file is Parquet, read straight into the dataset's
 * index (importIndex.ts), which is sent to the page with its buffers transferred.
 */
import {
  columnsToRead,
  detectColumns,
  isColumnarFormat,
  openColumns,
} from '@/domain/import/columnar';
import { detectFormat } from '@/domain/import/detect';
import { inReadingOrder } from '@/domain/import/preview';
import { ImportSession, type FileImport } from '@/domain/import/session';
import type { ImportWording } from '@/domain/import/wording';
import { indexBuffers } from '@/domain/query/indexData';
import { indexSink } from './importIndex';
import { optionsOf } from './importPreview';
import { sourcesOf, textPieces, textStart } from './importSources';
import {
  DatasetJsonWriter,
  type FoundSource,
  type ImportRequest,
  type Post,
} from './importProtocol';

/** Progress is posted at most once per this many bytes read. */
const PROGRESS_EVERY = 1024 * 1024;

export async function importFiles(
  request: Extract<ImportRequest, { type: 'import' }>,
  wording: ImportWording,
  post: Post,
): Promise<void> {
  const files = await sourcesOf(request.files);
  // Parquet files (a million rows) go straight into the index; text files are written as JSON.
  const direct = files.length > 0 && files.every((file) => file.kind === 'parquet');
  const options = optionsOf(request, wording, request.files[0]?.name);
  const index = direct ? indexSink(options.dyad) : null;
  const session = new ImportSession(index ? { ...options, sink: index.sink } : options);
  const writer = new DatasetJsonWriter();
  const total = files.reduce((sum, file) => sum + file.blob.size, 0);
  let done = 0;
  let reported = 0;
  /** Text: at most once a megabyte; Parquet: after each row group (`always`). */
  const progress = (loaded: number, always = false) => {
    if (!always && done + loaded - reported < PROGRESS_EVERY) return;
    reported = done + loaded;
    post({ type: 'progress', loaded: reported, total, rows: session.builder.counts.rows });
  };
  // What the preview found (the files are the same, opened the same way), else found again.
  const found = await Promise.all(
    files.map(async (file, i): Promise<FoundSource> => {
      const known = request.found?.[i];
      if (known) return known;
      if (file.kind === 'parquet') {
        const { openParquet } = await import('./parquetSource');
        return { detection: detectColumns((await openParquet(file.blob)).names), encoding: null };
      }
      const start = await textStart(file, request.encoding);
      return { detection: detectFormat(start.text), encoding: start.encoding.encoding };
    }),
  );
  const ordered = inReadingOrder(
    files.flatMap((file, i) => {
      const source = found[i];
      return source ? [{ file, ...source }] : [];
    }),
  );
  for (const { file, detection, encoding } of ordered) {
    if (file.kind === 'parquet') {
      const { openParquet } = await import('./parquetSource');
      const { parquetBatches } = await import('./parquetColumns');
      const parquet = await openParquet(file.blob);
      const reading = openColumns(session, detection, parquet.names, file.name);
      const format = detection.format;
      const names = isColumnarFormat(format) ? columnsToRead(format, parquet.names) : [];
      if (isColumnarFormat(format))
        for await (const batch of parquetBatches(() => parquet.batches(names), file.blob, names)) {
          reading.push(batch);
          writer.add(session.take());
          progress(parquet.bytesBefore(batch.rowStart + batch.length), true);
        }
    } else {
      const reading: FileImport = session.open(detection, file.name);
      const chosen = request.encoding ?? encoding ?? 'utf-8';
      for await (const { text, loaded } of textPieces(file.blob, chosen)) {
        reading.push(text);
        writer.add(session.take());
        progress(loaded);
      }
      reading.end();
      writer.add(session.take());
    }
    done += file.blob.size;
  }
  const result = session.finish();
  if (!result.ok) {
    post({ type: 'refused', problems: result.problems });
    return;
  }
  const { title, dyad, counts, leftOut, notes } = result;
  if (index) {
    const data = index.builder.finish();
    post({ type: 'indexed', data, counts, leftOut, notes }, indexBuffers(data));
    return;
  }
  const head = {
    ...(title === undefined ? {} : { title }),
    ...(dyad === undefined ? {} : { dyad }),
  };
  post({ type: 'done', json: writer.blob(head), counts, leftOut, notes });
}
