import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { generateDataset } from '../../../tests/fixtures/synthetic';
import { eventSchema, quoteSchema } from '../dataset/schema';
import { fastEvent, fastQuote } from './fastShape';

const shipped = JSON.parse(
  readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8'),
) as { events: unknown[]; quotes: unknown[] };
const synthetic = generateDataset({ events: 300 });
const sample = makeSampleDataset();
const withAlternatives = (shipped.events as { actions: { alternatives?: unknown }[] }[]).find((e) =>
  e.actions.some((a) => a.alternatives),
);

/** Every path to a value inside a record: ['title', 'en'], ['actions', 0, 'cameo'], … */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...at, key])),
  ];
}

/** The record with the value at `path` replaced (or deleted, for `undefined`). */
function withValue(record: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let into = copy;
  for (const key of path.slice(0, -1)) into = into[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return value;
  // Deleted, for undefined: a member left out (in a list, a hole, which JSON cannot write).
  if (value === undefined) Reflect.deleteProperty(into, last);
  else into[last] = value;
  return copy;
}

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'Not An Id',
  'x',
  '2022-1-1',
  'USAAAAA',
  '12345',
  0,
  -11,
  10.5,
  11,
  true,
  [],
  [1, 2, 3],
  {},
  { en: 'only English' },
  { en: 'English', vi: 'tiếng Việt', original: 'fr' },
];

/** Notes and reasons in both of their shapes: one text, or both languages (schema.ts). */
const plainNotes = (event: unknown) => {
  const copy = structuredClone(event) as {
    note?: unknown;
    actions: { alternatives?: { reason: unknown }[] }[];
  };
  copy.note = 'A note written once, in any language.';
  for (const action of copy.actions)
    for (const alt of action.alternatives ?? []) alt.reason = 'A reason written once.';
  return copy;
};

/** The fast check accepts a record only as the schema does, and gives what the schema gives. */
function expectSameVerdict(
  check: (value: unknown) => unknown,
  schema: typeof eventSchema | typeof quoteSchema,
  record: unknown,
) {
  const fast = check(record);
  const slow = schema.safeParse(record);
  if (fast === null) return slow.success ? 'schema' : 'refused';
  expect(slow.success, JSON.stringify(record)).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  return 'fast';
}

describe('the fast shape check', () => {
  it('gives what the schema gives for every valid event and quote, member order included', () => {
    const events = [...shipped.events, ...synthetic.events, ...sample.events];
    const quotes = [...shipped.quotes, ...synthetic.quotes, ...sample.quotes];
    for (const event of events)
      expect(expectSameVerdict(fastEvent, eventSchema, event)).toBe('fast');
    for (const quote of quotes)
      expect(expectSameVerdict(fastQuote, quoteSchema, quote)).toBe('fast');
  });

  it('reads a note in either shape as the schema does, and keeps the language it names', () => {
    const both = { en: 'Month precision.', vi: 'Chính xác đến tháng.', original: 'en' };
    const event = plainNotes(withAlternatives);
    expect(expectSameVerdict(fastEvent, eventSchema, event)).toBe('fast');
    expect(expectSameVerdict(fastEvent, eventSchema, { ...event, note: both })).toBe('fast');
    expect(fastEvent({ ...event, note: both })?.note).toEqual(both);
    const unmarked = { en: both.en, vi: both.vi };
    expect(fastEvent({ ...event, note: unmarked })?.note).toEqual(unmarked);
  });

  it('leaves out members the schema does not know, as the schema does', () => {
    const event = { ...sample.events[0], extra: 1, title: { ...sample.events[0]?.title, de: 'x' } };
    expect(expectSameVerdict(fastEvent, eventSchema, event)).toBe('fast');
    expect(fastEvent(event)).not.toHaveProperty('extra');
  });

  it('accepts no record the schema refuses, whatever member is wrong and however', () => {
    const verdicts = { fast: 0, schema: 0, refused: 0 };
    type Check = (value: unknown) => unknown;
    type Schema = typeof eventSchema | typeof quoteSchema;
    const cases: [Check, Schema, unknown][] = [
      ...[
        shipped.events[0],
        synthetic.events[0],
        withAlternatives,
        plainNotes(withAlternatives),
      ].map((e): [Check, Schema, unknown] => [fastEvent, eventSchema, e]),
      ...[
        shipped.quotes[0],
        sample.quotes.find((q) => q.speaker),
        { ...(shipped.quotes[0] as object), note: 'Plain.' },
      ].map((q): [Check, Schema, unknown] => [fastQuote, quoteSchema, q]),
    ];
    for (const [check, schema, record] of cases) {
      expect(record).toBeDefined();
      for (const path of pathsOf(record))
        for (const bad of BAD_VALUES)
          verdicts[expectSameVerdict(check, schema, withValue(record, path, bad))] += 1;
    }
    // Each way is taken: the test would not notice a check that sends everything to the schema.
    expect(verdicts.fast).toBeGreaterThan(0);
    expect(verdicts.refused).toBeGreaterThan(100);
  });
});
