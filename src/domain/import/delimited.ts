/**
 * Rows of a delimited text file that arrives in pieces, each with the line it starts on, so that a
 * file of millions of rows is read a piece at a time and a bad row can be named by its line.
 *
 * Our own reader rather than Papa Parse: it is small (Papa Parse is some 19 kB minified), it says
 * on which line each record starts even when a quoted field holds line breaks, and it takes pieces
 * cut anywhere (inside a quoted field, between "\r" and "\n", between the two quotes of `""`).
 *
 * With `quoted` it reads CSV as RFC 4180 writes it: fields in double quotes may hold the delimiter,
 * line breaks and quotes doubled (`""`). It forgives what spreadsheets write: a quote inside an
 * unquoted field is a character, text after a closing quote is kept, lines may end in \n, \r\n or \r.
 * Without `quoted` (GDELT's tab-separated files, which never quote) every quote is a character.
 * A byte-order mark at the start is dropped; blank lines are skipped but counted.
 */
export interface Row {
  /** The line the record starts on, from 1. */
  line: number;
  fields: string[];
  /** A quoted field was still open at the end of the file: the record ran to the end. */
  unclosed?: true;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class DelimitedReader {
  private readonly delimiter: number;
  private started = false;
  /** The line the next character is on, and the one the current record began on. */
  private line = 1;
  private recordLine = 1;
  private fields: string[] = [];
  private field = '';
  /** Inside a quoted field; just after a quote in one (it may be the first of `""`). */
  private inQuotes = false;
  private afterQuote = false;
  /** The field began with a quote (so `""` is an empty field, not a blank line). */
  private quotedField = false;
  /** The last piece ended in \r: a \n that starts the next one belongs to it. */
  private skipLineFeed = false;
  /** Inside quotes, the last character was \r (a \n after it ends the same line). */
  private quotedCR = false;
  /** Without quotes: the text after the last line break, waiting for the rest of its line. */
  private tail = '';

  constructor(
    delimiter: string,
    private readonly quoted: boolean,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records completed by this piece of text. */
  push(chunk: string): Row[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return this.quoted ? this.pushQuoted(text) : this.pushPlain(text);
  }

  /** The last record, if the text did not end with a line break. */
  end(): Row[] {
    const rows: Row[] = [];
    if (!this.quoted) {
      this.recordLine = this.line;
      if (this.tail !== '') this.emit(rows, this.tail.split(String.fromCharCode(this.delimiter)));
      this.tail = '';
      return rows;
    }
    if (this.inQuotes) {
      this.fields.push(this.field);
      rows.push({ line: this.recordLine, fields: this.fields, unclosed: true });
    } else if (this.fields.length > 0 || this.field !== '' || this.quotedField) {
      this.endRecord(rows);
    }
    this.fields = [];
    this.field = '';
    this.inQuotes = this.afterQuote = this.quotedField = false;
    return rows;
  }

  private emit(rows: Row[], fields: string[]) {
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) rows.push({ line: this.recordLine, fields });
  }

  /** Lines split at \n (a \r before it dropped), fields at the delimiter: GDELT's fast path. */
  private pushPlain(chunk: string): Row[] {
    const rows: Row[] = [];
    const separator = String.fromCharCode(this.delimiter);
    let text = this.tail + chunk;
    let start = 0;
    if (this.skipLineFeed && text.charCodeAt(0) === LF) start = 1;
    this.skipLineFeed = false;
    // The next \r is looked for once, not at every line: most files have none.
    let cr = text.indexOf('\r', start);
    for (;;) {
      const lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (end === -1) break;
      this.recordLine = this.line;
      this.emit(rows, text.slice(start, end).split(separator));
      this.line += 1;
      start = end + 1;
      if (text.charCodeAt(end) === CR) {
        if (start === text.length) this.skipLineFeed = true;
        else if (text.charCodeAt(start) === LF) start += 1;
      }
    }
    text = text.slice(start);
    this.tail = text;
    return rows;
  }

  private endRecord(rows: Row[]) {
    this.fields.push(this.field);
    const blank = this.fields.length === 1 && this.field === '' && !this.quotedField;
    if (!blank) rows.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = '';
    this.quotedField = false;
  }

  private pushQuoted(text: string): Row[] {
    const rows: Row[] = [];
    // `from` marks the start of the characters not yet copied into the current field.
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (c === LF) {
          from = i + 1;
          continue;
        }
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          // `""` inside quotes: one quote, and the field goes on.
          this.field += '"';
          this.inQuotes = true;
          from = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(from, i);
          this.inQuotes = this.quotedCR = false;
          this.afterQuote = true;
          from = i + 1;
        } else {
          if (c === CR || (c === LF && !this.quotedCR)) this.line += 1;
          this.quotedCR = c === CR;
        }
        continue;
      }
      if (c === this.delimiter) {
        this.fields.push(this.field + text.slice(from, i));
        this.field = '';
        this.quotedField = false;
        from = i + 1;
      } else if (c === LF || c === CR) {
        this.field += text.slice(from, i);
        this.endRecord(rows);
        this.line += 1;
        this.recordLine = this.line;
        if (c === CR) {
          if (i + 1 === text.length) this.skipLineFeed = true;
          else if (text.charCodeAt(i + 1) === LF) i += 1;
        }
        from = i + 1;
      } else if (c === QUOTE && i === from && this.field === '' && !this.quotedField) {
        this.inQuotes = true;
        this.quotedField = true;
        from = i + 1;
      }
    }
    this.field += text.slice(from);
    return rows;
  }
}

/** Every row of a whole text. */
export function readDelimited(text: string, delimiter: string, quoted: boolean): Row[] {
  const reader = new DelimitedReader(delimiter, quoted);
  return [...reader.push(text), ...reader.end()];
}
