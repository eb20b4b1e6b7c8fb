/**
 * Where JSON parsing stopped and why: `JSON.parse` says neither reliably (its messages differ
 * between engines and omit the position for short inputs), so the failure is located again with a
 * tolerant parser. Only runs once JSON.parse has already failed.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { problem, type JsonSyntaxReason, type Problem } from '../dataset/problems';

type JsoncErrorName = Exclude<ReturnType<typeof printParseErrorCode>, '<unknown ParseErrorCode>'>;

const REASONS: Record<JsoncErrorName, JsonSyntaxReason> = {
  InvalidSymbol: 'unexpected-character',
  InvalidNumberFormat: 'malformed-number',
  PropertyNameExpected: 'field-name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'closing-brace-expected',
  CloseBracketExpected: 'closing-bracket-expected',
  EndOfFileExpected: 'end-expected',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment',
  UnexpectedEndOfString: 'text-ends-in-string',
  UnexpectedEndOfNumber: 'text-ends-in-number',
  InvalidUnicode: 'invalid-unicode-escape',
  InvalidEscapeCharacter: 'invalid-escape',
  InvalidCharacter: 'invalid-character',
};

export interface JsonSyntaxError {
  /** Where in the text parsing stopped. */
  offset: number;
  reason: JsonSyntaxReason;
}

/** Thrown from the visitor to stop at the first error instead of parsing on to the end. */
const STOP = Symbol('stop');

/** The first place where `text` is not JSON, or null if the tolerant parser finds none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let found: JsonSyntaxError | null = null;
  try {
    visit(
      text,
      {
        onError(error, offset) {
          const name = printParseErrorCode(error);
          found = {
            offset,
            reason: name === '<unknown ParseErrorCode>' ? 'unexpected-character' : REASONS[name],
          };
          throw STOP;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return found;
}

/** A line (from 1) and a column (from 1, in UTF-16 code units) in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Where `start` is once `text` has been read from it. */
export function advancePosition(
  start: TextPosition,
  text: string,
  end = text.length,
): TextPosition {
  let line = start.line;
  let lineStart = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i;
  }
  return { line, column: lineStart === -1 ? start.column + end : end - lineStart };
}

export const TEXT_START: TextPosition = { line: 1, column: 1 };

/** How much of the text before the error a message quotes. */
export const CONTEXT_LENGTH = 30;

/** "a value was expected at line 1, column 18, after `[1, 2,`", given the text before the error. */
export function jsonSyntaxProblem(
  reason: JsonSyntaxReason,
  at: TextPosition,
  before: string,
): Problem {
  const after = before.slice(-CONTEXT_LENGTH).replace(/\s+/g, ' ').trim();
  return problem('', 'json-syntax', { reason, line: at.line, column: at.column, after });
}

/** What is wrong with a text that JSON.parse refused. */
export function describeJsonError(text: string): Problem {
  if (text.trim() === '') return problem('', 'json-empty', {});
  const error = findJsonSyntaxError(text);
  if (!error) return problem('', 'json-unreadable', {});
  return jsonSyntaxProblem(
    error.reason,
    advancePosition(TEXT_START, text, error.offset),
    text.slice(Math.max(0, error.offset - CONTEXT_LENGTH), error.offset),
  );
}
