/**
 * The dataset's closed vocabularies: event kinds, statuses, date precisions, categories,
 * languages, and the formats a file is imported from. Kept apart from the zod schema (schema.ts) so that the page can use them
 * without carrying the validator, which only the dataset worker needs.
 */
export const EVENT_KINDS = [
  'meeting',
  'summit',
  'phone-call',
  'talks',
  'statement',
  'announcement',
  'postponement',
  // What imported event data needs: GDELT's CAMEO material acts (quad classes 2 and 4), and a
  // TimelineJS or spreadsheet row that names no kind.
  'material-cooperation',
  'material-conflict',
  'event',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['held', 'planned', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How precisely a date is known: a month is written with day 01, a year as 1 January. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Whether an event is a contact or statement between the two sides, or the context around it. */
export const EVENT_CATEGORIES = ['us-russia', 'context'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The formats a file may be imported from (import/formats.ts has their columns). A problem in an
 * imported file names its format, so the names stand with the dataset's other words.
 */
export const IMPORT_FORMATS = [
  'dataset-json',
  'timeline-json',
  'timeline-csv',
  'gdelt-1',
  'gdelt-2',
  'template-events',
  'template-quotes',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The formats whose rows are delimited text, and so have lines and columns. */
export type DelimitedFormat = Exclude<ImportFormat, 'dataset-json' | 'timeline-json'>;
