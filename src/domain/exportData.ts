/**
 * Downloads of the data shown: events and quotes as CSV (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read Vietnamese right) and as JSON in the dataset's own schema, each with a
 * citation, under a file name that says the filter.
 */
import { speakerName } from './quoteSearch';
import type { Dataset, DatasetHead, DiplomaticEvent, Person, Place, Quote, Source } from './schema';

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
}

/** "us-russia-diplomacy_2022-01-01_to_2022-12-31_geneva_events.csv" */
export function exportFileName(filter: ExportFilter, what: string, extension: string): string {
  const parts = ['us-russia-diplomacy'];
  if (filter.from !== null || filter.to !== null)
    parts.push(`${filter.from ?? 'start'}_to_${filter.to ?? 'end'}`);
  if (filter.placeId) parts.push(filter.placeId);
  if (filter.eventId) parts.push(filter.eventId);
  parts.push(what);
  return `${parts.join('_').replace(/[^a-z0-9_.-]/gi, '-')}.${extension}`;
}

export const TENSION_METHOD =
  'Tension 0–10 = 10 × (C + 2.5) ÷ (C + P + 5), where C and P are the summed conflictual and cooperative Goldstein weights (as GDELT publishes them) of the event’s CAMEO-coded actions between the two sides; empty where no action is between them. tension_low and tension_high: the lowest and highest score over the readings the codebook allows.';

/** How much of an ISO date a precision keeps: "2021", "2021-12", "2021-12-30". */
const DATE_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** The citation written into every download: sources, the date of download, the method. */
export function buildCitation(
  sources: readonly Source[],
  downloadedOn: string,
  title?: string,
): string {
  const list = sources
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
  return `${title ?? 'US–Russia diplomacy over Ukraine, 2021–2025'}. Sources: ${list}. Downloaded ${downloadedOn}. ${TENSION_METHOD}`;
}

interface Lookups {
  placesById: ReadonlyMap<string, Place>;
  peopleById: ReadonlyMap<string, Person>;
  eventsById: Pick<ReadonlyMap<string, DiplomaticEvent>, 'get'>;
}

export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'place',
  'kind',
  'status',
  'category',
  'title_en',
  'title_vi',
  'participants',
  'tension',
  'tension_low',
  'tension_high',
  'summary_en',
  'summary_vi',
  'sources',
  'note',
] as const;

export function eventsToCsv(
  events: readonly DiplomaticEvent[],
  lookups: Lookups,
  citation: string,
): string {
  return toCsv([
    [citation],
    [...EVENT_COLUMNS],
    ...events.map((e) => [
      e.id,
      e.date,
      e.datePrecision,
      e.placeId === null ? '' : (lookups.placesById.get(e.placeId)?.name.en ?? e.placeId),
      e.kind,
      e.status,
      e.category,
      e.title.en,
      e.title.vi,
      e.participants.map((p) => lookups.peopleById.get(p)?.name ?? p).join('; '),
      e.tension,
      e.tensionRange?.[0],
      e.tensionRange?.[1],
      e.summary.en,
      e.summary.vi,
      e.sourceIds.join('; '),
      e.note,
    ]),
  ]);
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
  'note',
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
      q.note,
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
