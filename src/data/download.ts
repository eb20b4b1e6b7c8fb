/** Downloading a dataset's text, in the dataset worker. */
import { listenForAbort } from './abort';
import { DatasetError, toDatasetError } from './datasetErrors';
import { detail } from '@/domain/validation/loadFailure';
import type { LoadProgress } from './loadProgress';

/** No byte for this long and the request is given up (and retried). */
export const STALL_TIMEOUT_MS = 30_000;

/**
 * Reads a response body as text, piece by piece as it arrives, reporting bytes and giving up
 * when they stop coming; returns the number of bytes read.
 */
async function readPieces(
  response: Response,
  url: string,
  abort: () => void,
  onProgress: (progress: LoadProgress) => void,
  onText: (text: string) => void,
): Promise<number> {
  const total = Number(response.headers.get('Content-Length')) || null;
  // A body that fails to arrive is a network failure; an error thrown by `onText` is not.
  const interrupted = (error: unknown) => {
    throw error instanceof DatasetError
      ? error
      : new DatasetError('network', detail('interrupted', { url }));
  };
  if (!response.body) {
    const text = await response.text().catch(interrupted);
    onText(text);
    return text.length;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let loaded = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort();
        reject(
          new DatasetError('timeout', detail('stalled', { url, seconds: STALL_TIMEOUT_MS / 1000 })),
        );
      }, STALL_TIMEOUT_MS);
    });
    const chunk = await Promise.race([reader.read(), stalled])
      .catch(interrupted)
      .finally(() => clearTimeout(timer));
    if (chunk.done) break;
    loaded += chunk.value.byteLength;
    onText(decoder.decode(chunk.value, { stream: true }));
    onProgress({ loaded, total });
  }
  onText(decoder.decode());
  return loaded;
}

/** A file too long to hold as one text, handed on piece by piece as it arrives. */
export interface LargeFileReader {
  onPiece: (text: string) => void;
  /** Past this many characters a file counts as large (READ_IN_PIECES_ABOVE_CHARACTERS). */
  above?: number;
}

/** Reads a response body into one text, or hands it to `large` once it turns out to be large. */
async function readText(
  response: Response,
  url: string,
  abort: () => void,
  onProgress: (progress: LoadProgress) => void,
  large?: LargeFileReader,
): Promise<string | null> {
  const parts: string[] = [];
  const above = large?.above ?? READ_IN_PIECES_ABOVE_CHARACTERS;
  let characters = 0;
  let inPieces = false;
  const loaded = await readPieces(response, url, abort, onProgress, (text) => {
    if (inPieces && large) return large.onPiece(text);
    parts.push(text);
    characters += text.length;
    // Past the threshold the text so far, and all that follows, goes to the large file's reader.
    // Decided by what arrives, not by Content-Length, which a server or proxy may leave out.
    if (large && characters > above) {
      inPieces = true;
      for (const part of parts) large.onPiece(part);
      parts.length = 0;
    }
  });
  if (inPieces) return null;
  return joinText(parts, url, loaded);
}

/** The parts as one text; past V8's longest string the join throws a RangeError: say so. */
export function joinText(parts: readonly string[], url: string, bytes: number): string {
  try {
    return parts.join('');
  } catch (error) {
    if (error instanceof RangeError)
      throw new DatasetError(
        'too-large',
        detail('text-too-long', { url, bytes, maxCharacters: MAX_TEXT_LENGTH }),
      );
    throw error;
  }
}

/** The longest string V8 (Chromium, Node) makes: 2^29 − 24 characters. */
export const MAX_TEXT_LENGTH = 536_870_888;

/**
 * Above this many characters a dataset is read record by record rather than as one text: well
 * below the longest string (MAX_TEXT_LENGTH), since the text and its parsed records are held at
 * once when it is read whole.
 */
export const READ_IN_PIECES_ABOVE_CHARACTERS = 256 * 1024 * 1024;

/**
 * Downloads a dataset, reporting progress; throws a DatasetError that names the problem. Returns
 * the text; with `large`, a file longer than READ_IN_PIECES_ABOVE_CHARACTERS is handed to it piece
 * by piece instead, and null is returned.
 */
export async function downloadDataset(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (progress: LoadProgress) => void,
  large?: LargeFileReader,
): Promise<string | null> {
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  const stopFollowing = listenForAbort(signal, (reason) => controller.abort(reason));
  try {
    return await download(url, signal, controller, onProgress, large);
  } finally {
    stopFollowing();
  }
}

async function download(
  url: string,
  signal: AbortSignal | undefined,
  controller: AbortController,
  onProgress: (progress: LoadProgress) => void,
  large?: LargeFileReader,
): Promise<string | null> {
  const waiting = setTimeout(() => controller.abort('stalled'), STALL_TIMEOUT_MS);
  onProgress({ loaded: 0, total: null });
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (controller.signal.aborted)
      throw new DatasetError(
        'timeout',
        detail('no-answer', { url, seconds: STALL_TIMEOUT_MS / 1000 }),
      );
    throw new DatasetError('network', detail('unreachable', { url }));
  } finally {
    clearTimeout(waiting);
  }
  if (!response.ok) {
    const status = response.statusText
      ? `${response.status} ${response.statusText}`
      : String(response.status);
    const what = response.status === 404 ? 'not-found' : 'server-error';
    throw new DatasetError('http', detail(what, { url, status }), [], response.status);
  }
  const abort = () => controller.abort('stalled');
  try {
    return await readText(response, url, abort, onProgress, large);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toDatasetError(error);
  }
}
