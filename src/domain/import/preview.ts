/**
 * What a file will give before it replaces the view: the format recognised, which column fills
 * which field, the first events as they will be read, and how many rows are kept or left out (and
 * why) so far. From the first piece of a file, or the whole of it (`complete`).
 */
import type { Problem } from '../dataset/problems';
import type { DiplomaticEvent } from '../dataset/schema';
import { parseDatasetText } from '../validation/validate';
import type { ImportCounts } from './builder';
import { readDelimited } from './delimited';
import { detectFormat, type Detection } from './detect';
import { normalizeColumn, TEMPLATE_EVENT_COLUMNS, TEMPLATE_QUOTE_COLUMNS } from './formats';
import type { ImportFormat } from '../dataset/vocabulary';
import { GDELT_MAPPING } from './gdeltFields';
import { openColumns, type ColumnBatch } from './columnar';
import { ImportSession, type ImportOptions } from './session';

export interface ColumnMapping {
  /** A column as the file names it (or a JSON path). */
  column: string;
  /** The dataset's fields it fills; empty for a column that is not read. */
  fields: string[];
}

export interface ImportPreview {
  /** The format of the (first) file. */
  format: ImportFormat | null;
  /** The format of each file, in the order they are read (events before quotes). */
  formats: (ImportFormat | null)[];
  columns: ColumnMapping[];
  /** The first events as they will be read, with their line (or JSON path). */
  rows: { line: number | null; path: string | null; event: DiplomaticEvent }[];
  title?: string;
  /** Rows read so far, kept, left out and skipped; null for this app's JSON. */
  counts: ImportCounts | null;
  leftOut: Problem[];
  notes: Problem[];
  /** Why the file cannot be opened at all, if it cannot. */
  refusals: Problem[];
  /** Whether the text was the whole file (else the counts are those of its first rows). */
  complete: boolean;
  /** The actor countries the rows read name (GDELT), sorted: the two sides are chosen of them. */
  countries: string[];
}

const TIMELINE_FIELDS: Readonly<Record<string, string[]>> = {
  year: ['events[].date', 'events[].datePrecision'],
  month: ['events[].date', 'events[].datePrecision'],
  day: ['events[].date', 'events[].datePrecision'],
  end_year: ['events[].note'],
  end_month: ['events[].note'],
  end_day: ['events[].note'],
  display_date: ['events[].note'],
  headline: ['events[].title', 'sources[].url'],
  text: ['events[].summary', 'sources[].url'],
  media: ['sources[].url'],
  media_credit: ['sources[].credit'],
  media_caption: ['sources[].title'],
  type: ['title'],
  group: ['events[].group'],
  tag: ['events[].group'],
};

const TEMPLATE_FIELDS: Readonly<Record<(typeof TEMPLATE_EVENT_COLUMNS)[number], string[]>> = {
  id: ['events[].id'],
  date: ['events[].date', 'events[].datePrecision'],
  place: ['places[].name'],
  latitude: ['places[].lat'],
  longitude: ['places[].lon'],
  country: ['places[].country'],
  kind: ['events[].kind'],
  status: ['events[].status'],
  title: ['events[].title.en'],
  title_vi: ['events[].title.vi'],
  summary: ['events[].summary.en'],
  summary_vi: ['events[].summary.vi'],
  participants: ['people[].name', 'events[].participants'],
  source_url: ['sources[].url'],
  group: ['events[].group'],
  actor: ['events[].actions[].actor'],
  target: ['events[].actions[].target'],
  cameo: ['events[].actions[].cameo', 'events[].actions[].goldstein'],
  sentence: ['events[].actions[].sentence'],
  note: ['events[].note'],
};

const QUOTE_FIELDS: Readonly<Record<(typeof TEMPLATE_QUOTE_COLUMNS)[number], string[]>> = {
  event: ['quotes[].eventId'],
  speaker: ['people[].name', 'quotes[].speakerId'],
  date: ['quotes[].date', 'quotes[].datePrecision'],
  text: ['quotes[].text'],
  translation: ['quotes[].text'],
  language: ['quotes[].text'],
  source_url: ['sources[].url'],
  note: ['quotes[].note'],
};

const TIMELINE_JSON_MAPPING: ColumnMapping[] = [
  { column: 'title.text.headline', fields: ['title'] },
  { column: 'events[].start_date', fields: ['events[].date', 'events[].datePrecision'] },
  { column: 'events[].end_date', fields: ['events[].note'] },
  { column: 'events[].display_date', fields: ['events[].note'] },
  { column: 'events[].text.headline', fields: ['events[].title', 'sources[].url'] },
  { column: 'events[].text.text', fields: ['events[].summary', 'sources[].url'] },
  { column: 'events[].media', fields: ['sources[].url', 'sources[].title', 'sources[].credit'] },
  { column: 'events[].group', fields: ['events[].group'] },
];

/** Each column of a header, and what it fills. */
function headerMapping(
  text: string,
  delimiter: string,
  fields: Readonly<Record<string, string[]>>,
) {
  const header = readDelimited(text.slice(0, 64 * 1024), delimiter, true)[0]?.fields ?? [];
  return header.map((column) => ({ column, fields: fields[normalizeColumn(column)] ?? [] }));
}

/** Which column of a file of columns (Parquet) fills which field. */
function columnsOfNames(detection: Detection, names: readonly string[]): ColumnMapping[] {
  if (detection.format === 'template-events')
    return names.map((column) => ({
      column,
      fields: TEMPLATE_FIELDS[normalizeColumn(column) as keyof typeof TEMPLATE_FIELDS] ?? [],
    }));
  return columnsOf(detection, '');
}

/** Which column fills which field, for a file of the format detected. */
function columnsOf(detection: Detection, text: string): ColumnMapping[] {
  switch (detection.format) {
    case null:
    case 'dataset-json':
      return [];
    case 'timeline-json':
      return TIMELINE_JSON_MAPPING;
    case 'gdelt-1':
    case 'gdelt-2':
      return GDELT_MAPPING.map(({ column, fields }) => ({ column, fields: [...fields] }));
    case 'timeline-csv':
      return headerMapping(text, detection.delimiter, TIMELINE_FIELDS);
    case 'template-events':
      return headerMapping(text, detection.delimiter, TEMPLATE_FIELDS);
    case 'template-quotes':
      return headerMapping(text, detection.delimiter, QUOTE_FIELDS);
  }
}

/** One file of a preview: the start of its text, or its first rows as columns. */
export type PreviewSource = {
  name: string;
  detection: Detection;
  /** Whether this is the whole file (else its first rows). */
  complete: boolean;
} & ({ text: string } | { columns: { names: readonly string[]; batch: ColumnBatch } });

/** The template's events file is read before its quotes file, whatever order they come in. */
const ORDER: readonly (ImportFormat | null)[] = ['template-events', 'template-quotes'];
export function inReadingOrder<T extends { detection: Detection }>(files: readonly T[]): T[] {
  return [...files].sort(
    (a, b) => ORDER.indexOf(a.detection.format) - ORDER.indexOf(b.detection.format),
  );
}

export function previewImport(
  text: string,
  options: ImportOptions & { complete?: boolean },
): ImportPreview {
  const complete = options.complete ?? false;
  const detection = detectFormat(text);
  if (detection.format === 'dataset-json') {
    const result = complete ? parseDatasetText(text) : null;
    return {
      format: 'dataset-json',
      formats: ['dataset-json'],
      columns: [],
      rows: result?.ok
        ? result.dataset.events.slice(0, 20).map((event, i) => ({
            line: null,
            path: `events[${i}]`,
            event,
          }))
        : [],
      counts: null,
      leftOut: result?.ok ? result.leftOut : [],
      notes: [],
      refusals: result && !result.ok ? result.problems : [],
      complete,
      countries: [],
    };
  }
  const name = options.fileName ?? '';
  return previewSources([{ name, detection, complete, text }], options);
}

/**
 * What files of other formats will give, read together (the template's events and quotes files):
 * from the start of each, or the whole of each (`complete`), when a whole preview that keeps no
 * event says so, as the import would.
 */
export function previewSources(
  sources: readonly PreviewSource[],
  options: ImportOptions,
): ImportPreview {
  const session = new ImportSession(options);
  const ordered = inReadingOrder(sources);
  const columns: ColumnMapping[] = [];
  for (const source of ordered) {
    // A source with no name cites the import's (options.fileName), as a whole import does.
    const name = source.name === '' ? undefined : source.name;
    if ('text' in source) {
      const file = session.open(source.detection, name);
      file.push(source.text);
      // A first piece ends inside a row (or JSON); only a whole file is ended.
      if (source.complete) file.end();
      columns.push(...columnsOf(source.detection, source.text));
    } else {
      const { names, batch } = source.columns;
      openColumns(session, source.detection, names, name).push(batch);
      columns.push(...columnsOfNames(source.detection, names));
    }
    session.take();
  }
  const complete = sources.every((source) => source.complete);
  const result = session.finish();
  const { builder } = session;
  return {
    format: ordered[0]?.detection.format ?? null,
    formats: ordered.map((source) => source.detection.format),
    columns,
    rows: [...builder.sample],
    ...(result.ok && result.title !== undefined ? { title: result.title } : {}),
    counts: builder.counts,
    leftOut: [...builder.leftOut],
    notes: [...builder.notes],
    // A whole file that keeps no event is refused, as its import would be.
    refusals: complete && !result.ok ? result.problems : [...session.refused()],
    complete,
    countries: [...builder.actorCountries].sort(),
  };
}
