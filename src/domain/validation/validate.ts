/**
 * Parse forgivingly, report precisely: a dataset is read in three stages (JSON, shape, references)
 * and every problem is reported with the path of what is wrong, e.g.
 * `events[3].date: expected YYYY-MM-DD, got "2022-13-40"`. The wording of zod's issues is
 * describeIssue.ts's, the checks of each record recordChecks.ts's, and what is left out when a
 * record fails streamingValidator.ts's, which both readers (whole text and record by record) use.
 */
import { describeIssue } from '../dataset/describeIssue';
import { describeJsonError } from './jsonError';
import type { Problem } from '../dataset/problems';
import {
  datasetEnvelopeSchema,
  type Dataset,
  type DiplomaticEvent,
  type Quote,
} from '../dataset/schema';
import { StreamingValidator } from './streamingValidator';

export type ValidationStage = 'json' | 'shape' | 'references';

export type ValidationResult =
  /** `leftOut`: the problems of the records that were left out; empty for a clean dataset. */
  | { ok: true; dataset: Dataset; leftOut: Problem[] }
  | { ok: false; stage: ValidationStage; problems: Problem[] };

/** Parses and validates the text of a dataset file. */
export function parseDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, stage: 'json', problems: [describeJsonError(text)] };
  }
  return validateDataset(raw);
}

/** Validates an already-parsed JSON value, record by record (as the streaming reader does). */
export function validateDataset(raw: unknown): ValidationResult {
  const envelope = datasetEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      stage: 'shape',
      problems: envelope.error.issues.map((issue) => describeIssue(issue, raw)),
    };
  }
  const validator = new StreamingValidator(envelope.data);
  const events: DiplomaticEvent[] = [];
  for (const item of envelope.data.events) {
    const event = validator.event(item);
    if (event) events.push(event);
  }
  const quotes: Quote[] = [];
  for (const item of envelope.data.quotes) {
    const quote = validator.quote(item);
    if (quote) quotes.push(quote);
  }
  const outcome = validator.finish();
  if (!outcome.ok) return outcome;
  return { ok: true, dataset: { ...validator.head, events, quotes }, leftOut: outcome.leftOut };
}

/** Why the record-by-record reader (streamDataset.ts) refuses a dataset whole. */
export class StreamingValidationError extends Error {
  override name = 'StreamingValidationError';
  constructor(
    readonly stage: ValidationStage,
    readonly problems: Problem[],
  ) {
    super(`the dataset is not valid (${stage})`);
  }
}
