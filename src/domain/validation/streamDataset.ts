/**
 * Reads a dataset that arrives as pieces of text, record by record: the splitter cuts the text
 * into members and items and reads each with JSON.parse, and the streaming validator checks them.
 * For files larger than one JavaScript string; smaller files are read whole (parseDatasetText),
 * and both give the same verdict on the same text, with the same problems. The one difference:
 * a file read this way must list its records in the order the app writes them (see ORDER).
 */
import { createDatasetSplitter, JsonSyntaxFailure, type StreamedMember } from './jsonStream';
import { problem, type Problem, type ShownValue } from '../dataset/problems';
import type { DatasetHead, DiplomaticEvent, Quote } from '../dataset/schema';
import { readEnvelope, StreamingValidator } from './streamingValidator';
import { parseDatasetText, StreamingValidationError, type ValidationStage } from './validate';

export interface StreamHandlers {
  /** Once, before the first event: everything but the events and quotes, validated. */
  head(head: DatasetHead): void;
  event(event: DiplomaticEvent): void;
  quote(quote: Quote): void;
}

export type StreamOutcome =
  { ok: true; leftOut: Problem[] } | { ok: false; stage: ValidationStage; problems: Problem[] };

export interface StreamLimits {
  /**
   * How much of a file that is not an object is kept to judge it as the whole-file reader would;
   * a longer one is said to be no object, without looking further for a JSON error.
   */
  otherText: number;
}

const DEFAULT_LIMITS: StreamLimits = { otherText: 16 * 1024 * 1024 };

/** Throws a StreamingValidationError when the dataset cannot be used at all. */
export function createDatasetStreamReader(
  handlers: StreamHandlers,
  limits: StreamLimits = DEFAULT_LIMITS,
) {
  // No prototype: a member named "__proto__" is a member like any other.
  const members: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let validator: StreamingValidator | null = null;
  /** The top level is unusable (e.g. no sources): the records are skipped, and the problems
   * reported at the end, when it is known whether the quotes are missing too. */
  let unusable = false;
  const lists = new Set<StreamedMember>();
  let inQuotes = false;
  /** The text of a file that is not an object, up to the limit. */
  const other = { parts: [] as string[], length: 0, cut: false };

  /** The validator, made at the first record; null if the top level is unusable. */
  const start = (): StreamingValidator | null => {
    if (!validator && !unusable) {
      const top = readEnvelope(members, new Set(['events', 'quotes']));
      if (!top.ok) unusable = true;
      else {
        validator = new StreamingValidator(top.envelope);
        handlers.head(validator.head);
      }
    }
    return validator;
  };
  const outOfOrder = (path: string): never => {
    throw new StreamingValidationError('json', [problem(path, 'stream-order', {})]);
  };

  const splitter = createDatasetSplitter({
    begin(key) {
      lists.add(key);
    },
    member(key, value) {
      if (lists.size > 0) outOfOrder(key);
      members[key] = value;
    },
    item(key, value) {
      const checker = start();
      if (!checker) return;
      if (key === 'events') {
        if (inQuotes) outOfOrder('events');
        const event = checker.event(value);
        if (event) handlers.event(event);
      } else {
        inQuotes = true;
        const quote = checker.quote(value);
        if (quote) handlers.quote(quote);
      }
    },
    other(text) {
      const room = limits.otherText - other.length;
      if (text.length > room) other.cut = true;
      const kept = text.length > room ? text.slice(0, room) : text;
      other.parts.push(kept);
      other.length += kept.length;
    },
  });

  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof JsonSyntaxFailure)
        throw new StreamingValidationError('json', [error.problem]);
      throw error;
    }
  };

  return {
    push: (text: string) => guard(() => splitter.push(text)),
    finish: (): StreamOutcome =>
      guard(() => {
        splitter.end();
        if (other.parts.length > 0) return judgeOther(other.parts.join(''), other.cut);
        const top = readEnvelope(members, lists);
        if (!top.ok) return { ok: false, stage: 'shape', problems: top.problems };
        return (start() as StreamingValidator).finish();
      }),
  };
}

/** A file whose top level is not an object, judged as the whole-file reader judges it. */
function judgeOther(text: string, cut: boolean): StreamOutcome {
  if (!cut) {
    const verdict = parseDatasetText(text);
    if (verdict.ok) throw new Error('a dataset that is not an object cannot be valid');
    return verdict;
  }
  // Only the start was kept (the file is huge): whatever else is wrong, it is not an object.
  const start = text.trimStart();
  const got: ShownValue = start.startsWith('[')
    ? { kind: 'list' }
    : { kind: 'literal', text: `${start.slice(0, 57)}…` };
  return {
    ok: false,
    stage: 'shape',
    problems: [problem('', 'wrong-type', { expected: 'object', got })],
  };
}
