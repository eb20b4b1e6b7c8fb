import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/i18n/datasetText';
import { MESSAGES } from '@/i18n/allMessages';
import { BAD_DATASETS } from '../../../tests/fixtures/bad/cases';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import type { DiplomaticEvent, Quote } from '../dataset/schema';
import { createDatasetStreamReader, type StreamLimits } from './streamDataset';
import { generateDataset } from '../../../tests/fixtures/synthetic';
import { parseDatasetText, StreamingValidationError, validateDataset } from './validate';

/** Reads `text` in chunks of `size` through the stream reader, as the worker does. */
function readInChunks(text: string, size: number, limits?: StreamLimits) {
  const events: DiplomaticEvent[] = [];
  const quotes: Quote[] = [];
  let head: unknown = null;
  const reader = createDatasetStreamReader(
    {
      head: (h) => (head = h),
      event: (e) => events.push(e),
      quote: (q) => quotes.push(q),
    },
    limits,
  );
  try {
    for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
    const outcome = reader.finish();
    return outcome.ok
      ? {
          ok: true as const,
          dataset: { ...(head as object), events, quotes },
          leftOut: outcome.leftOut,
        }
      : outcome;
  } catch (error) {
    if (error instanceof StreamingValidationError)
      return { ok: false as const, stage: error.stage, problems: error.problems };
    throw error;
  }
}

const read = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');

/** Chunk sizes: one character at a time, odd cuts, and all at once. */
const SIZES = [1, 7, 50, 100_000_000];

/** The stream reader, whatever the chunk size, says what parseDatasetText says. */
function expectSameVerdict(text: string, name: string) {
  const whole = parseDatasetText(text);
  for (const size of SIZES)
    expect(readInChunks(text, size), `${name}, chunks of ${size}`).toEqual(whole);
}

/** The sample dataset as the app writes it (two-space indent), with `edit` made to its text. */
const sample = JSON.stringify(makeSampleDataset(), null, 2);
function sampleWith(edit: (text: string) => string): string {
  const edited = edit(sample);
  if (edited === sample) throw new Error('the edit changed nothing');
  return edited;
}
const lastIndexOf = (text: string, what: string) => {
  const at = text.lastIndexOf(what);
  if (at < 0) throw new Error(`no ${what}`);
  return at;
};
const insertAt = (text: string, at: number, what: string) =>
  text.slice(0, at) + what + text.slice(at);
/** The end of the last item of `list` (its closing brace), where a trailing comma would go. */
const endOfList = (text: string, list: 'events' | 'quotes') =>
  lastIndexOf(text.slice(0, text.indexOf(']', text.indexOf(`"${list}": [`))), '}') + 1;

/** JSON that JSON.parse refuses, broken in each place the stream reader cuts the text. */
const BROKEN_JSON: Record<string, string> = {
  'trailing comma in events': sampleWith((t) => insertAt(t, endOfList(t, 'events'), ',')),
  'trailing comma in quotes': sampleWith((t) => insertAt(t, endOfList(t, 'quotes'), ',')),
  'trailing comma at the end': sampleWith((t) => insertAt(t, lastIndexOf(t, ']') + 1, ',')),
  'empty item in events': sampleWith((t) =>
    t.replace('{\n      "id": "e2"', ',{\n      "id": "e2"'),
  ),
  'empty item in quotes': sampleWith((t) =>
    t.replace('{\n      "id": "q2"', ',{\n      "id": "q2"'),
  ),
  'empty first item': sampleWith((t) => t.replace('"events": [', '"events": [,')),
  'empty top-level member': sampleWith((t) => t.replace('"people": [', ',"people": [')),
  'leading comma in the object': sampleWith((t) => t.replace('{', '{,')),
  'comma after the opening of the object only': '{,}',
  'no colon after a key': sampleWith((t) => t.replace('"places": [', '"places" [')),
  'a broken value inside an event': sampleWith((t) =>
    t.replace('"tension": 3.3', '"tension": 3.3.1'),
  ),
  'a broken value inside a quote': sampleWith((t) => t.replace('"id": "q2"', '"id": q2')),
  'a broken value inside a top-level list': sampleWith((t) => t.replace('"lat": 46.2', '"lat": -')),
  'a closing brace for a bracket in events': sampleWith((t) =>
    insertAt(t, endOfList(t, 'events'), '}'),
  ),
  'a stray bracket at the top level': sampleWith((t) => t.replace('"people": [', ']"people": [')),
  'text after the list of events': sampleWith((t) =>
    t.replace('  ],\n  "quotes"', '  ] x,\n  "quotes"'),
  ),
  'text after the end': `${sample}\n  trailing words`,
  'a second object after the end': `${sample}{}`,
  'cut off in an event': sample.slice(
    0,
    sample.indexOf('"summary"', sample.indexOf('"id": "e3"')) + 4,
  ),
  'cut off between events': sample.slice(0, sample.indexOf('"id": "e3"') - 8),
  'cut off in the key of the quotes': sample.slice(0, sample.indexOf('"quotes"') + 3),
  'cut off after the quotes': sample.slice(0, lastIndexOf(sample, ']') + 1),
  'cut off right after the opening brace': '{',
  'a comment': `// the dataset\n${sample}`,
  'a bad escape in a quote': sampleWith((t) => t.replace('"id": "q2"', '"id": "q\\x2"')),
  'an HTML page': '<!doctype html>\n<title>Not found</title>',
  'the empty file': '',
  'only white space': '  \n\t ',
  'a list that is not closed': '[1, 2',
  'a word': 'dataset',
};

/** JSON that parses: not a dataset, or a dataset laid out in ways the cutting must follow. */
const ODD_BUT_VALID: Record<string, string> = {
  'a list': '[{"events": []}]',
  'a text': '"a dataset"',
  'a number': ' 42 ',
  null: 'null',
  'an empty object': '{}',
  'an empty object with white space': ' {\n } \n',
  'all on one line': JSON.stringify(makeSampleDataset()),
  'brackets, braces and commas inside texts': JSON.stringify(
    (() => {
      const data = makeSampleDataset();
      data.events[0]!.summary.en = 'A "quoted" ], }, {, [ and , \\ in a summary';
      data.quotes[0]!.text.en = '\\"],';
      return data;
    })(),
  ),
  'empty lists written with white space': sampleWith((t) =>
    t.replace(/"quotes": \[[\s\S]*\]\n\}$/, '"quotes": [ \n ]\n}'),
  ),
};

describe('reading a dataset record by record', () => {
  it('gives the same dataset as reading it whole: the shipped one and a synthetic one', () => {
    for (const text of [
      read('public/data/events.json'),
      JSON.stringify(generateDataset({ events: 300, seed: 3 })),
    ]) {
      const whole = validateDataset(JSON.parse(text));
      for (const size of [997, 65_536]) expect(readInChunks(text, size)).toEqual(whole);
    }
  });

  it('gives the verdict of the whole reading on every dataset of the bad corpus, JSON or not', () => {
    for (const bad of BAD_DATASETS) {
      const text = read(`tests/fixtures/bad/${bad.file}`);
      expectSameVerdict(text, bad.file);
    }
  });

  it('refuses what the whole reading refuses, with the same problem, for broken JSON', () => {
    for (const [name, text] of Object.entries(BROKEN_JSON)) expectSameVerdict(text, name);
  });

  it('gives the same verdict on JSON that is valid but no dataset, or an odd layout', () => {
    for (const [name, text] of Object.entries(ODD_BUT_VALID)) expectSameVerdict(text, name);
  });

  it('says when a large file lists its records out of order', () => {
    const text = JSON.stringify({ sources: [], events: [], people: [], places: [], quotes: [] });
    const outcome = readInChunks(text, 8);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : outcome.problems[0]?.code).toBe('stream-order');
  });

  it('names where a broken record stops being JSON, in the file, as the whole reading does', () => {
    const outcome = readInChunks('{"sources":[],"people":[],"places":[],"events":[{"id":}]}', 5);
    expect(outcome.ok ? [] : outcome.problems.map((p) => formatProblem(MESSAGES.en, p))).toEqual([
      'not valid JSON: a value was expected at line 1, column 55, after `],"places":[],"events":[{"id":`',
    ]);
  });

  it('says a long text that is not an object is not one, from the part it keeps', () => {
    const limits = { otherText: 10 };
    const judge = (text: string) => readInChunks(text, 3, limits);
    const english = (text: string) => {
      const outcome = judge(text);
      return outcome.ok ? [] : outcome.problems.map((p) => formatProblem(MESSAGES.en, p));
    };
    expect(english('[1, 2, 3, 4, 5, 6, 7]')).toEqual(['expected an object, got a list']);
    expect(english('[1, 2, 3, 4, 5, x, 7]')).toEqual(['expected an object, got a list']);
    expect(english('"a long text, longer than ten"')).toEqual([
      'expected an object, got "a long te…',
    ]);
  });
});
