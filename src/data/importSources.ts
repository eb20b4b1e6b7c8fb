/**
 * The files a reader chose, as the import worker reads them: text files (CSV, TSV, JSON) in
 * whatever encoding they were written in, Parquet files, and zips of either (the template's two
 * files zipped together), each told by its first bytes, never by its name. The readers of zips
 * and of Parquet are loaded only when such a file is chosen.
 */
import { decoderFor, sniffEncoding, type SniffedEncoding } from '@/domain/import/encoding';
import type { TextEncodingName } from '@/domain/import/encoding';

/** A file as the reader chose it. */
export interface ChosenFile {
  file: Blob;
  name: string;
}

/** One file to read: a chosen one, or one of a zip's. */
export interface SourceFile {
  name: string;
  blob: Blob;
  kind: 'text' | 'parquet';
}

/** How much of a text file's start the preview reads: its header and the first hundreds of rows. */
export const PREVIEW_BYTES = 256 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);
const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

/** The files to read, zips opened: a zip's folders and macOS's `__MACOSX` copies are not read. */
export async function sourcesOf(chosen: readonly ChosenFile[]): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (const { file, name } of chosen) {
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (startsWith(head, ZIP)) {
      const { unzipSync } = await import('fflate');
      const entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
        filter: (entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/'),
      });
      const inner = Object.entries(entries).map(([entryName, bytes]) => ({
        file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
        name: entryName.split('/').at(-1) ?? entryName,
      }));
      // A zip in a zip is not opened again: it is read as text, and not recognised.
      for (const entry of inner) sources.push(await sourceOf(entry));
    } else sources.push({ name, blob: file, kind: startsWith(head, PARQUET) ? 'parquet' : 'text' });
  }
  return sources;
}

async function sourceOf({ file, name }: ChosenFile): Promise<SourceFile> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return { name, blob: file, kind: startsWith(head, PARQUET) ? 'parquet' : 'text' };
}

/** The start of a text file, decoded as chosen, or as its bytes say. */
export async function textStart(
  source: SourceFile,
  chosen: TextEncodingName | null,
): Promise<{ text: string; encoding: SniffedEncoding; complete: boolean }> {
  const bytes = new Uint8Array(await source.blob.slice(0, PREVIEW_BYTES).arrayBuffer());
  const encoding =
    chosen === null ? sniffEncoding(bytes) : { encoding: chosen, by: 'chosen' as const };
  const complete = source.blob.size <= PREVIEW_BYTES;
  // `stream` for a first piece: a character cut at its end is left out, not made U+FFFD.
  const text = decoderFor(encoding.encoding).decode(bytes, { stream: !complete });
  return { text, encoding, complete };
}

/** A text file's text, a piece at a time, with how many of its bytes are read so far. */
export async function* textPieces(
  blob: Blob,
  encoding: TextEncodingName,
): AsyncGenerator<{ text: string; loaded: number }> {
  const decoder = decoderFor(encoding);
  const reader = blob.stream().getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    yield { text: decoder.decode(value, { stream: true }), loaded };
  }
  yield { text: decoder.decode(), loaded };
}
