/**
 * Where JSON parsing stopped and why, in words: `JSON.parse` says neither reliably (its messages
 * differ between engines and omit the position for short inputs), so the failure is located again
 * with a tolerant parser. Only runs once JSON.parse has already failed.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  reason: string;
  /** Up to 30 characters before the point where parsing stopped. */
  context: string;
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a field name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'the text ends inside a string',
  UnexpectedEndOfNumber: 'the text ends inside a number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

export function locateJsonError(text: string): JsonErrorLocation | null {
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const lines = before.split('\n');
  const code = printParseErrorCode(first.error);
  return {
    offset: first.offset,
    line: lines.length,
    column: (lines.at(-1)?.length ?? 0) + 1,
    reason: REASONS[code] ?? code,
    context: before.slice(-30).replace(/\s+/g, ' ').trim(),
  };
}

/** "a value was expected at line 1, column 18, after `[1, 2,`" */
export function describeJsonError(text: string): string {
  if (text.trim() === '') return 'the file is empty';
  const at = locateJsonError(text);
  if (!at) return 'the text could not be read as JSON';
  const after = at.context ? `, after \`${at.context}\`` : '';
  return `${at.reason} at line ${at.line}, column ${at.column}${after}`;
}
