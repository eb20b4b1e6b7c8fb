/**
 * The file kept across visits: in IndexedDB where the browser has it and lets us write; where it
 * has none, or refuses, nothing is kept and nothing fails (the page says the file was not kept).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** IndexedDB as idb-keyval sees it: one store in memory, which a test can make refuse. */
const db = vi.hoisted(() => ({
  values: new Map<string, unknown>(),
  refuse: false,
  /** As in a sandboxed frame: `indexedDB.open` throws at once, which idb-keyval does not catch. */
  sandboxed: false,
}));
vi.mock('idb-keyval', () => {
  const act = <T>(work: () => T) => {
    if (db.sandboxed) throw new DOMException('access denied', 'SecurityError');
    return db.refuse
      ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
      : Promise.resolve(work());
  };
  return {
    createStore: () => ({}),
    get: (key: string) => act(() => db.values.get(key)),
    set: (key: string, value: unknown) => act(() => void db.values.set(key, value)),
    del: (key: string) => act(() => void db.values.delete(key)),
  };
});

const SAVED = {
  name: 'mine.json',
  size: 12,
  savedAt: '2025-11-01T08:00:00.000Z',
  file: new Blob(['{"events":[]}']),
};

/** The module afresh: it opens its store once, on first use. */
const load = () => import('./savedDataset');

beforeEach(() => {
  vi.resetModules();
  db.values.clear();
  db.refuse = false;
  db.sandboxed = false;
});
afterEach(() => vi.unstubAllGlobals());

describe('with IndexedDB', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', {}));

  it('keeps a file, gives it back, and forgets it', async () => {
    const { clearSavedDataset, loadSavedDataset, saveDataset } = await load();
    expect(await loadSavedDataset()).toBeNull();
    expect(await saveDataset(SAVED)).toBe(true);
    expect(await loadSavedDataset()).toEqual(SAVED);
    await clearSavedDataset();
    expect(await loadSavedDataset()).toBeNull();
  });

  it('says a file was not kept when the browser refuses to write, and fails in nothing', async () => {
    const { clearSavedDataset, loadSavedDataset, saveDataset } = await load();
    db.refuse = true;
    expect(await saveDataset(SAVED)).toBe(false);
    expect(await loadSavedDataset()).toBeNull();
    await expect(clearSavedDataset()).resolves.toBeUndefined();
  });
});

describe('in a sandboxed frame (an embed, or a page it opened), where IndexedDB throws', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', {}));

  it('keeps nothing and throws nothing', async () => {
    const { clearSavedDataset, loadSavedDataset, saveDataset } = await load();
    db.sandboxed = true;
    await expect(loadSavedDataset()).resolves.toBeNull();
    await expect(saveDataset(SAVED)).resolves.toBe(false);
    await expect(clearSavedDataset()).resolves.toBeUndefined();
    expect(db.values.size).toBe(0);
  });
});

describe('without IndexedDB (private modes, some tests)', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', undefined));

  it('keeps nothing, and says so', async () => {
    const { clearSavedDataset, loadSavedDataset, saveDataset } = await load();
    expect(await saveDataset(SAVED)).toBe(false);
    expect(await loadSavedDataset()).toBeNull();
    await expect(clearSavedDataset()).resolves.toBeUndefined();
    expect(db.values.size).toBe(0);
  });
});
