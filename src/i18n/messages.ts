/**
 * Every UI string in both languages. `vi` is typed as `Messages`, the shape of `en`, so a key
 * missing from either language fails the build.
 */
import { formatCount, formatNumber } from './format';
import { EMBED_TEXT } from './embedText';
import { HEADER_TEXT } from './headerText';
import type {
  DatasetDetailCode,
  DatasetDetailValues,
  DatasetErrorKind,
  DatasetSource,
} from '@/domain/loadFailure';
import type { SkipReason } from '@/domain/import/builder';
import type { ImportFormat } from '@/domain/import/formats';
import type { SniffedEncoding, TextEncodingName } from '@/domain/import/encoding';
import type { FacetId } from '@/domain/facets';
import type {
  JsonSyntaxReason,
  Problem,
  ProblemCode,
  ProblemValues,
  SchemaRule,
  ShownValue,
  ValueType,
} from '@/domain/problems';
import type { EventKind, EventStatus } from '@/domain/vocabulary';
import type { PeriodId } from '@/domain/periods';
import type { UrlNoticeReason } from '@/domain/urlState';
import type { SourceCredit } from '@/domain/credit';
import type { TensionBandKey } from '@/domain/tension';

/** Counts written the language's way: 100,000 / 100.000. */
const countEn = (n: number) => formatCount(n, 'en');
const countVi = (n: number) => formatCount(n, 'vi');

/** Each problem of a dataset, worded from its values (domain/problems.ts). */
export type ProblemMessages = { [C in ProblemCode]: (values: ProblemValues[C]) => string };
/** Each detail of a load error, worded from its values (domain/loadFailure.ts). */
export type DatasetDetailMessages = {
  [C in DatasetDetailCode]: (values: DatasetDetailValues[C]) => string;
};

/** "400 MB", "3.4 MB": a file's size. */
const megabytes = (bytes: number, lang: 'en' | 'vi') =>
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
const VALUE_TYPE_VI: Record<ValueType, string> = {
  string: 'văn bản',
  number: 'một số',
  array: 'một danh sách',
  object: 'một đối tượng',
  boolean: 'true hoặc false',
  null: 'null',
};
const shownEn = (value: ShownValue) =>
  value.kind === 'literal'
    ? value.text
    : { nothing: 'nothing', list: 'a list', object: 'an object' }[value.kind];
const shownVi = (value: ShownValue) =>
  value.kind === 'literal'
    ? value.text
    : { nothing: 'không có gì', list: 'một danh sách', object: 'một đối tượng' }[value.kind];
/** A stored range as the file writes it: "[6.4, 7.5]" or "null". */
const rangeText = (range: readonly [number, number] | null) =>
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
const IMPORT_FORMAT_VI: Record<ImportFormat, string> = {
  'dataset-json': 'JSON bộ dữ liệu',
  'timeline-json': 'TimelineJS JSON',
  'timeline-csv': 'TimelineJS CSV',
  'gdelt-1': 'GDELT 1.0',
  'gdelt-2': 'GDELT 2.0',
  'template-events': 'mẫu CSV',
  'template-quotes': 'mẫu CSV trích dẫn',
};
/** "YYYY, YYYY-MM or YYYY-MM-DD" */
const listEn = (items: readonly string[], or: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
/** A problem inside another (the problem of an imported row), worded by the same messages. */
function wordInner<C extends ProblemCode>(
  messages: ProblemMessages,
  code: C,
  values: ProblemValues[C],
): string {
  return messages[code](values);
}
const innerEn = (problem: Problem): string => wordInner(en.problem, problem.code, problem.values);
const innerVi = (problem: Problem): string => wordInner(vi.problem, problem.code, problem.values);

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
const RULE_VI: Record<SchemaRule, (options: string[]) => string> = {
  'non-empty-text': () => 'phải là văn bản không rỗng',
  id: () => 'phải là mã gồm chữ thường, chữ số và dấu gạch ngang, tối đa 200 ký tự',
  'iso-date': () => 'phải có dạng YYYY-MM-DD',
  country: () => 'phải là mã quốc gia ISO 3166 gồm hai chữ cái, ví dụ "US"',
  latitude: () => 'phải là vĩ độ từ -90 đến 90',
  longitude: () => 'phải là kinh độ từ -180 đến 180',
  'one-of': (options) => `phải là một trong các giá trị ${options.join(', ')}`,
  'date-precision': () => 'phải là "day", "month" hoặc "year"',
  'cameo-code': () => 'phải là mã CAMEO gồm 2 đến 4 chữ số, ví dụ "036"',
  'actor-code': () => 'phải là mã chủ thể viết hoa, ví dụ "USA"',
  goldstein: () => 'phải là trọng số Goldstein từ -10 đến 10',
  tension: () => 'phải là mức căng thẳng từ 0 đến 10',
  'some-source': () => 'phải có ít nhất một nguồn',
  note: () => 'phải là văn bản, hoặc đối tượng có văn bản ở cả "en" và "vi"',
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
const JSON_REASON_VI: Record<JsonSyntaxReason, string> = {
  'unexpected-character': 'ký tự không mong đợi',
  'malformed-number': 'số viết sai',
  'field-name-expected': 'thiếu tên trường',
  'value-expected': 'thiếu một giá trị',
  'colon-expected': 'thiếu dấu hai chấm',
  'comma-expected': 'thiếu dấu phẩy',
  'closing-brace-expected': 'thiếu dấu } đóng',
  'closing-bracket-expected': 'thiếu dấu ] đóng',
  'end-expected': 'tệp lẽ ra phải kết thúc ở đây',
  comment: 'JSON không cho phép chú thích',
  'text-ends-in-string': 'văn bản kết thúc giữa một chuỗi',
  'text-ends-in-number': 'văn bản kết thúc giữa một số',
  'invalid-unicode-escape': 'mã thoát \\u không hợp lệ',
  'invalid-escape': 'ký tự thoát không hợp lệ',
  'invalid-character': 'ký tự không hợp lệ trong chuỗi',
};
const sourceEn = (source: DatasetSource) =>
  'url' in source ? `The file at ${source.url}` : `“${source.file}”`;
const sourceVi = (source: DatasetSource) =>
  'url' in source ? `Tệp tại ${source.url}` : `Tệp “${source.file}”`;

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

const vi: Messages = {
  ...HEADER_TEXT.vi,
  ...EMBED_TEXT.vi,
  tensionExplainer:
    'Sắc thái của một sự kiện được chấm từ 0 đến 10: tỷ trọng xung đột trong tổng trọng số của các hành động giữa Mỹ và Nga được đưa tin, mỗi hành động được mã hóa bằng một mã sự kiện CAMEO và gán trọng số theo thang Goldstein của GDELT (dưới 2: chủ yếu là hành động hợp tác; 5: trọng số xung đột và hợp tác ngang nhau; trên 8: chủ yếu là hành động xung đột). Đường dọc cho thấy các cách hiểu khác của câu có thể làm sắc thái thay đổi đến đâu. Sự kiện không có hành động giữa hai bên, hoặc có hành động nhưng không mang trọng số nào, thì không có sắc thái.',

  filters: 'Bộ lọc',
  from: 'Từ ngày',
  to: 'Đến ngày',
  periods: 'Các giai đoạn',
  period: {
    all: 'Tất cả',
    'before-invasion': 'Trước chiến sự',
    'war-biden': 'Chiến sự, thời Biden',
    trump: 'Nhiệm kỳ hai của Trump',
  },
  resetFilters: 'Bỏ mọi bộ lọc',
  viewSummary: ({ shown, total, place, from, to }) =>
    `Đang hiển thị ${countVi(shown)} trên ${countVi(total)} sự kiện${place ? ` tại ${place}` : ''}${from && to ? `, ${from} – ${to}` : ''}`,
  statusPlaying: 'Đang chạy',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  playGroup: 'Chạy theo thời gian',
  play: 'Chạy',
  pause: 'Tạm dừng',
  stepBack: 'Lùi một tháng',
  stepForward: 'Tiến một tháng',
  speed: 'Tốc độ',
  reducedMotion: 'Giảm chuyển động: mỗi lần một tháng',
  storyTitle: 'Câu chuyện',
  startStory: 'Câu chuyện: năm cuộc gặp',
  storyStep: (n, total) => `Câu chuyện · ${countVi(n)} trên ${countVi(total)}`,
  storyPrevious: 'Trước',
  storyNext: 'Tiếp',
  storyClose: 'Đóng câu chuyện',
  storyGoTo: (n, title) => `Bước ${countVi(n)}: ${title}`,
  shareGroup: 'Chia sẻ và tải xuống',
  copyLink: 'Sao chép liên kết',
  linkCopied: 'Đã sao chép liên kết',
  copyFailed: 'Sao chép liên kết này:',
  download: 'Tải xuống',
  downloadEventsCsv: 'Sự kiện (CSV)',
  downloadQuotesCsv: 'Trích dẫn (CSV)',
  downloadEventsParquet: 'Sự kiện (Parquet)',
  downloadJson: 'Dữ liệu (JSON)',
  downloadTimelinePng: 'Biểu đồ (PNG)',
  downloadTimelineSvg: 'Biểu đồ (SVG)',
  downloadMapPng: 'Bản đồ (PNG)',
  print: 'In',
  pictureUnavailable: 'Phần này hiện chưa được vẽ nên chưa thể xuất ảnh.',
  imageTitleTimeline: 'Sắc thái của từng cuộc tiếp xúc Mỹ – Nga',
  imageTitleMap: 'Nơi lãnh đạo Mỹ và Nga gặp nhau',
  imageCredit: ({ title, count, publishers, others, date }) =>
    `${title ? `${title}. ` : ''}Từ ${countVi(count)} nguồn${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các nguồn khác' : ''})` : ''}. Sắc thái: tỷ trọng xung đột trong trọng số Goldstein (GDELT) của các hành động mã hóa theo CAMEO giữa hai bên, 0 chủ yếu là hợp tác – 10 chủ yếu là xung đột; đường dọc là khoảng giá trị theo các cách hiểu. Bản đồ: Natural Earth. Tải ngày ${date}.`,
  quotesCount: (n) => `${countVi(n)} trích dẫn`,
  rangeHint:
    'Khoảng ngày tính cả hai đầu. Sự kiện chỉ rõ tháng được hiển thị nếu khoảng ngày chạm đến tháng đó.',

  mapTitle: 'Bản đồ',
  mapHeading: 'Nơi hai bên gặp nhau',
  mapCaption:
    'Mỗi vòng tròn là một địa điểm có sự kiện trong khoảng ngày; kích thước theo số sự kiện, màu theo sắc thái cao nhất trong các sự kiện ở đó. Viền nét đứt là cuộc gặp được dự kiến nhưng chưa diễn ra.',
  mapDescription: (places) => `Các địa điểm có sự kiện trong khoảng ngày: ${places}.`,
  mapMorePlaces: (n) => `và ${countVi(n)} địa điểm khác`,
  placeListHeading: (n) =>
    `${countVi(n)} địa điểm trong khoảng ngày này, nhiều sự kiện nhất trước: chọn một nơi để thu hẹp các biểu đồ`,
  mapNoPlaces: 'Không có địa điểm nào có sự kiện trong khoảng ngày này.',
  mapLoading: 'Đang vẽ bản đồ…',
  mapBasemapError: 'Không tải được đường biên giới các nước; các địa điểm vẫn được hiển thị.',
  allPlaces: 'Mọi địa điểm',
  markerName: (place, count, notHeld) =>
    `${place}: ${countVi(count)} sự kiện${notHeld > 0 ? `, ${countVi(notHeld)} chưa diễn ra` : ''}`,
  unplacedHeading: 'Điện đàm và tuyên bố không gắn với địa điểm',
  unplacedEmpty: 'Không có trong khoảng ngày này.',
  legendSize: 'Kích thước: số sự kiện',
  legendPlanned: 'Dự kiến, bị hoãn hoặc bị hủy',
  legendHeld: 'Đã diễn ra',

  timelineTitle: 'Sắc thái theo thời gian',
  timelineHeading: 'Mỗi cuộc tiếp xúc mang sắc thái nào?',
  timelineCaption: (n, cells = false) =>
    `${countVi(n)} sự kiện trên trục thời gian; càng cao sắc thái càng nghiêng về xung đột (0–10). ${cells ? 'Quá nhiều để vẽ từng điểm: các ô đếm chúng; bấm vào một ô để xem khoảng ngày của nó' : 'Bấm vào một điểm để chọn'}; kéo dải bên dưới để chọn khoảng ngày.`,
  timelineYAxis: 'Sắc thái (0–10)',
  timelineXAxis: 'Thời gian →',
  brushLabel: 'Khoảng ngày: kéo tay cầm hoặc di chuyển bằng phím mũi tên',
  showTable: 'Xem dữ liệu dạng bảng',
  tableLimited: (shown, total) => `${countVi(shown)} dòng đầu trên ${countVi(total)}.`,
  showMore: (n) => `Xem thêm ${countVi(n)}`,
  tooltipEarlier: (n) => `và ${countVi(n)} sự kiện trước đó`,
  showMoreQuotes: (n) => `Xem thêm ${countVi(n)} trích dẫn`,
  tableCaption: 'Các sự kiện trong khoảng ngày và sắc thái của chúng',
  colDate: 'Ngày',
  colEvent: 'Sự kiện',
  colPlace: 'Địa điểm',
  colKind: 'Loại',
  colStatus: 'Tình trạng',
  colTension: 'Sắc thái',
  noPlace: 'Không có địa điểm',
  breakdown: 'Cách tính sắc thái',
  meanTension: 'Sắc thái trung bình',
  clickToZoom: 'Bấm để xem khoảng ngày này.',
  breakdownFormula: (conflict, cooperation, score) =>
    `10 × (${conflict} + 2,5) ÷ (${conflict} + ${cooperation} + 5) = ${score}`,
  goldstein: 'Goldstein',
  counted: 'được tính',
  notCounted: (a, b) => `không tính: không phải giữa ${a} và ${b}`,
  notCountedShort: 'sẽ không được tính',
  otherReadings: 'Các cách hiểu khác của câu này',
  otherReading: 'Cách hiểu khác',
  noScore: (a, b) =>
    `Không có hành động nào trong sự kiện này diễn ra giữa ${a} và ${b}, nên sự kiện không có sắc thái.`,
  noWeight: (a, b) =>
    `Các hành động giữa ${a} và ${b} của sự kiện có trọng số Goldstein bằng 0, không mang tính xung đột cũng không mang tính hợp tác, nên sự kiện không có sắc thái.`,
  toneEvidence: (acts, conflict, cooperation) =>
    `${countVi(acts)} hành động được tính: trọng số xung đột ${conflict}, trọng số hợp tác ${cooperation}`,
  toneEvidenceShort: (acts, conflict, cooperation) =>
    `${countVi(acts)} hành động, xung đột ${conflict}, hợp tác ${cooperation}`,
  scoredOnlyUnder: (low, high) =>
    `Theo một cách hiểu khác của các câu, sắc thái của sự kiện sẽ là ${low === high ? low : `${low}–${high}`}.`,
  rangeOverReadings: (low, high) =>
    `Theo các cách hiểu mà các câu cho phép, sắc thái dao động từ ${low} đến ${high}.`,
  rangeMovedBy: (n) => `${countVi(n)} câu có cách hiểu khác làm thay đổi sắc thái (xem ở trên).`,
  uncertainBand: 'Dải màu của sự kiện phụ thuộc vào cách hiểu: chưa chắc chắn.',
  notScored: 'không có sắc thái',
  unscoredLane: 'Không có sắc thái',
  laneTick: ['Không', 'sắc thái'],
  colRange: 'Khoảng giá trị',
  rangeShort: (low, high) => (low === high ? low : `${low}–${high}`),
  showInArticle: 'Xem trong bài báo',
  hideInArticle: 'Ẩn đoạn trích bài báo',
  noParagraph: 'Bộ dữ liệu này không có đoạn văn nào của bài báo chứa các từ này.',
  untitledBeginning: (words) => `bài không có tiêu đề, mở đầu bằng “${words}”`,
  legendRange: 'Đường dọc: từ sắc thái thấp nhất đến cao nhất theo các cách hiểu của câu',
  legendUncertain: 'Gạch chéo: dải màu phụ thuộc vào cách hiểu',
  legendCells:
    'Quá nhiều sự kiện để vẽ riêng: mỗi ô gồm các sự kiện trong một khoảng thời gian ở cùng một mức sắc thái, càng đậm càng nhiều',
  legendUnscored:
    'Dải dưới cùng, màu xám: không có sắc thái (không có hành động giữa Mỹ và Nga, hoặc không hành động nào mang trọng số)',
  legendUnscoredMap: 'Màu xám: không có sắc thái (không có hành động mang trọng số giữa Mỹ và Nga)',
  selectedEvent: 'Sự kiện đang chọn',
  participants: 'Thành phần',
  note: 'Ghi chú dữ liệu:',
  readingReason: 'Lý do:',
  clearEvent: 'Hiện mọi sự kiện',
  timelineEmpty:
    'Không có sự kiện nào trong khoảng ngày này. Hãy nới rộng khoảng ngày hoặc chọn “Tất cả”.',
  tensionBand: {
    'mostly-cooperative': 'chủ yếu là hành động hợp tác',
    'more-cooperative': 'hợp tác nhiều hơn xung đột',
    even: 'xung đột và hợp tác ngang nhau',
    'more-conflictual': 'xung đột nhiều hơn hợp tác',
    'mostly-conflictual': 'chủ yếu là hành động xung đột',
  },
  tensionScale: 'Sắc thái: tỷ trọng xung đột',
  chartDrawing: 'Đang vẽ biểu đồ…',
  chartSource: (count, publishers, others) =>
    `Nguồn: ${countVi(count)} bài báo${publishers.length > 0 ? ` (${publishers.join(', ')}${others ? ' và các báo khác' : ''})` : ''}.`,
  sliderStart: 'Tháng đầu',
  sliderEnd: 'Tháng cuối',

  quotesTitle: 'Trích dẫn',
  quotesHeading: 'Mỗi bên đã nói gì',
  quotesCaption: 'Nguyên văn như bản in; bản dịch được ghi rõ.',
  searchQuotes: 'Tìm trích dẫn',
  searchPlaceholder: 'Từ khóa hoặc người nói…',
  sortOrder: 'Thứ tự',
  newestFirst: 'Mới nhất trước',
  oldestFirst: 'Cũ nhất trước',
  translatedFrom: { vi: 'Dịch từ tiếng Việt', en: 'Dịch từ tiếng Anh' },
  noteTranslatedFrom: { en: 'dịch từ tiếng Anh', vi: 'dịch từ tiếng Việt' },
  showOriginal: 'Xem nguyên văn tiếng Việt',
  hideOriginal: 'Ẩn nguyên văn tiếng Việt',
  source: 'Nguồn',
  noPublisher: 'Không nêu tên cơ quan báo chí',
  quotesEmptyRange:
    'Không có trích dẫn nào cho các sự kiện trong khoảng ngày và địa điểm này. Hãy nới rộng khoảng ngày hoặc chọn “Mọi địa điểm”.',
  quotesEmptySearch: (q) =>
    `Không có trích dẫn nào khớp với “${q}”. Xóa từ khóa để xem mọi trích dẫn trong khoảng ngày.`,
  clearSearch: 'Xóa tìm kiếm',
  quoteCount: (shown, total) =>
    shown === total
      ? `${countVi(total)} trích dẫn`
      : `${countVi(shown)} trên ${countVi(total)} trích dẫn`,
  noQuotesForEvent: 'Các bài báo không trích dẫn trực tiếp ai cho sự kiện này.',
  importFormat: IMPORT_FORMAT_VI,
  importGdeltTitle: (actor1, actor2, act) =>
    actor2 === null ? `${actor1}: ${act}` : `${actor1} → ${actor2}: ${act}`,
  importGdeltSummary: (title, cameo, weight, place) =>
    `${title} (CAMEO ${cameo}, Goldstein ${weight}), ${place === null ? 'không rõ địa điểm' : `tại ${place}`}: sự kiện do GDELT mã hóa tự động từ một bản tin.`,
  importUnknownAct: (cameo) => `mã CAMEO ${cameo}`,
  importActorRole: 'Chủ thể trong dữ liệu sự kiện GDELT',
  importParticipantRole: 'Người tham gia có tên trong bảng tính được nhập',
  importUntitled: 'Sự kiện không có tiêu đề',
  importSlideEnd: (date) => `Kết thúc ${date}.`,
  importSlideDisplayDate: (shown) => `Dòng thời gian ghi ngày của sự kiện là “${shown}”.`,

  kind: {
    meeting: 'Cuộc gặp',
    summit: 'Thượng đỉnh',
    'phone-call': 'Điện đàm',
    talks: 'Hội đàm',
    statement: 'Tuyên bố',
    announcement: 'Thông báo',
    postponement: 'Hoãn',
    'material-cooperation': 'Hợp tác bằng hành động',
    'material-conflict': 'Xung đột bằng hành động',
    event: 'Sự kiện',
  },
  status: {
    held: 'đã diễn ra',
    planned: 'dự kiến',
    postponed: 'bị hoãn',
    cancelled: 'bị hủy',
  },
  context: 'bối cảnh',

  loading: 'Đang tải dữ liệu…',
  loadingProgress: 'Tiến độ tải',
  loadedOf: (loaded, total) => `${loaded} trên ${total} MB`,
  loadedSoFar: (loaded) => `Đã tải ${loaded} MB`,
  slowLoading: 'Việc tải lâu hơn bình thường: máy chủ chậm hoặc tệp lớn.',
  loadError: 'Không tải được dữ liệu',
  fileRefused: (dataOnScreen) =>
    dataOnScreen
      ? 'Tệp này không được mở. Dữ liệu trên màn hình không thay đổi.'
      : 'Tệp này không được mở.',
  retry: 'Thử lại',
  retrying: 'Đang thử lại…',
  leftOutLabel: 'Bản ghi bị loại',
  leftOut: (n) => `${countVi(n)} bản ghi bị loại vì không hợp lệ; phần còn lại vẫn được hiển thị.`,
  datasetBuiltIn: 'Dữ liệu có sẵn: năm bài báo tiếng Việt',
  datasetYours: 'Dữ liệu của bạn:',
  eventCount: (n) => `${countVi(n)} sự kiện`,
  openedOn: (date) => `mở ngày ${date}`,
  openFile: 'Mở tệp dữ liệu…',
  openingFile: 'Đang mở…',
  useBuiltIn: 'Quay lại dữ liệu có sẵn',
  dropHint:
    'hoặc thả tệp vào trang: JSON, CSV, TSV, Parquet, tệp xuất GDELT, hoặc tệp zip chứa chúng',
  dropHere: 'Thả tệp dữ liệu để mở',
  notKept: 'Trình duyệt không lưu được tệp này: tệp sẽ mất sau khi tải lại trang.',
  invalidData: 'Dữ liệu không hợp lệ',
  moreProblems: (n) => `…và ${countVi(n)} lỗi khác`,
  viewError: 'Không thể vẽ phần này từ dữ liệu.',
  dashboardError: 'Bảng tin không thể hiển thị bộ dữ liệu này',
  savedFileForgotten: (name) =>
    `Không mở lại được “${name}”, tệp bạn đã mở trước đây, nên bảng tin hiển thị dữ liệu có sẵn. Tệp đó không còn được lưu.`,
  datasetError: {
    network: 'Không tải được dữ liệu qua mạng',
    timeout: 'Việc tải dữ liệu mất quá nhiều thời gian',
    http: 'Máy chủ không gửi dữ liệu',
    'too-large': 'Tệp quá lớn',
    json: 'Tệp không phải JSON hợp lệ',
    shape: 'Tệp không phải bộ dữ liệu mà bảng tin này đọc được',
    references: 'Bộ dữ liệu không có sự kiện nào hiển thị được',
    unsupported: 'Trình duyệt này không đọc được dữ liệu',
    internal: 'Một lỗi ngoài dự kiến đã làm dừng việc đọc dữ liệu',
  },
  datasetDetail: {
    unreachable: ({ url }) => `Yêu cầu mạng tới ${url} thất bại: không kết nối được máy chủ.`,
    'no-answer': ({ url, seconds }) =>
      `Máy chủ không trả lời yêu cầu tới ${url} trong vòng ${seconds} giây.`,
    stalled: ({ url, seconds }) =>
      `Việc tải ${url} bị đứng: không nhận được dữ liệu nào trong ${seconds} giây.`,
    interrupted: ({ url }) => `Việc tải ${url} bị gián đoạn.`,
    'not-found': ({ url, status }) => `Không tìm thấy bộ dữ liệu: ${status} với ${url}.`,
    'server-error': ({ url, status }) => `Máy chủ trả về lỗi: ${status} với ${url}.`,
    'text-too-long': ({ url, bytes, maxCharacters }) =>
      `Tệp tại ${url} nặng ${megabytes(bytes, 'vi')}: nhiều JSON hơn mức trình duyệt đọc được trong một văn bản (tối đa ${countVi(maxCharacters)} ký tự).`,
    'file-too-large': ({ name, bytes, maxBytes }) =>
      `Tệp “${name}” nặng ${megabytes(bytes, 'vi')}; chỉ mở được tệp đến ${megabytes(maxBytes, 'vi')}.`,
    'invalid-dataset': ({ source }) => `${sourceVi(source)} không phải bộ dữ liệu hợp lệ.`,
    'no-workers': ({ source }) =>
      `${sourceVi(source)} không đọc được: trình duyệt này không chạy Web Worker, mà bảng tin cần Web Worker để đọc dữ liệu.`,
    'worker-failed': ({ message }) => `Không đọc được bộ dữ liệu: ${message}`,
    'worker-sent-nothing': () => 'Bộ đọc dữ liệu không gửi về dữ liệu nào.',
    'unreadable-message': () =>
      'Không đọc được một thông điệp giữa trang và bộ đọc dữ liệu, nên việc đọc đã dừng lại.',
    unexpected: ({ name, message }) => `Lỗi, theo trình duyệt báo: ${name}: ${message}`,
    'saved-in-old-form': () =>
      'Tệp được một phiên bản cũ hơn của trang này lưu lại, ở dạng mà phiên bản này không đọc được.',
  },
  problem: {
    missing: () => 'bị thiếu',
    'wrong-type': ({ expected, got }) =>
      `phải là ${VALUE_TYPE_VI[expected]}, nhưng nhận được ${shownVi(got)}`,
    'breaks-rule': ({ rule, options, got }) =>
      `${RULE_VI[rule](options)}, nhưng nhận được ${shownVi(got)}`,
    invalid: ({ message, got }) => `${message ?? 'không hợp lệ'}, nhưng nhận được ${shownVi(got)}`,
    'unknown-fields': ({ fields }) => `trường không xác định: ${fields.join(', ')}`,
    'duplicate-id': ({ id }) => `mã "${id}" bị trùng`,
    'not-a-calendar-date': ({ date }) =>
      `phải là một ngày có thật trên lịch, nhưng nhận được "${date}"`,
    'month-date-not-first': ({ date }) =>
      `ngày chỉ rõ đến tháng phải ghi ngày 01, nhưng nhận được "${date}"`,
    'year-date-not-first': ({ date }) =>
      `ngày chỉ rõ đến năm phải ghi là ngày 1 tháng 1 (YYYY-01-01), nhưng nhận được "${date}"`,
    'unknown-place': ({ id }) => `không có địa điểm nào mang mã "${id}"`,
    'unknown-person': ({ id }) => `không có người nào mang mã "${id}"`,
    'unknown-source': ({ id }) => `không có nguồn nào mang mã "${id}"`,
    'unknown-event': ({ id }) => `không có sự kiện nào mang mã "${id}"`,
    'source-not-in-event': ({ id }) => `"${id}" không nằm trong các nguồn của sự kiện`,
    'goldstein-mismatch': ({ cameo, name, expected, got }) =>
      `mã CAMEO ${cameo} (${name}) có trọng số ${expected} trên thang Goldstein, nhưng nhận được ${got}`,
    'tension-mismatch': ({ expected, got }) =>
      expected === null
        ? `phải là null (không có hành động nào giữa hai bên), nhưng nhận được ${got}`
        : `phải là ${expected} (điểm tính từ các hành động của sự kiện), nhưng nhận được ${got}`,
    'tension-range-mismatch': ({ expected, got }) =>
      `phải là ${rangeText(expected)} (điểm thấp nhất và cao nhất theo các cách hiểu), nhưng nhận được ${rangeText(got)}`,
    'event-left-out': ({ id }) => `sự kiện "${id}" của trích dẫn này đã bị loại`,
    'speaker-needed': () => 'trích dẫn không có speakerId thì phải mô tả người nói (speaker)',
    'no-events': () => 'bộ dữ liệu không có sự kiện nào',
    'no-valid-event': () => 'không còn sự kiện hợp lệ nào',
    'json-empty': () => 'không phải JSON hợp lệ: tệp trống',
    'json-syntax': ({ reason, line, column, after }) =>
      `không phải JSON hợp lệ: ${JSON_REASON_VI[reason]} ở dòng ${line}, cột ${column}${after ? `, sau \`${after}\`` : ''}`,
    'json-unreadable': () => 'không phải JSON hợp lệ: không đọc được văn bản dưới dạng JSON',
    'stream-order': () =>
      'tệp lớn như vậy được đọc lần lượt từng bản ghi, nên phải liệt kê tiêu đề, nguồn, người và địa điểm trước các sự kiện, và các sự kiện trước các trích dẫn',
    'row-columns': ({ line, count, expected, format }) =>
      `dòng ${line}: có ${countVi(count)} cột, một dòng ${IMPORT_FORMAT_VI[format]} có ${countVi(expected)} cột${format === 'gdelt-1' ? ' (57 cột trong tệp lịch sử 1979–2013)' : ''}`,
    'in-row': ({ line, column, problem }) =>
      `dòng ${line}${column === null ? '' : `, cột ${column}`}: ${innerVi(problem)}`,
    'date-format': ({ formats, got }) =>
      `phải là ngày dạng ${listEn(formats, 'hoặc')}, nhưng nhận được ${shownVi(got)}`,
    'url-dropped': ({ got }) =>
      `đường dẫn ${shownVi(got)} không phải http hay https nên bị bỏ qua; dòng này vẫn được giữ`,
    'id-rewritten': ({ from, to }) =>
      `mã "${from}" được viết thành "${to}", vì mã chỉ gồm chữ thường, chữ số và dấu gạch ngang; dòng này vẫn được giữ`,
    'no-coordinates': ({ place }) =>
      `“${place}” không có vĩ độ và kinh độ nên sự kiện không có vị trí trên bản đồ; dòng này vẫn được giữ`,
    'unknown-cameo': ({ cameo }) =>
      `mã CAMEO ${cameo} không có trong bảng của GDELT nên không biết trọng số Goldstein của nó`,
    'unclosed-quote': () => 'một trường trong dấu ngoặc kép chưa được đóng trước khi hết tệp',
    'missing-column': ({ column }) => `dòng tiêu đề không có cột "${column}"`,
    'unknown-format': () =>
      'không nhận ra định dạng của tệp: cần JSON của ứng dụng này, một dòng thời gian TimelineJS (JSON, hoặc bảng tính xuất ra CSV), các dòng sự kiện GDELT 1.0 hoặc 2.0, hoặc mẫu CSV',
  },
  notices: 'Một số thiết lập trong đường dẫn đã bị bỏ qua',
  dismiss: 'Đóng',
  notice: {
    'invalid-date': (param) =>
      `“${param}” không phải ngày hợp lệ (YYYY-MM-DD); khoảng ngày được để mở.`,
    'reversed-range': () => 'Ngày bắt đầu sau ngày kết thúc; hai ngày đã được đổi chỗ.',
    'unknown-language': () =>
      'Ngôn ngữ trong đường dẫn không phải tiếng Anh (en) hay tiếng Việt (vi).',
    'unknown-place': () =>
      'Địa điểm trong đường dẫn không có trong dữ liệu; hiển thị mọi địa điểm.',
    'unknown-event': () =>
      'Sự kiện trong đường dẫn không có trong dữ liệu; không chọn sự kiện nào.',
    'unknown-story': () =>
      'Bước câu chuyện trong đường dẫn không tồn tại; câu chuyện được đóng lại.',
    'story-unavailable': () =>
      'Bộ dữ liệu này không có năm cuộc gặp mà câu chuyện kể lại; câu chuyện được đóng lại.',
    repeated: (param) => `“${param}” xuất hiện nhiều lần; giá trị đầu tiên được dùng.`,
    'too-long': (param) => `Giá trị của “${param}” quá dài và đã bị bỏ qua.`,
    'unknown-value': (param) =>
      `Một giá trị của “${param}” trong đường dẫn không có trong bộ dữ liệu này; giá trị đó bị bỏ qua.`,
    'hidden-facet': (param) =>
      `Bộ lọc “${param}” trong đường dẫn không có cho bộ dữ liệu này; bộ lọc đó bị bỏ qua.`,
  },

  aboutHeading: 'Nguồn và phương pháp',
  sourcesHeading: 'Năm bài báo',
  methodHeading: 'Cách chấm sắc thái',
  methodText:
    'Mỗi câu trong bài báo thuật lại một hành động được mã hóa bằng một mã sự kiện CAMEO (ví dụ 036 “Bày tỏ ý định gặp gỡ hoặc đàm phán”, 1056 “Yêu cầu giảm leo thang quân sự”, 130 “Đe dọa”), với trọng số theo thang Goldstein của GDELT, từ −10 (xung đột nhất) đến +10 (hợp tác nhất). Chỉ các hành động từ Mỹ hướng tới Nga hoặc ngược lại được tính. Gọi C là tổng trọng số xung đột và P là tổng trọng số hợp tác, sắc thái của sự kiện là 10 × (C + 2,5) ÷ (C + P + 5), tức tỷ trọng xung đột trong tổng trọng số: mỗi hành động xung đột làm sắc thái tăng, mỗi hành động hợp tác làm sắc thái giảm, và một hành động đơn lẻ chỉ làm sắc thái lệch khỏi mức 5 tối đa 3,3. Sự kiện có các hành động được tính nhưng không mang trọng số nào thì không có sắc thái. Bên cạnh mỗi sắc thái là bằng chứng của nó (C, P và số hành động) và, khi bộ quy tắc mã hóa cho phép hiểu một câu theo cách khác, sắc thái thấp nhất và cao nhất. Sắc thái của một sự kiện chỉ dựa trên một đến chín câu mà một bài báo viết về sự kiện đó; nó phản ánh những gì các bài báo đưa tin, không phải cảm nhận của các nhà ngoại giao, và thứ hạng giữa các cuộc gặp phụ thuộc vào giá trị tiên nghiệm 2,5 cho mỗi phía (docs/METHOD.md).',
  dataNote:
    'Năm được suy ra khi bài báo không ghi; các lỗi trong bài (tên viết sai, chức danh sai) được sửa trong dữ liệu kèm ghi chú. Tải dữ liệu dạng JSON cùng lược đồ.',
  datasetLink: 'Dữ liệu (JSON)',
  datasetLinkOwn: 'Bộ dữ liệu này (JSON)',
  methodTextOwn: (first, second) =>
    `Mỗi hành động được mã hóa của một sự kiện (mã sự kiện CAMEO, có trọng số theo thang Goldstein của GDELT từ −10, xung đột nhất, đến +10, hợp tác nhất) được tính khi nó diễn ra giữa ${first} và ${second}, hai bên của bộ dữ liệu này. Với C là tổng trọng số xung đột và P là tổng trọng số hợp tác, mức căng thẳng của sự kiện là 10 × (C + 2,5) ÷ (C + P + 5); khi một hành động có thể được hiểu theo cách khác, khoảng giá trị cho thấy điểm thấp nhất và cao nhất. Sự kiện không có hành động nào giữa hai bên thì không được chấm điểm.`,
  sourcePages: 'Các trang nguồn',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  sourcesShown: (from, to, total) => `${from}–${to} trên ${total}`,
  schemaLink: 'Lược đồ JSON',
  untitled: 'bài không có tiêu đề',

  // Bringing one's own data (features/dataset/ImportDialog, features/facets): issue 15.
  importDialogTitle: (name) => `Mở “${name}”?`,
  importRecognised: (format) => `Nhận ra định dạng: ${format}.`,
  importFormatLong: {
    'dataset-json': 'JSON của ứng dụng này',
    'timeline-json': 'một dòng thời gian TimelineJS (JSON)',
    'timeline-csv': 'bảng tính TimelineJS lưu dạng CSV',
    'gdelt-1': 'các dòng sự kiện GDELT 1.0 (58 cột; 57 cột trong tệp lịch sử 1979–2013)',
    'gdelt-2': 'các dòng sự kiện GDELT 2.0 (61 cột)',
    'template-events': 'mẫu CSV sự kiện',
    'template-quotes': 'mẫu CSV trích dẫn',
  },
  importNotRecognised: 'Không nhận ra định dạng của tệp này.',
  importPartOfFile: (shown, total) =>
    `Theo ${shown} đầu tiên trong ${total} của tệp (phần còn lại được đọc khi mở):`,
  importWholeFile: 'Theo toàn bộ tệp:',
  importCounts: (rows, events, leftOut) =>
    `đã đọc ${countVi(rows)} dòng: sẽ giữ ${countVi(events)} sự kiện, bỏ ra ${countVi(leftOut)} dòng.`,
  importQuotes: (n) => `Sẽ giữ ${countVi(n)} trích dẫn.`,
  importSkipped: {
    title: (n) => `${countVi(n)} trang tiêu đề đặt tên cho bộ dữ liệu.`,
    era: (n) => `Bỏ qua ${countVi(n)} giai đoạn (era).`,
    'outside-dyad': (n) => `Bỏ qua ${countVi(n)} dòng không diễn ra giữa hai nước.`,
  },
  importLeftOutHeading: 'Các dòng bị bỏ ra và lý do',
  importNotesHeading: 'Những gì được sửa trong các dòng vẫn giữ',
  importRefused: 'Không thể mở tệp này:',
  importFirstRows: 'Các dòng đầu tiên, như sẽ được đọc',
  importColLine: 'Dòng',
  importMapping: 'Cột nào điền vào trường nào',
  importColColumn: 'Cột',
  importColFields: 'Điền vào',
  importNotRead: 'không đọc',
  importDyadLegend: 'Hai quốc gia',
  importOnlyDyad: 'Chỉ giữ các dòng giữa hai quốc gia này',
  importDyadFirst: 'Quốc gia thứ nhất',
  importDyadSecond: 'Quốc gia thứ hai',
  importDyadHint: 'Sắc thái được chấm giữa hai nước này. Mặc định giữ mọi dòng.',
  importOpen: 'Mở',
  importCancel: 'Hủy',
  importReading: (name) => `Đang đọc “${name}”…`,
  importProgress: 'Tiến độ đọc tệp',
  importRowsSoFar: (rows, loaded, total) => `Đã đọc ${countVi(rows)} dòng, ${loaded} / ${total} MB`,
  importStop: 'Dừng đọc',
  importOpening: (name) => `Đang mở dữ liệu đọc từ “${name}”…`,
  importFilesRead: 'Các tệp được đọc',
  importParquet: 'Parquet',
  importEncodingLabel: 'Bảng mã văn bản',
  importEncodingAsFound: 'Như nhận ra ở từng tệp',
  importEncodingName: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Tây Âu)',
  },
  importEncodingBy: {
    bom: 'nhờ dấu thứ tự byte',
    pattern: 'nhờ mẫu của các byte',
    'valid-utf-8': 'các byte là UTF-8 hợp lệ',
    'not-utf-8': 'các byte không phải UTF-8 nên được đọc theo Windows-1252',
    chosen: 'theo lựa chọn',
  },
  facetsButton: (chosen) =>
    chosen === 0 ? 'Loại, quốc gia, mã…' : `Loại, quốc gia, mã… (đã chọn ${countVi(chosen)})`,
  facetsLabel: 'Lọc theo đặc điểm của sự kiện',
  facetName: {
    kind: 'Loại',
    status: 'Tình trạng',
    group: 'Nhóm',
    actor: 'Quốc gia của chủ thể',
    participant: 'Người tham gia',
    cameo: 'Mã gốc CAMEO',
  },
  facetValue: (label, count) => `${label} (${countVi(count)})`,
  facetShowAll: (n) => `Hiện cả ${countVi(n)}`,
  mapNoPlacesInData:
    'Bộ dữ liệu này không có địa điểm nên bản đồ không có gì để hiển thị; các sự kiện được liệt kê bên dưới.',
  sourcesHeadingOwn: 'Nguồn',
};

export const MESSAGES = { en, vi } as const;
