/**
 * The formats a file may be imported from, and their columns as their specifications publish them.
 *
 * GDELT event files are tab-separated, one event a line, with no header row. The columns are those
 * of "The GDELT Event Database Data Format Codebook V1.03" (8/25/2013: daily files from 1 April
 * 2013 have 58 fields, the 57 of the historical backfile and SOURCEURL) and "The GDELT Event
 * Database Data Format Codebook V2.0" (2/19/2015: 61 fields; V2 adds ADM2Code to each of the three
 * geographies, and DATEADDED becomes YYYYMMDDHHMMSS). Checked against the header files in
 * github.com/linwoodc3/gdeltPyR (data/events1.csv, data/events2.csv: name, type and the codebook's
 * description of each field) and github.com/linwoodc3/gdelt2HeaderRows
 * (GDELT_2.0_Column_Labels_Header_Row_Sep2016.csv).
 *
 * The TimelineJS Google Sheets template exports 18 columns; their names are those the TimelineJS3
 * source reads (github.com/NUKnightLab/TimelineJS3, src/js/core/ConfigFactory.js: `headers_V3` and
 * the `Year` column; newer sheets add `Alt Text`, read too). A row of Type `title` is the title
 * slide, of Type `era` a span of time with no content.
 */

const GEO_1 = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'Lat', 'Long', 'FeatureID'];
const GEO_2 = [
  'Type',
  'FullName',
  'CountryCode',
  'ADM1Code',
  'ADM2Code',
  'Lat',
  'Long',
  'FeatureID',
];
const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];

function gdeltColumns(geo: readonly string[]): string[] {
  return [
    'GLOBALEVENTID',
    'SQLDATE',
    'MonthYear',
    'Year',
    'FractionDate',
    ...ACTOR.map((name) => `Actor1${name}`),
    ...ACTOR.map((name) => `Actor2${name}`),
    'IsRootEvent',
    'EventCode',
    'EventBaseCode',
    'EventRootCode',
    'QuadClass',
    'GoldsteinScale',
    'NumMentions',
    'NumSources',
    'NumArticles',
    'AvgTone',
    ...geo.map((name) => `Actor1Geo_${name}`),
    ...geo.map((name) => `Actor2Geo_${name}`),
    ...geo.map((name) => `ActionGeo_${name}`),
    'DATEADDED',
    'SOURCEURL',
  ];
}

/** GDELT 1.0 daily event files (58 columns). */
export const GDELT_1_COLUMNS: readonly string[] = gdeltColumns(GEO_1);
/**
 * GDELT 1.0's historical backfile, 1979–March 2013 (57 columns): the daily columns without
 * SOURCEURL. A file may hold both (a backfile with daily files appended): each row is read by its
 * own width.
 */
export const GDELT_1_BACKFILE_COLUMNS: readonly string[] = GDELT_1_COLUMNS.slice(0, -1);
/** GDELT 2.0 event exports, every 15 minutes (61 columns). */
export const GDELT_2_COLUMNS: readonly string[] = gdeltColumns(GEO_2);

export const GDELT_COLUMNS = { 'gdelt-1': GDELT_1_COLUMNS, 'gdelt-2': GDELT_2_COLUMNS } as const;

/** The TimelineJS Google Sheets template, in its order. */
export const TIMELINE_SHEET_COLUMNS: readonly string[] = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];
/** The columns a TimelineJS sheet must have (normalized: see normalizeColumn). */
export const TIMELINE_REQUIRED = ['year', 'headline'] as const;

/**
 * Our CSV template, one event a row (README, "Bring your own data"). `date` and `title` are
 * required; every other column may be left out or left empty.
 */
export const TEMPLATE_EVENT_COLUMNS = [
  'id',
  'date',
  'place',
  'latitude',
  'longitude',
  'country',
  'kind',
  'status',
  'title',
  'title_vi',
  'summary',
  'summary_vi',
  'participants',
  'source_url',
  'group',
  'actor',
  'target',
  'cameo',
  'sentence',
  'note',
] as const;
export const TEMPLATE_EVENT_REQUIRED = ['date', 'title'] as const;

/** The template's optional second file: quotes, each of an event of the first. */
export const TEMPLATE_QUOTE_COLUMNS = [
  'event',
  'speaker',
  'date',
  'text',
  'translation',
  'language',
  'source_url',
  'note',
] as const;
export const TEMPLATE_QUOTE_REQUIRED = ['event', 'speaker', 'text'] as const;

/**
 * A column name as our templates compare it: case, spaces and dashes aside, so that "Source URL",
 * "source-url" and "source_url" are one column.
 */
export function normalizeColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
