/**
 * Every UI string in English, and the shape every language's must have (`Messages`): a key missing
 * from another language fails the build. Vietnamese is in messagesVi.ts, fetched only for a page
 * read in it (loadMessages.ts).
 */ import { formatCount, formatNumber } from './format';
import { EMBED_TEXT } from './embedText';
import { HEADER_TEXT } from './headerText';
import type {
  DatasetDetailCode,
  DatasetDetailValues,
  DatasetErrorKind,
  DatasetSource,
} from '@/domain/validation/loadFailure';
import type { SkipReason } from '@/domain/import/builder';
import type { ImportFormat } from '@/domain/dataset/vocabulary';
import type { SniffedEncoding, TextEncodingName } from '@/domain/import/encoding';
import type { FacetId } from '@/domain/query/facets';
import type {
  JsonSyntaxReason,
  Problem,
  ProblemCode,
  ProblemValues,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/dataset/problems';
import type { EventKind, EventStatus } from '@/domain/dataset/vocabulary';
import type { PeriodId } from '@/domain/builtIn/periods';
import type { UrlNoticeReason } from '@/domain/viewState/urlState';
import type { SourceCredit } from '@/domain/dataset/credit';
import type { TensionBandKey } from '@/domain/scoring/tension';

/** Counts written the language's way: 100,000 / 100.000. */
const countEn = (n: number) => formatCount(n, 'en');

/** Each problem of a dataset, worded from its values (domain/problems.ts). */
export type ProblemMessages = { [C in ProblemCode]: (values: ProblemValues[C]) => string };
/** Each detail of a load error, worded from its values (domain/loadFailure.ts). */
export type DatasetDetailMessages = {
  [C in DatasetDetailCode]: (values: DatasetDetailValues[C]) => string;
};

/** "400 MB", "3.4 MB": a file's size. */
export const megabytes = (bytes: number, lang: 'en' | 'vi') =>
  `${formatNumber(bytes / 1024 / 1024, lang, bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

// The words the problem messages are made of, in each language.
const VALUE_TYPE_EN: Record<ValueType, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};
const shownEn = (value: ShownValue) =>
  value.kind === 'literal'
    ? value.text
    : { nothing: 'nothing', list: 'a list', object: 'an object' }[value.kind];
/** A stored range as the file writes it: "[6.4, 7.5]" or "null". */
export const rangeText = (range: readonly [number, number] | null) =>
  range === null ? 'null' : `[${range[0]}, ${range[1]}]`;

/** The formats a file is imported from, named as a row of one is: "a GDELT 2.0 row". */
const IMPORT_FORMAT_EN: Record<ImportFormat, string> = {
  'dataset-json': 'dataset JSON',
  'timeline-json': 'TimelineJS JSON',
  'timeline-csv': 'TimelineJS CSV',
  'gdelt-1': 'GDELT 1.0',
  'gdelt-2': 'GDELT 2.0',
  'template-events': 'template CSV',
  'template-quotes': 'quotes template CSV',
};
/** "YYYY, YYYY-MM or YYYY-MM-DD" */
export const listEn = (items: readonly string[], or: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
/** A problem inside another (the problem of an imported row), worded by the same messages. */
export function wordInner<C extends ProblemCode>(
  messages: ProblemMessages,
  code: C,
  values: ProblemValues[C],
): string {
  return messages[code](values);
}
const innerEn = (problem: Problem): string => wordInner(en.problem, problem.code, problem.values);

const RULE_EN: Record<SchemaRule, (options: string[]) => string> = {
  'non-empty-text': () => 'expected non-empty text',
  id: () => 'expected an id of lower-case letters, digits and dashes, at most 200 characters',
  'iso-date': () => 'expected YYYY-MM-DD',
  country: () => 'expected a two-letter ISO 3166 country code, e.g. "US"',
  latitude: () => 'expected a latitude from -90 to 90',
  longitude: () => 'expected a longitude from -180 to 180',
  'one-of': (options) => `expected one of ${options.join(', ')}`,
  'date-precision': () => 'expected "day", "month" or "year"',
  'cameo-code': () => 'expected a CAMEO code of 2 to 4 digits, e.g. "036"',
  'actor-code': () => 'expected an actor code in capital letters, e.g. "USA"',
  goldstein: () => 'expected a Goldstein weight from -10 to 10',
  tension: () => 'expected a tension from 0 to 10',
  'some-source': () => 'expected at least one source',
  note: () => 'expected a text, or an object with a text in "en" and in "vi"',
};
const JSON_REASON_EN: Record<JsonSyntaxReason, string> = {
  'unexpected-character': 'unexpected character',
  'malformed-number': 'malformed number',
  'field-name-expected': 'a field name was expected',
  'value-expected': 'a value was expected',
  'colon-expected': 'a colon was expected',
  'comma-expected': 'a comma was expected',
  'closing-brace-expected': 'a closing } was expected',
  'closing-bracket-expected': 'a closing ] was expected',
  'end-expected': 'the file should end here',
  comment: 'comments are not allowed in JSON',
  'text-ends-in-string': 'the text ends inside a string',
  'text-ends-in-number': 'the text ends inside a number',
  'invalid-unicode-escape': 'invalid \\u escape',
  'invalid-escape': 'invalid escape character',
  'invalid-character': 'invalid character in a string',
};
const sourceEn = (source: DatasetSource) =>
  'url' in source ? `The file at ${source.url}` : `“${source.file}”`;

/** The climate line's words for its text alternative: values and dates already formatted. */
export interface ClimateWords {
  high: string;
  highDate: string;
  highActs: number;
  low: string;
  lowDate: string;
  lowActs: number;
  gaps: number;
}

/** The credit line of a picture: the dataset's title and sources, and the day it was made. */
export interface ImageCredit extends SourceCredit {
  title: string | null;
  /** Written out in the page's language. */
  date: string;
}

/** What the view shows, for the one sentence that says it; dates already written out. */
export interface ViewSummary {
  shown: number;
  total: number;
  place: string | null;
  from: string | null;
  to: string | null;
}

const en = {
  ...HEADER_TEXT.en,
  ...EMBED_TEXT.en,
  tensionExplainer:
    'An event’s tone runs from 0 to 10: the conflictual share of the weight of its reported acts between the US and Russia, each coded with a CAMEO event code and weighed on GDELT’s Goldstein scale (under 2: mostly cooperative acts; 5: as much conflictual as cooperative weight; over 8: mostly conflictual acts). A line shows how far other readings of the sentences could move it. An event with no act between the two sides, or whose acts weigh nothing either way, has no tone.',

  filters: 'Filters',
  from: 'From',
  to: 'To',
  periods: 'Periods of the story',
  period: {
    all: 'All',
    'before-invasion': 'Before the invasion',
    'war-biden': 'The war, Biden years',
    trump: 'Trump’s second term',
  } satisfies Record<PeriodId, string>,
  resetFilters: 'Reset all filters',
  viewSummary: ({ shown, total, place, from, to }: ViewSummary) =>
    `Showing ${countEn(shown)} of ${countEn(total)} event${total === 1 ? '' : 's'}${place ? ` in ${place}` : ''}${from && to ? `, ${from} – ${to}` : ''}`,
  statusPlaying: 'Playing',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  playGroup: 'Play through time',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'One month back',
  stepForward: 'One month forward',
  speed: 'Speed',
  reducedMotion: 'Reduced motion: steps a month at a time',
  storyTitle: 'Story',
  startStory: 'Story: the five meetings',
  storyStep: (n: number, total: number) => `Story · ${countEn(n)} of ${countEn(total)}`,
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyClose: 'Close the story',
  storyGoTo: (n: number, title: string) => `Step ${countEn(n)}: ${title}`,
  shareGroup: 'Share and download',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link:',
  download: 'Download',
  downloadEventsCsv: 'Events (CSV)',
  downloadQuotesCsv: 'Quotes (CSV)',
  downloadEventsParquet: 'Events (Parquet)',
  downloadJson: 'Data (JSON)',
  downloadTimelinePng: 'Timeline (PNG)',
  downloadTimelineSvg: 'Timeline (SVG)',
  downloadMapPng: 'Map (PNG)',
  print: 'Print',
  pictureUnavailable: 'That view is not drawn at the moment, so there is nothing to picture.',
  imageTitleTimeline: 'The tone of each US–Russia encounter',
  imageTitleMap: 'Where US and Russian leaders met',
  imageCredit: ({ title, count, publishers, others, date }: ImageCredit) =>
    `${title ? `${title}. ` : ''}From ${countEn(count)} source${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}. Tone: conflictual share of the Goldstein weight (GDELT) of the CAMEO-coded acts between the two sides, 0 mostly cooperative – 10 mostly conflictual acts; lines span the readings the codebook allows. Map: Natural Earth. Downloaded ${date}.`,
  quotesCount: (n: number) => `${countEn(n)} quote${n === 1 ? '' : 's'}`,
  rangeHint:
    'Dates are inclusive. An event dated only to a month is shown if the range touches that month.',

  mapTitle: 'Map',
  mapHeading: 'Where they met',
  mapCaption:
    'One circle per place with events in the range; size by number of events, colour by the highest tone of its events. A dashed outline marks meetings that were planned but not held.',
  mapDescription: (places: string) => `Places with events in the range: ${places}.`,
  mapMorePlaces: (n: number) => `and ${countEn(n)} more place${n === 1 ? '' : 's'}`,
  placeListHeading: (n: number) =>
    `${countEn(n)} places in this range, most events first: choose one to narrow the views`,
  mapNoPlaces: 'No place has events in this date range.',
  mapLoading: 'Drawing the map…',
  mapBasemapError: 'The country outlines could not be loaded; the places are still shown.',
  allPlaces: 'All places',
  markerName: (place: string, count: number, notHeld: number) =>
    `${place}: ${countEn(count)} event${count === 1 ? '' : 's'}${notHeld > 0 ? `, ${countEn(notHeld)} not held` : ''}`,
  unplacedHeading: 'Calls and statements with no place',
  unplacedEmpty: 'None in this date range.',
  legendSize: 'Circle size: number of events',
  legendPlanned: 'Planned, postponed or cancelled',
  legendHeld: 'Held',

  timelineTitle: 'Tone over time',
  timelineHeading: 'What was the tone of each encounter?',
  timelineCaption: (n: number, cells = false) =>
    `${countEn(n)} event${n === 1 ? '' : 's'} on a time axis; higher is a more conflictual tone (0–10). ${cells ? 'Too many to draw one by one: cells count them; click a cell to show its dates' : 'Click a mark to select it'}; drag the strip below to choose dates.`,
  timelineYAxis: 'Tone (0–10)',
  timelineXAxis: 'Date →',
  brushLabel: 'Date range: drag a handle, or move it with the arrow keys',
  showTable: 'Show the data as a table',
  tableLimited: (shown: number, total: number) =>
    `The first ${countEn(shown)} of ${countEn(total)} rows.`,
  showMore: (n: number) => `Show ${countEn(n)} more`,
  tooltipEarlier: (n: number) => `and ${countEn(n)} earlier event${n === 1 ? '' : 's'}`,
  showMoreQuotes: (n: number) => `Show ${countEn(n)} more quote${n === 1 ? '' : 's'}`,
  tableCaption: 'Events in the range, with their tone',
  colDate: 'Date',
  colEvent: 'Event',
  colPlace: 'Place',
  colKind: 'Kind',
  colStatus: 'Status',
  colTension: 'Tone',
  noPlace: 'No place',
  breakdown: 'How the tone is made',
  meanTension: 'Mean tone',
  clickToZoom: 'Click to show these dates.',
  breakdownFormula: (conflict: string, cooperation: string, score: string) =>
    `10 × (${conflict} + 2.5) ÷ (${conflict} + ${cooperation} + 5) = ${score}`,
  goldstein: 'Goldstein',
  counted: 'counts',
  notCounted: (a: string, b: string) => `not counted: not between ${a} and ${b}`,
  notCountedShort: 'would not count',
  otherReadings: 'Other readings of this sentence',
  otherReading: 'Another reading',
  noScore: (a: string, b: string) =>
    `No act in this record is between ${a} and ${b}, so it has no tone.`,
  noWeight: (a: string, b: string) =>
    `Its acts between ${a} and ${b} weigh 0 on the Goldstein scale, neither conflictual nor cooperative, so it has no tone.`,
  toneEvidence: (acts: number, conflict: string, cooperation: string) =>
    `${countEn(acts)} counted act${acts === 1 ? '' : 's'}: conflictual weight ${conflict}, cooperative weight ${cooperation}`,
  toneEvidenceShort: (acts: number, conflict: string, cooperation: string) =>
    `${countEn(acts)} act${acts === 1 ? '' : 's'}, conflict ${conflict}, cooperation ${cooperation}`,
  scoredOnlyUnder: (low: string, high: string) =>
    `Under another reading of its sentences its tone would be ${low === high ? low : `${low}–${high}`}.`,
  rangeOverReadings: (low: string, high: string) =>
    `Over the readings its sentences allow, the tone runs from ${low} to ${high}.`,
  rangeMovedBy: (n: number) =>
    `${countEn(n)} sentence${n === 1 ? '' : 's'} with another reading move${n === 1 ? 's' : ''} it (listed above).`,
  uncertainBand: 'Its colour band depends on the reading: uncertain.',
  notScored: 'not scored',
  unscoredLane: 'Not scored',
  /** The lane's name on the chart's axis, one short word a line. */
  laneTick: ['Not', 'scored'],
  colRange: 'Range',
  rangeShort: (low: string, high: string) => (low === high ? low : `${low}–${high}`),
  showInArticle: 'Show in the article',
  hideInArticle: 'Hide the article',
  noParagraph: 'This dataset gives no paragraph of the article for these words.',
  untitledBeginning: (words: string) => `untitled article beginning “${words}”`,
  legendRange: 'Line: lowest to highest tone over the readings of its sentences',
  legendUncertain: 'Hatched: the colour band depends on a reading',
  legendCells:
    'Too many events to tell apart: a cell holds those of a stretch of time at one tone, darker for more',
  climateExplainer: (days: number) =>
    `The grey line is the climate: how conflictual the relationship was going into each day, from every counted act between the two sides in the ${countEn(days)} days before it, at any place, each sentence counted once, in the tone’s formula; its band spans the readings of those sentences. Where no act falls in the window the line stops: a gap, never a guess. The table and the CSV give the number of acts behind each value.`,
  legendClimate: (days: number) =>
    `Grey line, the climate: every counted act of the ${countEn(days)} days before each day, at any place; the band spans the readings of their sentences; a gap where no act falls`,
  climateDescription: (days: number, c: ClimateWords | null) =>
    c === null
      ? `Climate line: no counted act in the ${countEn(days)} days before any day of this range.`
      : `Climate line, from every counted act of the ${countEn(days)} days before each day: most conflictual ${c.high} on ${c.highDate} (${countEn(c.highActs)} act${c.highActs === 1 ? '' : 's'}), most cooperative ${c.low} on ${c.lowDate} (${countEn(c.lowActs)} act${c.lowActs === 1 ? '' : 's'})${c.gaps > 0 ? `; ${countEn(c.gaps)} stretch${c.gaps === 1 ? '' : 'es'} with no act, left as gaps` : ''}.`,
  colClimate: (days: number) => `Climate, ${countEn(days)} days before`,
  colEvidence: 'Acts counted',
  climateCell: (value: string, range: string, acts: number) =>
    `${value} (${range}), ${countEn(acts)} act${acts === 1 ? '' : 's'}`,
  noClimate: 'no act',
  legendUnscored:
    'Bottom lane, grey: no tone (no act between the US and Russia, or none that weighs)',
  legendUnscoredMap: 'Grey: no tone (no act between the US and Russia that weighs)',
  selectedEvent: 'Selected event',
  participants: 'Who',
  note: 'Note on the data:',
  /** A reading's reason, before it. */
  readingReason: 'Why:',
  clearEvent: 'Show all events',
  timelineEmpty: 'No events in this date range. Widen the dates or choose “All”.',
  tensionBand: {
    'mostly-cooperative': 'mostly cooperative acts',
    'more-cooperative': 'more cooperative than conflictual',
    even: 'as conflictual as cooperative',
    'more-conflictual': 'more conflictual than cooperative',
    'mostly-conflictual': 'mostly conflictual acts',
  } satisfies Record<TensionBandKey, string>,
  tensionScale: 'Tone: the share of conflictual weight',
  chartDrawing: 'Drawing the chart…',
  /** Under the chart: "Source: 5 articles (VOV.VN, Nhân Dân and others)." */
  chartSource: (count: number, publishers: readonly string[], others: boolean) =>
    `Source: ${countEn(count)} article${count === 1 ? '' : 's'}${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' and others' : ''})` : ''}.`,
  /** The overview strip's two thumbs, named apart from the date inputs' From and To. */
  sliderStart: 'First month',
  sliderEnd: 'Last month',

  quotesTitle: 'Quotes',
  quotesHeading: 'What each side said',
  // Any dataset's: each quote is shown as printed, and a translation is marked as one (QuoteFigure).
  quotesCaption: 'Verbatim as printed; a translation is marked as one.',
  searchQuotes: 'Search quotes',
  searchPlaceholder: 'Words or a speaker…',
  sortOrder: 'Order',
  newestFirst: 'Newest first',
  oldestFirst: 'Oldest first',
  translatedFrom: { vi: 'Translated from Vietnamese', en: 'Translated from English' },
  /** After a note of the data that is a translation. */
  noteTranslatedFrom: { en: 'translated from English', vi: 'translated from Vietnamese' },
  showOriginal: 'Show the Vietnamese original',
  hideOriginal: 'Hide the Vietnamese original',
  source: 'Source',
  noPublisher: 'Publisher not named',
  quotesEmptyRange:
    'No quotes for the events in this range and place. Widen the dates or choose “All places”.',
  quotesEmptySearch: (q: string) =>
    `No quote matches “${q}”. Clear the search to see all quotes in the range.`,
  clearSearch: 'Clear search',
  quoteCount: (shown: number, total: number) =>
    shown === total
      ? `${countEn(total)} quote${total === 1 ? '' : 's'}`
      : `${countEn(shown)} of ${countEn(total)} quotes`,
  noQuotesForEvent: 'The articles quote no one directly for this event.',
  /** The format an imported file was recognised as. */
  importFormat: IMPORT_FORMAT_EN,
  // What an import writes into the data (i18n/importText.ts).
  importGdeltTitle: (actor1: string, actor2: string | null, act: string) =>
    actor2 === null ? `${actor1}: ${act}` : `${actor1} → ${actor2}: ${act}`,
  importGdeltSummary: (title: string, cameo: string, weight: string, place: string | null) =>
    `${title} (CAMEO ${cameo}, Goldstein ${weight}), ${place === null ? 'with no place given' : `in ${place}`}: an event GDELT coded by machine from a news report.`,
  importUnknownAct: (cameo: string) => `CAMEO ${cameo}`,
  importActorRole: 'Actor in GDELT’s event data',
  importParticipantRole: 'Participant named in the imported spreadsheet',
  importUntitled: 'Untitled event',
  importSlideEnd: (date: string) => `Ends ${date}.`,
  importSlideDisplayDate: (shown: string) => `The timeline gives its date as “${shown}”.`,

  kind: {
    meeting: 'Meeting',
    summit: 'Summit',
    'phone-call': 'Phone call',
    talks: 'Talks',
    statement: 'Statement',
    announcement: 'Announcement',
    postponement: 'Postponement',
    'material-cooperation': 'Material cooperation',
    'material-conflict': 'Material conflict',
    event: 'Event',
  } satisfies Record<EventKind, string>,
  status: {
    held: 'held',
    planned: 'planned',
    postponed: 'postponed',
    cancelled: 'cancelled',
  } satisfies Record<EventStatus, string>,
  context: 'context',

  loading: 'Loading the dataset…',
  loadingProgress: 'Download progress',
  loadedOf: (loaded: string, total: string) => `${loaded} of ${total} MB`,
  loadedSoFar: (loaded: string) => `${loaded} MB so far`,
  slowLoading: 'This is taking longer than usual: the server is slow or the file is large.',
  loadError: 'The dataset could not be loaded',
  fileRefused: (dataOnScreen: boolean): string =>
    dataOnScreen
      ? 'This file was not opened. The data on screen has not changed.'
      : 'This file was not opened.',
  retry: 'Retry',
  retrying: 'Retrying…',
  leftOutLabel: 'Records left out',
  leftOut: (n: number) =>
    `${countEn(n)} record${n === 1 ? ' was' : 's were'} left out because ${n === 1 ? 'it is' : 'they are'} not valid; everything else is shown.`,
  datasetBuiltIn: 'Built-in dataset: five Vietnamese articles',
  datasetYours: 'Your dataset:',
  eventCount: (n: number) => `${countEn(n)} event${n === 1 ? '' : 's'}`,
  openedOn: (date: string) => `opened ${date}`,
  openFile: 'Open a data file…',
  openingFile: 'Opening…',
  useBuiltIn: 'Back to the built-in dataset',
  dropHint: 'or drop one on the page: JSON, CSV, TSV, Parquet, a GDELT export, or a zip of them',
  dropHere: 'Drop a data file to open it',
  notKept: 'Your browser did not keep this file: it will be gone after a reload.',
  invalidData: 'The dataset is not valid',
  moreProblems: (n: number) => `…and ${countEn(n)} more problem${n === 1 ? '' : 's'}`,
  viewError: 'This view could not be drawn from the data.',
  dashboardError: 'The dashboard could not show this dataset',
  savedFileForgotten: (name: string) =>
    `“${name}”, the file you opened before, could not be opened again, so the built-in dataset is shown. The file is no longer kept.`,
  datasetError: {
    network: 'The data could not be downloaded',
    timeout: 'The download took too long',
    http: 'The server did not send the data',
    'too-large': 'The file is too large',
    json: 'The file is not valid JSON',
    shape: 'The file is not a dataset this dashboard reads',
    references: 'The dataset has no event that can be shown',
    unsupported: 'This browser cannot read the data',
    internal: 'An unexpected error stopped the reading of the data',
  } satisfies Record<DatasetErrorKind, string>,
  datasetDetail: {
    unreachable: ({ url }) =>
      `The network request for ${url} failed: the server could not be reached.`,
    'no-answer': ({ url, seconds }) => `The server did not answer for ${url} within ${seconds} s.`,
    stalled: ({ url, seconds }) => `The download of ${url} stalled: no data for ${seconds} s.`,
    interrupted: ({ url }) => `The download of ${url} was interrupted.`,
    'not-found': ({ url, status }) => `The dataset was not found: ${status} for ${url}.`,
    'server-error': ({ url, status }) => `The server answered with an error: ${status} for ${url}.`,
    'text-too-long': ({ url, bytes, maxCharacters }) =>
      `The file at ${url} is ${megabytes(bytes, 'en')}: more JSON than a browser can read as one text (at most ${countEn(maxCharacters)} characters).`,
    'file-too-large': ({ name, bytes, maxBytes }) =>
      `“${name}” is ${megabytes(bytes, 'en')}; files up to ${megabytes(maxBytes, 'en')} can be opened.`,
    'invalid-dataset': ({ source }) => `${sourceEn(source)} is not a valid dataset.`,
    'no-workers': ({ source }) =>
      `${sourceEn(source)} could not be read: this browser does not run Web Workers, which the dashboard needs to read data.`,
    'worker-failed': ({ message }) => `The dataset could not be read: ${message}`,
    'worker-sent-nothing': () => 'The dataset reader sent no data.',
    'unreadable-message': () =>
      'A message between the page and the dataset reader could not be read, so the reading was stopped.',
    unexpected: ({ name, message }) => `The error, as the browser reports it: ${name}: ${message}`,
    'saved-in-old-form': () =>
      'It was kept by an earlier version of this page, in a form this one does not read.',
  } satisfies DatasetDetailMessages,
  problem: {
    missing: () => 'is missing',
    'wrong-type': ({ expected, got }) => `expected ${VALUE_TYPE_EN[expected]}, got ${shownEn(got)}`,
    'breaks-rule': ({ rule, options, got }) => `${RULE_EN[rule](options)}, got ${shownEn(got)}`,
    invalid: ({ message, got }) => `${message ?? 'is not valid'}, got ${shownEn(got)}`,
    'unknown-fields': ({ fields }) =>
      `unknown field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}`,
    'duplicate-id': ({ id }) => `duplicate id "${id}"`,
    'not-a-calendar-date': ({ date }) => `expected a real calendar date, got "${date}"`,
    'month-date-not-first': ({ date }) =>
      `a month-precision date is written with day 01, got "${date}"`,
    'year-date-not-first': ({ date }) =>
      `a year-precision date is written as 1 January (YYYY-01-01), got "${date}"`,
    'unknown-place': ({ id }) => `no place has the id "${id}"`,
    'unknown-person': ({ id }) => `no person has the id "${id}"`,
    'unknown-source': ({ id }) => `no source has the id "${id}"`,
    'unknown-event': ({ id }) => `no event has the id "${id}"`,
    'source-not-in-event': ({ id }) => `"${id}" is not among the event's sources`,
    'goldstein-mismatch': ({ cameo, name, expected, got }) =>
      `CAMEO ${cameo} (${name}) weighs ${expected} on the Goldstein scale, got ${got}`,
    'tension-mismatch': ({ expected, got }) =>
      expected === null
        ? `expected null (no action is between the two sides), got ${got}`
        : `expected ${expected} (the score of its actions), got ${got}`,
    'tension-range-mismatch': ({ expected, got }) =>
      `expected ${rangeText(expected)} (the lowest and highest score over its readings), got ${rangeText(got)}`,
    'event-left-out': ({ id }) => `its event "${id}" was left out`,
    'speaker-needed': () => 'a quote with no speakerId needs a described speaker',
    'no-events': () => 'the dataset has no events',
    'no-valid-event': () => 'no valid event remains',
    'json-empty': () => 'not valid JSON: the file is empty',
    'json-syntax': ({ reason, line, column, after }) =>
      `not valid JSON: ${JSON_REASON_EN[reason]} at line ${line}, column ${column}${after ? `, after \`${after}\`` : ''}`,
    'json-unreadable': () => 'not valid JSON: the text could not be read as JSON',
    'stream-order': () =>
      'a file this large is read record by record, so it must list its title, sources, people and places before its events, and its events before its quotes',
    'row-columns': ({ line, count, expected, format }) =>
      `line ${line}: ${countEn(count)} column${count === 1 ? '' : 's'}, a ${IMPORT_FORMAT_EN[format]} row has ${countEn(expected)}${format === 'gdelt-1' ? ' (57 in the 1979–2013 backfile)' : ''}`,
    'in-row': ({ line, column, problem }) =>
      `line ${line}${column === null ? '' : `, column ${column}`}: ${innerEn(problem)}`,
    'date-format': ({ formats, got }) =>
      `expected a date as ${listEn(formats, 'or')}, got ${shownEn(got)}`,
    'url-dropped': ({ got }) =>
      `the link ${shownEn(got)} is not http or https, so it is left out; the row is kept`,
    'id-rewritten': ({ from, to }) =>
      `the id "${from}" is written "${to}", as ids are lower-case letters, digits and dashes; the row is kept`,
    'no-coordinates': ({ place }) =>
      `“${place}” has no latitude and longitude, so the event has no place on the map; the row is kept`,
    'unknown-cameo': ({ cameo }) =>
      `CAMEO ${cameo} is not a code of GDELT’s table, so its Goldstein weight is not known`,
    'unclosed-quote': () => 'a quoted field is not closed before the end of the file',
    'missing-column': ({ column }) => `the header has no column "${column}"`,
    'unknown-format': () =>
      'the format of the file was not recognised: expected this app’s JSON, a TimelineJS timeline (JSON, or its spreadsheet as CSV), GDELT 1.0 or 2.0 event rows, or the CSV template',
  } satisfies ProblemMessages,
  notices: 'Some link settings were ignored',
  dismiss: 'Dismiss',
  notice: {
    'invalid-date': (param: string) =>
      `“${param}” is not a real date (YYYY-MM-DD); the range starts open instead.`,
    'reversed-range': () => 'The start date was after the end date; the two were swapped.',
    'unknown-language': () => 'The language in the link is not English (en) or Vietnamese (vi).',
    'unknown-place': () => 'The place in the link is not in the dataset; all places are shown.',
    'unknown-event': () => 'The event in the link is not in the dataset; no event is selected.',
    'unknown-story': () => 'The story step in the link does not exist; the story is closed.',
    'story-unavailable': () =>
      'This dataset does not have the five meetings the story follows; the story is closed.',
    repeated: (param: string) => `“${param}” appeared more than once; the first value was used.`,
    'too-long': (param: string) => `The value of “${param}” was too long and was ignored.`,
    'unknown-value': (param: string) =>
      `A value of “${param}” in the link is not in this dataset; it is ignored.`,
    'hidden-facet': (param: string) =>
      `The filter “${param}” in the link is not offered for this dataset; it is ignored.`,
  } satisfies Record<UrlNoticeReason, (param: string) => string>,

  aboutHeading: 'Sources and method',
  sourcesHeading: 'The five articles',
  methodHeading: 'How the tone is scored',
  methodText:
    'Each sentence of an article that reports an act is coded with a CAMEO event code (e.g. 036 “Express intent to meet or negotiate”, 1056 “Demand de-escalation”, 130 “Threaten”), weighed on GDELT’s Goldstein scale from −10 (most conflictual) to +10 (most cooperative). Only acts from the US to Russia or back count. With C the summed conflictual weight and P the cooperative, an event’s tone is 10 × (C + 2.5) ÷ (C + P + 5), the conflictual share of the weight: every conflictual act raises it, every cooperative one lowers it, and one act alone moves it at most 3.3 points from 5. An event whose counted acts weigh nothing has no tone. Beside each tone stand its evidence (C, P and the number of acts) and, where the codebook allows another reading of a sentence, the lowest and highest tone. The tone of one event rests on the one to nine sentences an article wrote about it; it measures what the articles report, not what the diplomats felt, and the rankings it gives between meetings depend on the prior of 2.5 each way (docs/METHOD.md).',
  dataNote:
    'Years are inferred where the articles omit them; slips in the articles (a misspelt name, a wrong title) are corrected in the data with a note. Download the dataset as JSON with its schema.',
  datasetLink: 'Dataset (JSON)',
  datasetLinkOwn: 'This dataset (JSON)',
  methodTextOwn: (first: string, second: string) =>
    `Each coded act of an event (a CAMEO event code, weighed on GDELT’s Goldstein scale from −10, most conflictual, to +10, most cooperative) counts when it is between ${first} and ${second}, the two sides of this dataset. With C the summed conflictual weight and P the cooperative, an event’s tension is 10 × (C + 2.5) ÷ (C + P + 5); where another reading of an act is allowed, the range shows the lowest and highest score. Events with no act between the two sides are not scored.`,
  sourcePages: 'Pages of sources',
  previousPage: 'Previous',
  nextPage: 'Next',
  sourcesShown: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
  schemaLink: 'JSON Schema',
  untitled: 'untitled article',

  // Bringing one's own data (features/dataset/ImportDialog, features/facets): issue 15.
  importDialogTitle: (name: string) => `Open “${name}”?`,
  importRecognised: (format: string) => `Recognised as ${format}.`,
  importFormatLong: {
    'dataset-json': 'this app’s JSON',
    'timeline-json': 'a TimelineJS timeline (JSON)',
    'timeline-csv': 'a TimelineJS sheet saved as CSV',
    'gdelt-1': 'GDELT 1.0 event rows (58 columns; 57 in the 1979–2013 backfile)',
    'gdelt-2': 'GDELT 2.0 event rows (61 columns)',
    'template-events': 'the events CSV template',
    'template-quotes': 'the quotes CSV template',
  } satisfies Record<ImportFormat, string>,
  importNotRecognised: 'The format of this file was not recognised.',
  importPartOfFile: (shown: string, total: string) =>
    `From the first ${shown} of the file’s ${total} (the rest is read when it opens):`,
  importWholeFile: 'From the whole file:',
  importCounts: (rows: number, events: number, leftOut: number) =>
    `${countEn(rows)} row${rows === 1 ? '' : 's'} read: ${countEn(events)} event${events === 1 ? '' : 's'} will be kept, ${countEn(leftOut)} row${leftOut === 1 ? '' : 's'} left out.`,
  importQuotes: (n: number) => `${countEn(n)} quote${n === 1 ? '' : 's'} will be kept.`,
  importSkipped: {
    title: (n: number) => `${countEn(n)} title slide${n === 1 ? ' names' : 's name'} the dataset.`,
    era: (n: number) => `${countEn(n)} era${n === 1 ? ' is' : 's are'} skipped.`,
    'outside-dyad': (n: number) =>
      `${countEn(n)} row${n === 1 ? ' is' : 's are'} skipped: not between the two countries.`,
  } satisfies Record<SkipReason, (n: number) => string>,
  importLeftOutHeading: 'Rows left out, and why',
  importNotesHeading: 'Changed in rows that are kept',
  importRefused: 'This file cannot be opened:',
  importFirstRows: 'The first rows as they will be read',
  importColLine: 'Line',
  importMapping: 'Which column fills which field',
  importColColumn: 'Column',
  importColFields: 'Fills',
  importNotRead: 'not read',
  importDyadLegend: 'Two countries',
  importOnlyDyad: 'Keep only rows between these two countries',
  importDyadFirst: 'First country',
  importDyadSecond: 'Second country',
  importDyadHint: 'The tone is scored between these two. By default every row is kept.',
  importOpen: 'Open',
  importCancel: 'Cancel',
  importReading: (name: string) => `Reading “${name}”…`,
  importProgress: 'Reading progress',
  importRowsSoFar: (rows: number, loaded: string, total: string) =>
    `${countEn(rows)} row${rows === 1 ? '' : 's'} read, ${loaded} of ${total} MB`,
  importStop: 'Stop reading',
  importOpening: (name: string) => `Opening the data read from “${name}”…`,
  importFilesRead: 'Files read',
  importParquet: 'Parquet',
  importEncodingLabel: 'Text encoding',
  importEncodingAsFound: 'As found in each file',
  importEncodingName: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Western European)',
  } satisfies Record<TextEncodingName, string>,
  importEncodingBy: {
    bom: 'by its byte-order mark',
    pattern: 'by the pattern of its bytes',
    'valid-utf-8': 'its bytes are valid UTF-8',
    'not-utf-8': 'its bytes are not UTF-8, so they are read as Windows-1252',
    chosen: 'as chosen',
  } satisfies Record<SniffedEncoding['by'], string>,
  facetsButton: (chosen: number) =>
    chosen === 0 ? 'Kind, country, code…' : `Kind, country, code… (${countEn(chosen)} chosen)`,
  facetsLabel: 'Filter by what the events are',
  facetName: {
    kind: 'Kind',
    status: 'Status',
    group: 'Group',
    actor: 'Actor country',
    participant: 'Participant',
    cameo: 'CAMEO root code',
  } satisfies Record<FacetId, string>,
  facetValue: (label: string, count: number) => `${label} (${countEn(count)})`,
  facetShowAll: (n: number) => `Show all ${countEn(n)}`,
  mapNoPlacesInData:
    'This dataset gives no places, so there is nothing to map; its events are listed below.',
  sourcesHeadingOwn: 'Sources',
};

export type Messages = typeof en;

export { en };
