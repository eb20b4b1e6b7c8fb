import { describe, expect, it } from 'vitest';
import { decodeText, sniffEncoding } from './encoding';

const text = 'date,title,place\n2022-01-21,Rencontre à Genève,Genève\n';

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < value.length; i++)
    view.setUint16(at + i * 2, value.charCodeAt(i), littleEndian);
  return bytes;
}

/** Windows-1252 for the Latin-1 range this test uses: one byte a character. */
const windows1252 = (value: string) => Uint8Array.from(value, (c) => c.charCodeAt(0));

describe('sniffEncoding', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'utf-8', by: 'valid-utf-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(sniffEncoding(marked)).toEqual({ encoding: 'utf-8', by: 'bom' });
    expect(decodeText(marked, 'utf-8')).toBe(text);
  });

  it('does not count a character cut at the end of the piece against UTF-8', () => {
    const bytes = new TextEncoder().encode('Genève');
    expect(sniffEncoding(bytes.subarray(0, 4)).encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE by their mark, and without one by their zeros', () => {
    expect(sniffEncoding(utf16(text, true, true))).toEqual({ encoding: 'utf-16le', by: 'bom' });
    expect(sniffEncoding(utf16(text, false, true))).toEqual({ encoding: 'utf-16be', by: 'bom' });
    expect(sniffEncoding(utf16(text, true, false))).toEqual({
      encoding: 'utf-16le',
      by: 'pattern',
    });
    expect(sniffEncoding(utf16(text, false, false)).encoding).toBe('utf-16be');
    expect(decodeText(utf16(text, true, true), 'utf-16le')).toBe(text);
    expect(decodeText(utf16(text, false, true), 'utf-16be')).toBe(text);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, never as U+FFFD', () => {
    const bytes = windows1252(text);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'windows-1252', by: 'not-utf-8' });
    expect(decodeText(bytes, 'windows-1252')).toBe(text);
    // 0x93 and 0x94 are Windows-1252's curly quotes, not Latin-1's control characters.
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94]), 'windows-1252')).toBe('\u201cA\u201d');
  });
});
