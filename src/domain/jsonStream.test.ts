import { describe, expect, it } from 'vitest';
import { createDatasetSplitter, JsonSplitError } from './jsonStream';

/** Splits `text` fed in chunks of `size` characters; returns what the handlers got. */
function split(text: string, size: number) {
  const members: Record<string, unknown> = {};
  const items: Record<string, unknown[]> = { events: [], quotes: [] };
  const splitter = createDatasetSplitter({
    member: (key, json) => (members[key] = JSON.parse(json)),
    item: (key, json) => items[key]?.push(JSON.parse(json)),
  });
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size));
  splitter.end();
  return { members, items };
}

const DATASET = {
  title: 'A "quoted" title, with {braces} and [brackets], commas',
  sources: [{ id: 's', note: 'a \\ backslash and a \\" quote' }],
  people: [],
  places: [{ id: 'p', name: { en: 'Hà Nội', vi: 'Hà Nội' } }],
  events: [
    { id: 'e1', actions: [{ a: [1, 2, { b: '],}' }] }] },
    { id: 'e2', title: 'x' },
  ],
  quotes: [{ id: 'q1', text: { vi: '“Chúng tôi”, ông nói: {…}' } }],
};

describe('createDatasetSplitter', () => {
  it('gives back every member and item, whatever the chunk size', () => {
    for (const text of [JSON.stringify(DATASET), JSON.stringify(DATASET, null, 2)]) {
      for (const size of [1, 2, 3, 7, 64, text.length]) {
        const { members, items } = split(text, size);
        expect(members, `chunks of ${size}`).toEqual({
          title: DATASET.title,
          sources: DATASET.sources,
          people: DATASET.people,
          places: DATASET.places,
        });
        expect(items.events, `chunks of ${size}`).toEqual(DATASET.events);
        expect(items.quotes, `chunks of ${size}`).toEqual(DATASET.quotes);
      }
    }
  });

  it('handles empty streamed arrays', () => {
    const { items } = split('{"sources":[],"events":[],"quotes":[ ]}', 4);
    expect(items).toEqual({ events: [], quotes: [] });
  });

  it('refuses what is not one JSON object', () => {
    expect(() => split('<!doctype html>', 5)).toThrow(JsonSplitError);
    expect(() => split('{"events":[{"id":"e1"}', 5)).toThrow(/ends before/);
    expect(() => split('{"title":"a"} trailing', 5)).toThrow(/after the end/);
  });

  it('leaves broken items to JSON.parse, which names them', () => {
    const splitter = createDatasetSplitter({
      member: () => {},
      item: (_key, json) => JSON.parse(json) as unknown,
    });
    expect(() => splitter.push('{"events":[{"id":"e1"},{"id":}]}')).toThrow(SyntaxError);
  });
});
