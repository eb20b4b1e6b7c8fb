/**
 * Reads a dataset that arrives as pieces of text, record by record: the splitter cuts the text
 * into members and items, JSON.parse reads each, and the streaming validator checks them. For
 * files larger than one JavaScript string; smaller files are read whole (parseDatasetText).
 */
import { createDatasetSplitter, JsonSplitError, type StreamedMember } from './jsonStream';
import { problem, type Problem } from './problems';
import type { DiplomaticEvent, Quote } from './schema';
import {
  envelopeProblems,
  StreamingValidationError,
  StreamingValidator,
  type DatasetHead,
  type ValidationStage,
} from './validate';

export interface StreamHandlers {
  /** Once, before the first event: everything but the events and quotes, validated. */
  head(head: DatasetHead): void;
  event(event: DiplomaticEvent): void;
  quote(quote: Quote): void;
}

export type StreamOutcome =
  { ok: true; leftOut: Problem[] } | { ok: false; stage: ValidationStage; problems: Problem[] };

/** Throws a StreamingValidationError when the dataset cannot be used at all. */
export function createDatasetStreamReader(handlers: StreamHandlers) {
  const members: Record<string, unknown> = {};
  let validator: StreamingValidator | null = null;
  /** The top level is unusable (e.g. no sources): the records are skipped, and the problems
   * reported at the end, when it is known whether the quotes are missing too. */
  let unusable = false;
  const lists = new Set<StreamedMember>();
  let inQuotes = false;
  const counts = { events: 0, quotes: 0 };

  /** The validator, made at the first record; null if the top level is unusable. */
  const start = (): StreamingValidator | null => {
    if (!validator && !unusable) {
      if (envelopeProblems(members, new Set(['events', 'quotes'])).length > 0) unusable = true;
      else {
        validator = new StreamingValidator(members);
        handlers.head(validator.head);
      }
    }
    return validator;
  };
  const fail = (path: string, code: 'stream-order' | 'json-unreadable'): never => {
    throw new StreamingValidationError('json', [problem(path, code, {})]);
  };

  const splitter = createDatasetSplitter({
    begin(key) {
      lists.add(key);
    },
    member(key, json) {
      if (lists.size > 0) fail(key, 'stream-order');
      members[key] = JSON.parse(json) as unknown;
    },
    item(key, json) {
      const checker = start();
      if (!checker) return;
      const index = counts[key]++;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        fail(`${key}[${index}]`, 'json-unreadable');
      }
      if (key === 'events') {
        if (inQuotes) fail('events', 'stream-order');
        const event = checker.event(value);
        if (event) handlers.event(event);
      } else {
        inQuotes = true;
        const quote = checker.quote(value);
        if (quote) handlers.quote(quote);
      }
    },
  });

  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof JsonSplitError) fail('', 'json-unreadable');
      throw error;
    }
  };

  return {
    push: (text: string) => guard(() => splitter.push(text)),
    finish: (): StreamOutcome =>
      guard(() => {
        splitter.end();
        const problems = envelopeProblems(members, lists);
        if (problems.length > 0) return { ok: false, stage: 'shape', problems };
        return (start() as StreamingValidator).finish();
      }),
  };
}
