/**
 * The dataset a user opened, kept in IndexedDB so that it survives a reload until they go back to
 * the built-in one. Where IndexedDB is unavailable (private modes, tests), nothing is kept and
 * the app says nothing has been saved rather than failing.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { FoundSource, ImportChoices } from './importProtocol';

/**
 * Files an import read straight into the index (Parquet), kept as the reader chose them with
 * what was chosen in the preview, to be imported again on the next visit: a million rows are
 * 17 MB of Parquet and would be most of a gigabyte of this app's JSON, slower to read again.
 */
export interface KeptImport {
  files: Blob[];
  /** Each file's name (a Blob kept by IndexedDB may come back without one). */
  names: string[];
  choices: ImportChoices;
  found: FoundSource[] | null;
}

export interface SavedDataset {
  name: string;
  size: number;
  savedAt: string;
  /** The file as opened: IndexedDB keeps a Blob without the page having to read it. */
  file: Blob;
  /** The file is the reader's own, to be imported again (`file` is its first). */
  import?: KeptImport;
}

const KEY = 'opened-dataset';
let store: UseStore | null | undefined;

function openStore(): UseStore | null {
  if (store === undefined) {
    store =
      typeof indexedDB === 'undefined' ? null : createStore('us-russia-dashboard', 'datasets');
  }
  return store;
}

export async function loadSavedDataset(): Promise<SavedDataset | null> {
  const db = openStore();
  if (!db) return null;
  try {
    return (await get<SavedDataset>(KEY, db)) ?? null;
  } catch {
    return null;
  }
}

/** True if it was kept; false where the browser would not keep it (the data is still shown). */
export async function saveDataset(dataset: SavedDataset): Promise<boolean> {
  const db = openStore();
  if (!db) return false;
  try {
    await set(KEY, dataset, db);
    return true;
  } catch {
    return false;
  }
}

export async function clearSavedDataset(): Promise<void> {
  const db = openStore();
  if (!db) return;
  try {
    await del(KEY, db);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
