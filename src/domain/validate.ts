/**
 * Parse forgivingly, report precisely: a dataset is read in three stages (JSON, shape, references)
 * and every problem is reported with the path of what is wrong, e.g.
 * `events[3].date: expected YYYY-MM-DD, got "2022-13-40"`.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { describeCameo } from './cameo';
import { isCalendarDate } from './dates';
import { describeJsonError } from './jsonError';
import { datasetSchema, type Dataset } from './schema';
import { scoreTension } from './tension';

export interface Problem {
  /** `events[3].date`; empty for the whole document. */
  path: string;
  message: string;
}

export type ValidationStage = 'json' | 'shape' | 'references';

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; stage: ValidationStage; problems: Problem[] };

/** formatPath(["events", 3, "date"]) → "events[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** `events[3].date: expected YYYY-MM-DD, got "2022-13-40"` */
export function formatProblem({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
}

/** A short, safe rendering of the value a problem is about: strings quoted and cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(cut);
  }
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};

/** Turns one zod issue into a sentence that names what was expected and what was found. */
export function describeIssue(issue: $ZodIssue, root: unknown): Problem {
  const path = formatPath(issue.path);
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) return { path, message: 'is missing' };
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return { path, message: `expected ${expected}, got ${describeValue(got)}` };
    }
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
      };
    default: {
      const message =
        issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
      return { path, message: `${message}, got ${describeValue(got)}` };
    }
  }
}

/** Problems that the shape alone cannot see: ids, cross-references, calendar dates, scores. */
export function findReferenceProblems(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  function indexIds<T extends { id: string }>(name: string, items: readonly T[]): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  }
  const sourceIds = indexIds('sources', dataset.sources);
  const personIds = indexIds('people', dataset.people);
  const placeIds = indexIds('places', dataset.places);
  const eventIds = indexIds('events', dataset.events);
  indexIds('quotes', dataset.quotes);

  function checkDate(path: string, date: string, precision: 'day' | 'month') {
    if (!isCalendarDate(date)) add(path, `expected a real calendar date, got "${date}"`);
    else if (precision === 'month' && !date.endsWith('-01'))
      add(path, `a month-precision date is written with day 01, got "${date}"`);
  }

  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    checkDate(`${at}.date`, event.date, event.datePrecision);
    if (event.placeId !== null && !placeIds.has(event.placeId))
      add(`${at}.placeId`, `no place has the id "${event.placeId}"`);
    event.participants.forEach((p, j) => {
      if (!personIds.has(p)) add(`${at}.participants[${j}]`, `no person has the id "${p}"`);
    });
    event.sourceIds.forEach((s, j) => {
      if (!sourceIds.has(s)) add(`${at}.sourceIds[${j}]`, `no source has the id "${s}"`);
    });
    event.actions.forEach((action, j) => {
      if (!event.sourceIds.includes(action.sourceId))
        add(
          `${at}.actions[${j}].sourceId`,
          `"${action.sourceId}" is not among the event's sources`,
        );
      const known = describeCameo(action.cameo);
      if (known && known.goldstein !== action.goldstein)
        add(
          `${at}.actions[${j}].goldstein`,
          `CAMEO ${action.cameo} (${known.name}) weighs ${known.goldstein} on the Goldstein scale, got ${action.goldstein}`,
        );
    });
    if (event.actions.length > 0) {
      const expected = scoreTension(event.actions);
      if (event.tension !== expected)
        add(
          `${at}.tension`,
          `expected ${expected} (the score of its actions), got ${event.tension}`,
        );
    }
  });

  dataset.quotes.forEach((quote, i) => {
    const at = `quotes[${i}]`;
    checkDate(`${at}.date`, quote.date, quote.datePrecision);
    if (!eventIds.has(quote.eventId))
      add(`${at}.eventId`, `no event has the id "${quote.eventId}"`);
    if (!sourceIds.has(quote.sourceId))
      add(`${at}.sourceId`, `no source has the id "${quote.sourceId}"`);
    if (quote.speakerId === null) {
      if (!quote.speaker)
        add(`${at}.speaker`, 'a quote with no speakerId needs a described speaker');
    } else if (!personIds.has(quote.speakerId)) {
      add(`${at}.speakerId`, `no person has the id "${quote.speakerId}"`);
    }
  });

  return problems;
}

/** Validates an already-parsed JSON value. */
export function validateDataset(raw: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      stage: 'shape',
      problems: parsed.error.issues.map((issue) => describeIssue(issue, raw)),
    };
  }
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) return { ok: false, stage: 'references', problems };
  if (parsed.data.events.length === 0)
    return {
      ok: false,
      stage: 'references',
      problems: [{ path: 'events', message: 'the dataset has no events' }],
    };
  return { ok: true, dataset: parsed.data };
}

/** Parses and validates the text of a dataset file. */
export function parseDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      stage: 'json',
      problems: [{ path: '', message: `not valid JSON: ${describeJsonError(text)}` }],
    };
  }
  return validateDataset(raw);
}
