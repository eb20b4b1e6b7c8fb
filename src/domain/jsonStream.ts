/**
 * Splits the text of a dataset file that arrives in pieces into its top-level members, and the
 * members `events` and `quotes` into their items, each as its own JSON text, without ever holding
 * the whole file: for files larger than a JavaScript string can be (a million events make about
 * 1.2 GB of JSON, and V8 strings stop at 536,870,888 characters). Each piece is then read with
 * the browser's own JSON.parse, which is far faster than a parser written in JavaScript.
 *
 * Only the structure is scanned here (strings, escapes, brackets, commas at the top two levels);
 * whether each piece is valid JSON is left to JSON.parse.
 */

/** The top-level arrays whose items are handed out one by one. */
export const STREAMED_MEMBERS = ['events', 'quotes'] as const;
export type StreamedMember = (typeof STREAMED_MEMBERS)[number];

export interface SplitHandlers {
  /** A top-level member other than the streamed arrays, e.g. `sources`, with its value's JSON. */
  member(key: string, json: string): void;
  /** One item of `events` or `quotes`, as JSON text, in the order of the file. */
  item(key: StreamedMember, json: string): void;
  /** `events` or `quotes` begins (before its first item, and even if it has none). */
  begin?(key: StreamedMember): void;
}

export class JsonSplitError extends Error {
  override name = 'JsonSplitError';
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const STREAMED_KEY = /^\s*"(events|quotes)"\s*:\s*$/;

export function createDatasetSplitter(handlers: SplitHandlers) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let finished = false;
  let streamed: StreamedMember | null = null;
  /** The piece being read: parts from earlier chunks, and where it starts in this one. */
  let parts: string[] = [];
  let start = -1;

  const pieceText = (chunk: string, end: number) => {
    const text = (parts.length > 0 ? parts.join('') : '') + chunk.slice(Math.max(0, start), end);
    parts = [];
    return text;
  };

  const finishMember = (text: string) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(`{${text}}`);
    } catch (error) {
      throw new JsonSplitError(
        `a top-level member is not valid JSON (${(error as Error).message}): ${text.trim().slice(0, 60)}`,
      );
    }
    const entries = Object.entries(value as Record<string, unknown>);
    const [key] = entries[0] ?? [];
    if (entries.length !== 1 || key === undefined)
      throw new JsonSplitError(`expected one top-level member, got: ${text.trim().slice(0, 60)}`);
    handlers.member(key, JSON.stringify(entries[0]?.[1]));
  };

  function push(chunk: string): void {
    // Inside the object a piece is always being read: it goes on from this chunk's start.
    start = depth >= 1 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (depth === 0) {
        if (c === OPEN_BRACE && !finished) {
          depth = 1;
          start = i + 1;
        } else if (c > 32) {
          throw new JsonSplitError(
            finished
              ? 'there is text after the end of the dataset object'
              : 'the file does not start with a JSON object',
          );
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && c === OPEN_BRACKET) {
          // The key before it says whether this array is read item by item or whole.
          const head = parts.join('') + chunk.slice(Math.max(0, start), i);
          const key = STREAMED_KEY.exec(head)?.[1] as StreamedMember | undefined;
          if (key) {
            parts = [];
            streamed = key;
            handlers.begin?.(key);
            depth = 2;
            start = i + 1;
            continue;
          }
        }
        depth += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 2 && streamed && c === CLOSE_BRACKET) {
          const text = pieceText(chunk, i);
          if (text.trim() !== '') handlers.item(streamed, text);
          streamed = null;
          depth = 1;
          start = i + 1;
        } else if (depth === 1 && c === CLOSE_BRACE) {
          finishMember(pieceText(chunk, i));
          depth = 0;
          start = -1;
          finished = true;
        } else {
          depth -= 1;
        }
      } else if (c === COMMA) {
        if (depth === 2 && streamed) {
          handlers.item(streamed, pieceText(chunk, i));
          start = i + 1;
        } else if (depth === 1) {
          finishMember(pieceText(chunk, i));
          start = i + 1;
        }
      }
    }
    if (start >= 0) {
      parts.push(chunk.slice(start));
      start = -1;
    }
  }

  function end(): void {
    if (!finished) throw new JsonSplitError('the file ends before the dataset object is closed');
  }

  return { push, end };
}
