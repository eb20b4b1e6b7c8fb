/**
 * Where a piece of a streamed dataset file is not JSON, worded as the whole-file reader
 * (parseDatasetText) words it: the tolerant parser is run on the piece alone, preceded by text
 * that puts it in the same place of the structure (`{"_":[0,` before an item that follows
 * another), and the position is counted from where the piece began in the file.
 */
import {
  advancePosition,
  CONTEXT_LENGTH,
  findJsonSyntaxError,
  jsonSyntaxProblem,
  type TextPosition,
} from './jsonError';
import { problem, type Problem } from '../dataset/problems';

/**
 * What a piece of the object is, which decides the text that stands before it when it is parsed
 * on its own: a member (the first, or one after another), an item of a streamed list (the first,
 * or one after another), or the rest of a member after its streamed list closed.
 */
export type PieceKind = 'first-member' | 'member' | 'first-item' | 'item' | 'rest';
const CONTEXT_BEFORE: Record<PieceKind, string> = {
  'first-member': '{',
  member: '{"_":0,',
  'first-item': '{"_":[',
  item: '{"_":[0,',
  rest: '{"_":[]',
};

/** Where a piece begins in the file, and the text just before it. */
export interface PieceStart {
  position: TextPosition;
  before: string;
}

/** Where the piece that starts at `index` of `chunk` begins, the chunk beginning at `chunkPosition`. */
export function pieceStartAt(
  chunkPosition: TextPosition,
  chunkTail: string,
  chunk: string,
  index: number,
): PieceStart {
  return {
    position: advancePosition(chunkPosition, chunk, index),
    before: (chunkTail + chunk.slice(Math.max(0, index - CONTEXT_LENGTH), index)).slice(
      -CONTEXT_LENGTH,
    ),
  };
}

/**
 * The problem with a piece of `kind` that ends with `terminator` (empty at the end of the file),
 * as the whole-file reader words it; null if the tolerant parser finds none.
 */
export function pieceProblem(
  kind: PieceKind,
  text: string,
  terminator: string,
  at: PieceStart,
): Problem | null {
  const context = CONTEXT_BEFORE[kind];
  const error = findJsonSyntaxError(context + text + terminator);
  const offset = error ? error.offset - context.length : -1;
  // An error past the terminator is the end of the made-up text, not of the file.
  if (!error || offset > text.length) return null;
  return jsonSyntaxProblem(
    error.reason,
    advancePosition(at.position, text, offset),
    at.before + text.slice(0, offset),
  );
}

/** The problem with text that follows the whole object (`at` is where it starts): always one. */
export function trailingProblem(text: string, at: PieceStart): Problem {
  const error = findJsonSyntaxError(`{}${text}`);
  if (!error) return problem('', 'json-unreadable', {});
  const offset = error.offset - 2;
  return jsonSyntaxProblem(
    error.reason,
    advancePosition(at.position, text, offset),
    at.before + text.slice(0, offset),
  );
}
