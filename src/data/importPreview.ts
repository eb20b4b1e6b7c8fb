/**
 * The import worker's preview (importWorker.ts): each chosen file's encoding and format from its
 * start, then what the files together will give (domain/import/preview.ts), then, for GDELT, the
 * actor countries of the whole of the files, so that the two sides can be any two of them.
 */
import { columnsToRead, detectColumns } from '@/domain/import/columnar';
import { detectFormat, type Detection } from '@/domain/import/detect';
import { GDELT_1_COLUMNS } from '@/domain/import/formats';
import { previewSources, type PreviewSource } from '@/domain/import/preview';
import type { ImportWording } from '@/domain/import/wording';
import type { ImportChoices, ImportRequest, Post, SourceSummary } from './importProtocol';
import { sourcesOf, textPieces, textStart, type SourceFile } from './importSources';

/** Rows of a Parquet file the preview reads. */
export const PREVIEW_ROWS = 500;

const isGdelt = (detection: Detection) =>
  detection.format === 'gdelt-1' || detection.format === 'gdelt-2';

export async function previewFiles(
  request: Extract<ImportRequest, { type: 'preview' }>,
  wording: ImportWording,
  post: Post,
): Promise<void> {
  const files = await sourcesOf(request.files);
  const read: PreviewSource[] = [];
  const summaries: SourceSummary[] = [];
  for (const file of files) {
    if (file.kind === 'parquet') {
      const { openParquet } = await import('./parquetSource');
      const parquet = await openParquet(file.blob);
      const detection = detectColumns(parquet.names);
      const wanted =
        detection.format === null ? [] : columnsToRead(detection.format, parquet.names);
      const first = await parquet.batches(wanted, PREVIEW_ROWS).next();
      const batch = first.done ? { rowStart: 0, length: 0, column: () => undefined } : first.value;
      read.push({
        name: file.name,
        detection,
        complete: parquet.rows <= PREVIEW_ROWS,
        columns: { names: parquet.names, batch },
      });
      summaries.push({ name: file.name, kind: 'parquet', encoding: null, detection });
    } else {
      const start = await textStart(file, request.encoding);
      const detection = detectFormat(start.text);
      if (detection.format === 'dataset-json') {
        // This app's own JSON opens as it is, through the dataset's own reader.
        const json = { file: file.blob, name: file.name };
        post({ type: 'preview', preview: previewSources([], { wording }), sources: [], json });
        return;
      }
      read.push({ name: file.name, detection, complete: start.complete, text: start.text });
      summaries.push({ name: file.name, kind: 'text', encoding: start.encoding, detection });
    }
  }
  const preview = previewSources(read, optionsOf(request, wording, request.files[0]?.name));
  post({ type: 'preview', preview, sources: summaries, json: null });
  const gdelt = files.filter((_, i) => {
    const summary = summaries[i];
    return summary !== undefined && isGdelt(summary.detection);
  });
  if (gdelt.length > 0 && !preview.complete)
    post({ type: 'countries', codes: await countriesOf(gdelt, request.encoding, summaries) });
}

export function optionsOf(choices: ImportChoices, wording: ImportWording, fileName?: string) {
  return {
    wording,
    ...(fileName === undefined ? {} : { fileName }),
    ...(choices.dyad === null ? {} : { dyad: choices.dyad }),
    onlyDyad: choices.onlyDyad,
  };
}

/** Where the actor countries are in a GDELT row (the same in 1.0 and 2.0). */
const ACTOR_COUNTRIES = [
  GDELT_1_COLUMNS.indexOf('Actor1CountryCode'),
  GDELT_1_COLUMNS.indexOf('Actor2CountryCode'),
];
const LAST_ACTOR_COUNTRY = Math.max(...ACTOR_COUNTRIES);

/** Every actor country the GDELT files name, read field by field, not row by row. */
async function countriesOf(
  files: readonly SourceFile[],
  encoding: ImportChoices['encoding'],
  summaries: readonly SourceSummary[],
): Promise<string[]> {
  const codes = new Set<string>();
  for (const file of files) {
    if (file.kind === 'parquet') {
      const { openParquet } = await import('./parquetSource');
      const parquet = await openParquet(file.blob);
      const columns = ['Actor1CountryCode', 'Actor2CountryCode'];
      for await (const batch of parquet.batches(columns))
        for (const name of columns) {
          const values = batch.column(name) ?? [];
          for (let i = 0; i < values.length; i++) {
            const code = values[i];
            if (typeof code === 'string' && code !== '') codes.add(code);
          }
        }
      continue;
    }
    const summary = summaries.find((s) => s.name === file.name);
    const chosen = encoding ?? summary?.encoding?.encoding ?? 'utf-8';
    let tail = '';
    for await (const { text } of textPieces(file.blob, chosen)) {
      const lines = (tail + text).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) addCountries(line, codes);
    }
    addCountries(tail, codes);
  }
  return [...codes].sort();
}

function addCountries(line: string, codes: Set<string>) {
  let field = 0;
  let start = 0;
  while (field <= LAST_ACTOR_COUNTRY) {
    const end = line.indexOf('\t', start);
    if (end === -1) return;
    if (ACTOR_COUNTRIES.includes(field)) {
      const code = line.slice(start, end).trim();
      if (/^[A-Z]{3}$/.test(code)) codes.add(code);
    }
    field += 1;
    start = end + 1;
  }
}
