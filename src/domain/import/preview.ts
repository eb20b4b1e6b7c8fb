/**
 * What a file will give before it replaces the view: the format recognised, which column fills
 * which field, the first events as they will be read, and how many rows are kept or left out (and
 * why) so far. From the first piece of a file, or the whole of it (`complete`).
 */
import type { Problem } from '../problems';
import type { DiplomaticEvent } from '../schema';
import { parseDatasetText } from '../validate';
import type { ImportCounts } from './builder';
import { readDelimited } from './delimited';
import { detectFormat, type Detection } from './detect';
import {
  normalizeColumn,
  TEMPLATE_EVENT_COLUMNS,
  TEMPLATE_QUOTE_COLUMNS,
  type ImportFormat,
} from './formats';
import { GDELT_MAPPING } from './gdeltFields';
import { ImportSession, type ImportOptions } from './session';

export interface ColumnMapping {
  /** A column as the file names it (or a JSON path). */
  column: string;
  /** The dataset's fields it fills; empty for a column that is not read. */
  fields: string[];
}

export interface ImportPreview {
  format: ImportFormat | null;
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
    };
  }
  const session = new ImportSession(options);
  const file = session.open(detection);
  file.push(text);
  // A first piece ends inside a row (or JSON); only a whole file is ended.
  if (complete) file.end();
  session.take();
  const columns = columnsOf(detection, text);
  const result = session.finish();
  const { builder } = session;
  return {
    format: detection.format,
    columns,
    rows: [...builder.sample],
    ...(result.ok && result.title !== undefined ? { title: result.title } : {}),
    counts: builder.counts,
    leftOut: [...builder.leftOut],
    notes: [...builder.notes],
    refusals: [...session.refused()],
    complete,
  };
}
