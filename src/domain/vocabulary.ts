/**
 * The dataset's closed vocabularies: event kinds, statuses, date precisions, categories and
 * languages. Kept apart from the zod schema (schema.ts) so that the page can use them
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
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['held', 'planned', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Whether an event is a contact or statement between the two sides, or the context around it. */
export const EVENT_CATEGORIES = ['us-russia', 'context'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];
