/**
 * Downloads of the data shown: events and quotes as CSV (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read Vietnamese right) and as JSON in the dataset's own schema, each with a
 * citation, under a file name that says the filter.
 */
import { BUILT_IN_NAME, BUILT_IN_TITLE } from '../builtIn/citation';
import type { FacetSelection } from '../query/facets';
import { noteIn } from '../dataset/note';
import { speakerName } from '../query/quoteSearch';
import type {
  Dataset,
  DatasetHead,
  DiplomaticEvent,
  Note,
  Person,
  Place,
  Quote,
  Source,
} from '../dataset/schema';

export const BYTE_ORDER_MARK = '\uFEFF';

/** Text a spreadsheet would run as a formula (OWASP's rule, PapaParse's `escapeFormulae`). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break; quotes doubled. Text that
 * starts like a formula gets a leading `'`, so a spreadsheet shows it rather than running it
 * (a dataset opened from anywhere can carry `=HYPERLINK(…)`); numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), led by a byte-order mark. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ExportFilter {
  from: string | null;
  to: string | null;
  placeId: string | null;
  eventId: string | null;
  /** The facets chosen (kind, actor country…): a file of meetings only says so. */
  facets?: FacetSelection;
}

/** "GDELT export 2025.CSV" → "gdelt-export-2025": a dataset's name as a file name's first part. */
export function namePrefix(name: string): string {
  return (
    name
      .replace(/\.[a-z0-9]{1,8}$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'data'
  );
}

/**
 * "us-russia-diplomacy_2022-01-01_to_2022-12-31_geneva_kind-meeting+talks_events.csv": without
 * `name`, the built-in dataset's (builtIn/citation.ts); other data by `name` (its title or file name).
 */
export function exportFileName(
  filter: ExportFilter,
  what: string,
  extension: string,
  name?: string,
): string {
  const parts = [name === undefined ? BUILT_IN_NAME : namePrefix(name)];
  if (filter.from !== null || filter.to !== null)
    parts.push(`${filter.from ?? 'start'}_to_${filter.to ?? 'end'}`);
  if (filter.placeId) parts.push(filter.placeId);
  if (filter.eventId) parts.push(filter.eventId);
  for (const [facet, values] of Object.entries(filter.facets ?? {}))
    if (values && values.length > 0) parts.push(`${facet}-${values.join('+')}`);
  parts.push(what);
  return `${parts.join('_').replace(/[^a-z0-9_.+-]/gi, '-')}.${extension}`;
}

export const TENSION_METHOD =
  'Tone 0–10 = 10 × (C + 2.5) ÷ (C + P + 5), where C and P are the summed conflictual and cooperative Goldstein weights (as GDELT publishes them) of the event’s CAMEO-coded actions between the two sides (tone_conflict, tone_cooperation; tone_acts counts them); empty where no action is between them or they all weigh 0. tone_low and tone_high: the lowest and highest tone over the readings the codebook allows.';

/** A note's two columns: English and Vietnamese, or the one text a file wrote in both. */
export const noteColumns = (note: Note | undefined): [string, string] =>
  note === undefined ? ['', ''] : [noteIn(note, 'en').text, noteIn(note, 'vi').text];

/** How much of an ISO date a precision keeps: "2021", "2021-12", "2021-12-30". */
const DATE_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** The longest text a spreadsheet's cell holds (Excel, LibreOffice): the citation's cell. */
export const SPREADSHEET_CELL = 32_767;
/** Sources listed in a citation; past this, their count and where the rows list them. */
export const MAX_CITATION_SOURCES = 20;
/** The longest title a citation quotes whole. */
const MAX_TITLE = 500;

/** The sources of the rows exported, in the dataset's order: what a download cites. */
export function citedSources(
  sources: readonly Source[],
  events: readonly DiplomaticEvent[],
  quotes: readonly Quote[],
): Source[] {
  const ids = new Set<string>();
  for (const event of events) for (const id of event.sourceIds) ids.add(id);
  for (const quote of quotes) ids.add(quote.sourceId);
  return sources.filter((source) => ids.has(source.id));
}

/**
 * The citation written into every download: the dataset's title, the facets chosen, the sources
 * (past twenty, how many, and that the rows' `sources` column lists them), the date of download,
 * the method; never longer than a spreadsheet's cell.
 */
export function buildCitation(
  sources: readonly Source[],
  downloadedOn: string,
  title?: string,
  options: { facets?: string } = {},
): string {
  const head = [
    cut(title ?? BUILT_IN_TITLE, MAX_TITLE),
    options.facets ? `Filter: ${cut(options.facets, MAX_TITLE)}` : null,
  ]
    .filter(Boolean)
    .join('. ');
  const tail = `Downloaded ${downloadedOn}. ${TENSION_METHOD}`;
  if (sources.length > MAX_CITATION_SOURCES)
    return `${head}. Sources: ${sources.length.toLocaleString('en-US')} sources, listed in the sources column. ${tail}`;
  const listed = sources
    .map((s) =>
      [
        s.publisher ?? 'publisher not named',
        s.title ?? 'untitled article',
        s.date?.slice(0, DATE_LENGTH[s.datePrecision ?? 'day']),
        s.url,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .join('; ');
  const room = SPREADSHEET_CELL - head.length - tail.length - 20;
  return `${head}. Sources: ${cut(listed, room)}. ${tail}`;
}

/** Text cut to `max` characters, with an ellipsis where it was cut. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

export interface Lookups {
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  eventsById: Pick<ReadonlyMap<string, DiplomaticEvent>, 'get'>;
}

export const QUOTE_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'speaker',
  'event_id',
  'event_title_en',
  'text_vi',
  'text_en_translation',
  'source',
  'note_en',
  'note_vi',
] as const;

export function quotesToCsv(quotes: readonly Quote[], lookups: Lookups, citation: string): string {
  return toCsv([
    [citation],
    [...QUOTE_COLUMNS],
    ...quotes.map((q) => [
      q.id,
      q.date,
      q.datePrecision,
      speakerName(q, lookups.peopleById, 'en'),
      q.eventId,
      lookups.eventsById.get(q.eventId)?.title.en ?? '',
      q.text.vi,
      q.text.en,
      q.sourceId,
      ...noteColumns(q.note),
    ]),
  ]);
}

/**
 * The data shown as a dataset in the app's own schema: the events and quotes shown, and only the
 * places, people and sources they refer to, so that the file opens in the app again.
 */
export function subsetDataset(
  dataset: DatasetHead,
  events: readonly DiplomaticEvent[],
  quotes: readonly Quote[],
  citation: string,
): Dataset {
  const placeIds = new Set(events.flatMap((e) => (e.placeId === null ? [] : [e.placeId])));
  const personIds = new Set([
    ...events.flatMap((e) => e.participants),
    ...quotes.flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])),
  ]);
  const sourceIds = new Set([
    ...events.flatMap((e) => e.sourceIds),
    ...quotes.map((q) => q.sourceId),
  ]);
  return {
    ...(dataset.title === undefined ? {} : { title: dataset.title }),
    citation,
    ...(dataset.dyad === undefined ? {} : { dyad: dataset.dyad }),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    people: dataset.people.filter((p) => personIds.has(p.id)),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
    quotes: [...quotes],
  };
}

export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify({ $schema: './events.schema.json', ...dataset }, null, 2)}\n`;
}
