/**
 * The dataset's closed vocabularies: event kinds, statuses, date precisions, categories, actors
 * and languages. Kept apart from the zod schema (schema.ts) so that the page can use them
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

/**
 * Actors and targets of coded actions, as CAMEO codes them: countries by ISO 3166 alpha-3,
 * NATO, and "the West" as a bloc (CAMEO's WST).
 */
export const ACTORS = ['USA', 'RUS', 'UKR', 'NATO', 'WST', 'G20'] as const;
export type Actor = (typeof ACTORS)[number];

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];
