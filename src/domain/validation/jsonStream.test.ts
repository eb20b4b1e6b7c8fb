import { describe, expect, it } from 'vitest';
import { createDatasetSplitter, JsonSyntaxFailure } from './jsonStream';

/** Splits `text` fed in chunks of `size` characters; returns what the handlers got. */
function split(text: string, size: number) {
  const members: Record<string, unknown> = {};
  const items: Record<string, unknown[]> = { events: [], quotes: [] };
  const other: string[] = [];
  const splitter = createDatasetSplitter({
    member: (key, value) => (members[key] = value),
    item: (key, value) => items[key]?.push(value),
    begin: () => {},
    other: (text) => other.push(text),
  });
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size));
  splitter.end();
  return { members, items, other: other.join('') };
}

/** The problem a text that is not JSON is refused with. */
function refusal(text: string, size: number) {
  try {
    split(text, size);
  } catch (error) {
    if (error instanceof JsonSyntaxFailure) return error.problem;
    throw error;
  }
  return null;
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

  it('hands a text that is not an object on whole, from its start', () => {
    expect(split(' \n [1, 2]', 3)).toEqual({
      members: {},
      items: { events: [], quotes: [] },
      other: ' \n [1, 2]',
    });
  });

  it('says where the text stops being JSON, counting lines and columns across chunks', () => {
    const text = '{\n  "events": [\n    {"id": "e1"},\n    {"id": }\n  ]\n}';
    for (const size of [1, 5, text.length])
      expect(refusal(text, size), `chunks of ${size}`).toEqual({
        path: '',
        code: 'json-syntax',
        values: { reason: 'value-expected', line: 4, column: 12, after: '{"id": "e1"}, {"id":' },
      });
  });

  it('refuses empty items and members, trailing commas, and text after the end', () => {
    const reason = (text: string) => {
      const found = refusal(text, 4);
      return found?.code === 'json-syntax' ? found.values.reason : found?.code;
    };
    expect(reason('{"events":[{"id":"e1"},,{"id":"e2"}]}')).toBe('value-expected');
    expect(reason('{"events":[{"id":"e1"},]}')).toBe('value-expected');
    expect(reason('{"sources":[],,"events":[]}')).toBe('field-name-expected');
    expect(reason('{"sources":[],}')).toBe('field-name-expected');
    expect(reason('{"title":"a"} trailing')).toBe('unexpected-character');
    expect(reason('{"title":"a"} {}')).toBe('end-expected');
    expect(reason('{"events":[{"id":"e1"}')).toBe('closing-bracket-expected');
    expect(reason('   ')).toBe('json-empty');
  });
});
