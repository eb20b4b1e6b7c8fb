import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedReader, readDelimited, type Row } from './delimited';

/** Reads a text cut into pieces at the given places. */
function readInPieces(text: string, cuts: number[], delimiter = ',', quoted = true): Row[] {
  const reader = new DelimitedReader(delimiter, quoted);
  const rows: Row[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...reader.push(text.slice(from)), ...reader.end());
  return rows;
}

describe('readDelimited, quoted (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,\r\n';
    expect(readDelimited(text, ',', true)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('numbers lines as an editor does, whatever the line ends, and skips blank lines', () => {
    const text = '\uFEFFh1,h2\n\n1,2\r3,4\r\n\r\n"5\n5",6';
    expect(readDelimited(text, ',', true)).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
      { line: 6, fields: ['5\n5', '6'] },
    ]);
  });

  it('keeps a row of one empty quoted field, unlike a blank line', () => {
    expect(readDelimited('""\n\nx', ',', true)).toEqual([
      { line: 1, fields: [''] },
      { line: 3, fields: ['x'] },
    ]);
  });

  it('forgives a quote inside an unquoted field and text after a closing quote', () => {
    expect(readDelimited('5" gun,"a"b\n', ',', true)).toEqual([
      { line: 1, fields: ['5" gun', 'ab'] },
    ]);
  });

  it('says when a quoted field is still open at the end of the file', () => {
    expect(readDelimited('a,b\n1,"never closed\n2,3\n', ',', true)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'never closed\n2,3\n'], unclosed: true },
    ]);
  });
});

describe('readDelimited, plain (GDELT)', () => {
  it('splits at tabs and takes quotes as characters', () => {
    const text = '1\t"RUSSIA\t2\r\n\n3\tsay "hi"\t\n4';
    expect(readDelimited(text, '\t', false)).toEqual([
      { line: 1, fields: ['1', '"RUSSIA', '2'] },
      { line: 3, fields: ['3', 'say "hi"', ''] },
      { line: 4, fields: ['4'] },
    ]);
  });
});

/** RFC 4180 as a spreadsheet writes it: quoted where a field needs it. */
const field = fc.string({
  unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'),
  maxLength: 6,
});
const writeField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

describe('pieces', () => {
  it('reads the same rows, on the same lines, wherever the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (table, lineEnd, cuts) => {
          const lines = table.map((row) => row.map(writeField).join(','));
          const text = lines.join(lineEnd) + lineEnd;
          const expected: Row[] = [];
          let line = 1;
          for (const [i, row] of table.entries()) {
            expected.push({ line, fields: row });
            line += 1 + (lines[i]!.match(/\r\n|\r|\n/g) ?? []).length;
          }
          expect(
            readInPieces(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          ).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads plain rows the same wherever the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('x', '"', ' '), maxLength: 4 }), {
            minLength: 2,
            maxLength: 3,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(80), { maxLength: 5 }),
        (table, lineEnd, cuts) => {
          const text = table.map((row) => row.join('\t')).join(lineEnd);
          const expected = table.map((fields, i) => ({ line: i + 1, fields }));
          expect(
            readInPieces(
              text,
              cuts.map((c) => c % (text.length + 1)),
              '\t',
              false,
            ),
          ).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
