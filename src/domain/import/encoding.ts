/**
 * Which text encoding a file is in, from its first bytes, and its text decoded so (review C5):
 * spreadsheets write CSV in UTF-8 (with or without a byte-order mark), Excel's "Unicode text" in
 * UTF-16 LE with a mark, and its "CSV (comma delimited)" in the system's code page, Windows-1252
 * in Western Europe and the Americas. Never mojibake: bytes that are not UTF-8 are read as
 * Windows-1252, and the reader is told (and may choose another in the preview).
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface SniffedEncoding {
  encoding: TextEncodingName;
  /**
   * How it was told: a byte-order mark, the bytes' pattern, UTF-8 that did or did not decode, or
   * the reader's choice.
   */
  by: 'bom' | 'pattern' | 'valid-utf-8' | 'not-utf-8' | 'chosen';
}

/** How many of the first bytes the pattern of a UTF-16 file without a mark is looked for in. */
const PATTERN_BYTES = 4096;

/**
 * The encoding of a file from its first bytes (a piece of any length; a character cut at its end
 * does not count against UTF-8).
 */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', by: 'bom' };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', by: 'bom' };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', by: 'bom' };
  // Text in a Latin script as UTF-16 without a mark: every other byte is zero.
  const sample = bytes.subarray(0, Math.min(bytes.length, PATTERN_BYTES) & ~1);
  if (sample.length >= 4) {
    let [evenZeros, oddZeros] = [0, 0];
    for (let i = 0; i < sample.length; i += 2) {
      if (sample[i] === 0) evenZeros += 1;
      if (sample[i + 1] === 0) oddZeros += 1;
    }
    const half = sample.length / 2;
    if (oddZeros > half * 0.4 && evenZeros < half * 0.05)
      return { encoding: 'utf-16le', by: 'pattern' };
    if (evenZeros > half * 0.4 && oddZeros < half * 0.05)
      return { encoding: 'utf-16be', by: 'pattern' };
  }
  try {
    // `stream`: a character cut at the end of the piece waits for bytes that are not here.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return { encoding: 'utf-8', by: 'valid-utf-8' };
  } catch {
    return { encoding: 'windows-1252', by: 'not-utf-8' };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest are Latin-1's, the byte's code). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** What decodes a file's bytes, a piece at a time (`stream`) or whole: TextDecoder's shape. */
export interface TextDecoding {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * Windows-1252 by its table, one byte a character: Node's TextDecoder reads the label as
 * Latin-1 (0x93 a control character, not “), browsers as the WHATWG encoding; this is the same in
 * both.
 */
const windows1252: TextDecoding = {
  decode(bytes = new Uint8Array()) {
    let out = '';
    const STEP = 8192;
    for (let start = 0; start < bytes.length; start += STEP) {
      const codes = Array.from(bytes.subarray(start, start + STEP), (byte) =>
        byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
      );
      out += String.fromCharCode(...codes);
    }
    return out;
  },
};

/**
 * A decoder of the encoding: its byte-order mark, if any, is dropped; bytes that do not decode
 * become U+FFFD (only where the reader chose an encoding the file is not in).
 */
export function decoderFor(encoding: TextEncodingName): TextDecoding {
  return encoding === 'windows-1252' ? windows1252 : new TextDecoder(encoding);
}

/** The text of a whole piece of bytes in the encoding. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return decoderFor(encoding).decode(bytes);
}
