/**
 * The dataset's shape: the single source of truth. Types come from `z.infer`, the JSON Schema in
 * `public/data/events.schema.json` is generated from these definitions (`npm run schema`).
 *
 * `zod/mini` rather than `zod`: the same checks and JSON Schema output at a fifth of the bundle.
 * Its default messages are bare ("Invalid input"), so every check here carries the rule it states
 * (`rule(…)`, worded in both languages in i18n/messages/problems*.ts) and `describeIssue`
 * (describeIssue.ts) adds the offending value.
 */
import * as z from 'zod/mini';
import { ISO_DATE } from './dates';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';
import { rule } from './problems';
import {
  DATE_PRECISIONS,
  EVENT_CATEGORIES,
  EVENT_KINDS,
  EVENT_STATUSES,
  LANGUAGES,
} from './vocabulary';

const COUNTRY = /^[A-Z]{2}$/;
const CAMEO_CODE = /^\d{2,4}$/;
const ACTOR_CODE = /^[A-Z][A-Z0-9]{1,5}$/;

const text = z.string().check(z.minLength(1, rule('non-empty-text')));
const id = z
  .string()
  .check(z.regex(ID_PATTERN, rule('id')), z.maxLength(MAX_ID_LENGTH, rule('id')));
const isoDate = z.string().check(z.regex(ISO_DATE, rule('iso-date')));
const country = z.string().check(z.regex(COUNTRY, rule('country')));

/**
 * A CAMEO actor code: a country by ISO 3166 alpha-3 ("USA", "RUS", "UKR"), or a group such as
 * "NATO", "WST" (the West as a bloc) or "G20".
 */
const actorCode = z.string().check(z.regex(ACTOR_CODE, rule('actor-code')));
export type ActorCode = string;

const cameoCode = z.string().check(z.regex(CAMEO_CODE, rule('cameo-code')));
const goldsteinWeight = z
  .number()
  .check(z.minimum(-10, rule('goldstein')), z.maximum(10, rule('goldstein')));
const tensionScore = z
  .number()
  .check(z.minimum(0, rule('tension')), z.maximum(10, rule('tension')));

export const localizedTextSchema = z.object({ en: text, vi: text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A note or a reason written for readers: either one text, shown as written on either page (how
 * files wrote notes before December 2026), or the text in both languages, with `original` naming
 * the language the other one was translated from: the page marks that translation as such.
 */
export const noteSchema = z.union(
  [
    text,
    z.object({
      en: text,
      vi: text,
      original: z.optional(z.enum(LANGUAGES, rule('one-of'))),
    }),
  ],
  rule('note'),
);
export type Note = z.infer<typeof noteSchema>;

export const sourceSchema = z.object({
  id,
  /** The seed file the article was read from, e.g. "002_4ce8738a79631aa8.txt". */
  file: text,
  /** The publisher as the article states it; null where it does not. */
  publisher: z.nullable(text),
  url: z.nullable(text),
  /** The article's headline; null where the copy has none. */
  title: z.nullable(text),
  /** BCP 47 language tag of the article, e.g. "vi". */
  language: text,
  /** Byline and the agencies credited, as printed. */
  credit: z.nullable(text),
  /** When the article was published, as far as it is known (month precision: day 01; year: 1 January). */
  date: z.optional(isoDate),
  datePrecision: z.optional(z.enum(DATE_PRECISIONS, rule('date-precision'))),
  /**
   * The article's paragraphs that the data draws on, verbatim and in order (headline, captions
   * and page furniture left out): each quote and coded sentence is shown in its paragraph.
   */
  paragraphs: z.optional(z.array(text)),
  note: z.optional(noteSchema),
});
export type Source = z.infer<typeof sourceSchema>;

export const personSchema = z.object({
  id,
  /** The correct spelling, whatever an article printed. */
  name: text,
  role: localizedTextSchema,
  /** ISO 3166 alpha-2; null where it is not known (imported data may not say). */
  country: z.nullable(country),
  /** Spellings the articles use where they differ from `name`. */
  spellings: z.optional(z.array(text)),
  note: z.optional(noteSchema),
});
export type Person = z.infer<typeof personSchema>;

export const placeSchema = z.object({
  id,
  name: localizedTextSchema,
  /** ISO 3166 alpha-2; null where it is not known. */
  country: z.nullable(country),
  lat: z.number().check(z.minimum(-90, rule('latitude')), z.maximum(90, rule('latitude'))),
  lon: z.number().check(z.minimum(-180, rule('longitude')), z.maximum(180, rule('longitude'))),
  note: z.optional(noteSchema),
});
export type Place = z.infer<typeof placeSchema>;

/** Another reading of a coded sentence that the codebook allows: it moves the tension range. */
export const alternativeSchema = z.object({
  cameo: cameoCode,
  goldstein: goldsteinWeight,
  /** Who acts and towards whom under this reading, where that differs from the action's. */
  actor: z.optional(z.nullable(actorCode)),
  target: z.optional(z.nullable(actorCode)),
  /** Why the sentence can be read this way. */
  reason: noteSchema,
});
export type Alternative = z.infer<typeof alternativeSchema>;

export const actionSchema = z.object({
  /** Who acts; null where the sentence names no one ("the meeting was postponed"). */
  actor: z.nullable(actorCode),
  /** Towards whom; null where the sentence names no one. */
  target: z.nullable(actorCode),
  /** CAMEO event code, kept as a string: "010" and "10" are different codes. */
  cameo: cameoCode,
  /** The code's Goldstein weight, −10 (most conflictual) … +10 (most cooperative). */
  goldstein: goldsteinWeight,
  /**
   * The article's sentence that this action codes, verbatim; for a sentence that reports acts
   * of different actors or towards different targets, the clause that reports this one.
   */
  sentence: text,
  sourceId: id,
  /** Other readings the codebook allows, each with its code and reason (default: none). */
  alternatives: z.optional(z.array(alternativeSchema)),
});
export type Action = z.infer<typeof actionSchema>;

export const eventSchema = z.object({
  id,
  /** ISO date; with month precision, the first day of the month; with year precision, 1 January. */
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS, rule('date-precision')),
  /** Null for a phone call or a statement the articles place nowhere. */
  placeId: z.nullable(id),
  kind: z.enum(EVENT_KINDS, rule('one-of')),
  status: z.enum(EVENT_STATUSES, rule('one-of')),
  category: z.enum(EVENT_CATEGORIES, rule('one-of')),
  /** A group the event belongs to, as a TimelineJS timeline groups its slides (default: none). */
  group: z.optional(text),
  participants: z.array(id),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Its coded acts; none for an imported event that codes no act (then its tension is null). */
  actions: z.array(actionSchema),
  /**
   * The score of the actions between the two sides (`scoreTension`): 0 (most cooperative) … 10
   * (most conflictual); null where no action is between them. Computed when absent.
   */
  tension: z.optional(z.nullable(tensionScore)),
  /**
   * [lowest, highest] score over the readings of its actions (`tensionRange`); equal to the
   * tension where no sentence has another reading. Computed when absent.
   */
  tensionRange: z.optional(z.nullable(z.tuple([tensionScore, tensionScore]))),
  sourceIds: z.array(id).check(z.minLength(1, rule('some-source'))),
  /** How the date was inferred, and where the dataset corrects an article. */
  note: z.optional(noteSchema),
});
/** An event as a file may write it: tension and its range may be left to be computed. */
export type EventRecord = z.infer<typeof eventSchema>;
/** An event as the app holds it once validated: its tension and range computed and checked. */
export type DiplomaticEvent = Omit<EventRecord, 'tension' | 'tensionRange'> & {
  tension: number | null;
  tensionRange: [number, number] | null;
};

export const quoteSchema = z.object({
  id,
  eventId: id,
  /** A person in `people`; null where the article names no one (then `speaker` describes them). */
  speakerId: z.nullable(id),
  /** Who spoke, where the article names no one or several people ("both presidents"). */
  speaker: z.optional(z.object({ name: localizedTextSchema, country: z.nullable(country) })),
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS, rule('date-precision')),
  /** The text as printed, in its `language`; the other is a translation. */
  text: localizedTextSchema,
  /** The language the quote was printed in (default "vi"): its text in the other is a translation. */
  language: z.optional(z.enum(['vi', 'en'], rule('one-of'))),
  sourceId: id,
  note: z.optional(noteSchema),
});
export type Quote = z.infer<typeof quoteSchema>;

export const datasetSchema = z.object({
  $schema: z.optional(z.string()),
  title: z.optional(text),
  /** How to cite the data: written into every download. */
  citation: z.optional(text),
  /** The two sides whose tension is scored, as actor codes (default: ["USA", "RUS"]). */
  dyad: z.optional(z.tuple([actorCode, actorCode])),
  sources: z.array(sourceSchema),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
});
export type Dataset = Omit<z.infer<typeof datasetSchema>, 'events'> & {
  events: DiplomaticEvent[];
};

/** Everything in a dataset but its events and quotes. */
export type DatasetHead = Omit<Dataset, 'events' | 'quotes'>;

/** The top level alone: five lists, whatever their records hold (checked one by one). */
export const datasetEnvelopeSchema = z.object({
  title: z.optional(text),
  citation: z.optional(text),
  dyad: z.optional(z.tuple([actorCode, actorCode])),
  sources: z.array(z.unknown()),
  people: z.array(z.unknown()),
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  quotes: z.array(z.unknown()),
});
export type DatasetEnvelope = z.infer<typeof datasetEnvelopeSchema>;
