/**
 * Splits the text of a dataset file that arrives in pieces into its top-level members, and the
 * members `events` and `quotes` into their items, without ever holding the whole file: for files
 * larger than a JavaScript string can be (V8 strings stop at 536,870,888 characters). Only the
 * structure is scanned here; each member and item is read with the browser's JSON.parse.
 *
 * A file that is not JSON is refused with the problem the whole-file reader (parseDatasetText)
 * gives, found in the piece that does not parse (jsonPieces.ts).
 *
 * Hand-written, kept (review 2026-12 §2.2) over @streamparser/json or clarinet: they build every
 * value in JavaScript; this only finds where members start and end and leaves each to the native
 * JSON.parse, which is faster. Its verdicts are tested equal to the whole-file reader's.
 */
import { advancePosition, CONTEXT_LENGTH, TEXT_START } from './jsonError';
import {
  pieceProblem,
  pieceStartAt,
  trailingProblem,
  type PieceKind,
  type PieceStart,
} from './jsonPieces';
import { problem, type Problem } from '../dataset/problems';

/** The top-level arrays whose items are handed out one by one. */
export const STREAMED_MEMBERS = ['events', 'quotes'] as const;
export type StreamedMember = (typeof STREAMED_MEMBERS)[number];

export interface SplitHandlers {
  /** A top-level member other than the streamed arrays, e.g. `sources`, with its value. */
  member(key: string, value: unknown): void;
  /** One item of `events` or `quotes`, in the order of the file. */
  item(key: StreamedMember, value: unknown): void;
  /** `events` or `quotes` begins (before its first item, and even if it has none). */
  begin(key: StreamedMember): void;
  /** The file is not an object: its text, from the start, as it arrives (nothing else is called). */
  other(text: string): void;
}

/** The text is not JSON: `problem` says where and why, in the words of the whole-file reader. */
export class JsonSyntaxFailure extends Error {
  override name = 'JsonSyntaxFailure';
  constructor(readonly problem: Problem) {
    super('the text is not valid JSON');
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const STREAMED_KEY = /^\s*"(events|quotes)"\s*:\s*$/;
/** How much of the text after the object is kept: enough for whatever stands first there. */
const AFTER_KEPT = 1024 * 1024;
const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isBlank = (text: string) => /^[ \n\r\t]*$/.test(text);

export function createDatasetSplitter(handlers: SplitHandlers) {
  let phase: 'start' | 'object' | 'other' | 'done' | 'after' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let streamed: StreamedMember | null = null;
  let kind: PieceKind = 'first-member';
  /**
   * JSON.parse refused a piece in which the tolerant parser finds nothing wrong (it allows a few
   * more spaces): then, as for the whole file, the text "could not be read as JSON" unless a
   * later error is found. Nothing more is handed out meanwhile.
   */
  let unreadable = false;
  /** White space before the first character, kept in case the file is not an object. */
  let leading: string[] = [];
  /** What follows the object (an error, whatever it is), from its first character on. */
  const after = { start: null as PieceStart | null, parts: [] as string[], length: 0 };

  /** The piece being read: parts from earlier chunks, and where it starts in this one. */
  let parts: string[] = [];
  let start = -1;
  let startOfSpanningPiece: PieceStart | null = null;
  /** Where the chunk being read begins in the file, and the text just before it. */
  let chunkPosition = TEXT_START;
  let chunkTail = '';

  const startAt = (chunk: string, index: number): PieceStart =>
    pieceStartAt(chunkPosition, chunkTail, chunk, index);
  const pieceStart = (chunk: string): PieceStart =>
    parts.length > 0 && startOfSpanningPiece ? startOfSpanningPiece : startAt(chunk, start);
  const pieceText = (chunk: string, end: number): string =>
    parts.length > 0 ? parts.join('') + chunk.slice(0, end) : chunk.slice(start, end);
  const beginPiece = (index: number, next: PieceKind) => {
    parts = [];
    start = index;
    startOfSpanningPiece = null;
    kind = next;
  };

  const refusePiece = (text: string, terminator: string, at: PieceStart) => {
    const found = pieceProblem(kind, text, terminator, at);
    if (found) throw new JsonSyntaxFailure(found);
    unreadable = true;
  };
  /** A closing bracket where the structure has none open: always an error at or before it. */
  const refuseCloser = (text: string, closer: string, at: PieceStart): never => {
    throw new JsonSyntaxFailure(
      pieceProblem(kind, text, closer, at) ?? problem('', 'json-unreadable', {}),
    );
  };

  const finishMember = (chunk: string, end: number, terminator: '}' | ',') => {
    const text = pieceText(chunk, end);
    const blank = isBlank(text);
    // After a streamed list only space may come; a member is never empty, but `{}` is.
    if (kind === 'rest' || blank) {
      const allowed = blank && (kind === 'rest' || (kind === 'first-member' && terminator === '}'));
      if (!allowed) refusePiece(text, terminator, pieceStart(chunk));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(`{${text}}`);
    } catch {
      return refusePiece(text, terminator, pieceStart(chunk));
    }
    // One member: the commas at this level are where pieces end.
    const [key] = Object.keys(value as object);
    if (!unreadable && key !== undefined)
      handlers.member(key, (value as Record<string, unknown>)[key]);
  };

  const finishItem = (chunk: string, end: number, terminator: ']' | ',') => {
    const text = pieceText(chunk, end);
    if (kind === 'first-item' && terminator === ']' && isBlank(text)) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refusePiece(text, terminator, pieceStart(chunk));
    }
    if (!unreadable && streamed) handlers.item(streamed, value);
  };

  function push(chunk: string): void {
    if (phase === 'other') return handlers.other(chunk);
    if (phase === 'after') return keepAfter(chunk);
    // Inside the object a piece is always being read: it goes on from this chunk's start.
    start = phase === 'object' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (phase !== 'object') {
        if (isJsonSpace(c)) continue;
        if (phase === 'start' && c === OPEN_BRACE) {
          phase = 'object';
          depth = 1;
          leading = [];
          beginPiece(i + 1, 'first-member');
          continue;
        }
        if (phase === 'start') {
          // Not an object: the reader judges the text as the whole-file reader would.
          phase = 'other';
          handlers.other(leading.join('') + chunk);
          leading = [];
          return;
        }
        // Text after the object: how the whole-file reader words it depends on what it is.
        phase = 'after';
        after.start = startAt(chunk, i);
        return keepAfter(chunk.slice(i));
      }
      if (c === QUOTE) {
        inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && c === OPEN_BRACKET && kind !== 'rest') {
          // The key before it says whether this list is read item by item or whole.
          const key = STREAMED_KEY.exec(pieceText(chunk, i))?.[1] as StreamedMember | undefined;
          if (key) {
            streamed = key;
            if (!unreadable) handlers.begin(key);
            depth = 2;
            beginPiece(i + 1, 'first-item');
            continue;
          }
        }
        depth += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 2 && streamed) {
          if (c === CLOSE_BRACE) refuseCloser(pieceText(chunk, i), '}', pieceStart(chunk));
          finishItem(chunk, i, ']');
          streamed = null;
          depth = 1;
          beginPiece(i + 1, 'rest');
        } else if (depth === 1) {
          if (c === CLOSE_BRACKET) refuseCloser(pieceText(chunk, i), ']', pieceStart(chunk));
          finishMember(chunk, i, '}');
          depth = 0;
          phase = 'done';
          start = -1;
        } else {
          depth -= 1;
        }
      } else if (c === COMMA) {
        if (depth === 2 && streamed) {
          finishItem(chunk, i, ',');
          beginPiece(i + 1, 'item');
        } else if (depth === 1) {
          finishMember(chunk, i, ',');
          beginPiece(i + 1, 'member');
        }
      }
    }
    if (phase === 'start') leading.push(chunk);
    if (start >= 0) {
      if (parts.length === 0) startOfSpanningPiece = startAt(chunk, start);
      parts.push(chunk.slice(start));
      start = -1;
    }
    chunkTail = (chunkTail + chunk.slice(-CONTEXT_LENGTH)).slice(-CONTEXT_LENGTH);
    chunkPosition = advancePosition(chunkPosition, chunk);
  }

  function keepAfter(text: string) {
    if (after.length >= AFTER_KEPT) return;
    after.parts.push(text);
    after.length += text.length;
  }

  /** Throws a JsonSyntaxFailure if the text that came is not one whole JSON value. */
  function end(): void {
    if (phase === 'after' && after.start)
      throw new JsonSyntaxFailure(trailingProblem(after.parts.join(''), after.start));
    if (phase === 'start') throw new JsonSyntaxFailure(problem('', 'json-empty', {}));
    if (phase === 'object') {
      // Cut off inside the object: the piece being read says where.
      const text = parts.join('');
      const found = pieceProblem(kind, text, '', startOfSpanningPiece ?? startAt('', 0));
      throw new JsonSyntaxFailure(found ?? problem('', 'json-unreadable', {}));
    }
    if (unreadable) throw new JsonSyntaxFailure(problem('', 'json-unreadable', {}));
  }

  return { push, end };
}
