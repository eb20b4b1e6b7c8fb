import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, as a page that has fetched nothing yet has it. */
const freshModule = async () => {
  vi.resetModules();
  return import('./loadMessages');
};

describe('loadMessages', () => {
  it('has English from the start and Vietnamese only once fetched', async () => {
    const { loadedMessages, loadMessages } = await freshModule();
    expect(loadedMessages('en')?.filters).toBe('Filters');
    expect(loadedMessages('vi')).toBeUndefined();
    const vietnamese = await loadMessages('vi');
    expect(vietnamese.filters).toBe('Bộ lọc');
    expect(loadedMessages('vi')).toBe(vietnamese);
    expect(await loadMessages('vi')).toBe(vietnamese);
  });

  it('gives English without fetching anything', async () => {
    const { loadMessages, loadedMessages } = await freshModule();
    expect((await loadMessages('en')).filters).toBe('Filters');
    expect(loadedMessages('vi')).toBeUndefined();
  });
});
