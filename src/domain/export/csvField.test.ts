import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvField, toCsv } from './exportData';

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it('are written as text: a quote mark before =, +, -, @, a tab or a carriage return', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // Text that only looks like a number is text from the data, and is written as text too.
    expect(csvField('-5')).toBe("'-5");
  });

  it('leave numbers as numbers and other text as it was', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(4.5)).toBe('4.5');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField('Lavrov: "-"')).toBe('"Lavrov: ""-"""');
    expect(csvField('2022-01-21')).toBe('2022-01-21');
  });

  it('in every row of a download', () => {
    expect(
      toCsv([
        ['title', 'goldstein'],
        ['=cmd|" /C calc"!A0', -5],
      ]),
    ).toBe(`${BYTE_ORDER_MARK}title,goldstein\r\n"'=cmd|"" /C calc""!A0",-5\r\n`);
  });
});
