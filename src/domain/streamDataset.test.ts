import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_DATASETS } from '../../tests/fixtures/bad/cases';
import type { DiplomaticEvent, Quote } from './schema';
import { createDatasetStreamReader } from './streamDataset';
import { generateDataset } from '../../tests/fixtures/synthetic';
import { StreamingValidationError, validateDataset } from './validate';

/** Reads `text` in chunks of `size` through the stream reader, as the worker does. */
function readInChunks(text: string, size: number) {
  const events: DiplomaticEvent[] = [];
  const quotes: Quote[] = [];
  let head: unknown = null;
  const reader = createDatasetStreamReader({
    head: (h) => (head = h),
    event: (e) => events.push(e),
    quote: (q) => quotes.push(q),
  });
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

  it('reports what the whole reading reports for every bad dataset that is valid JSON', () => {
    let compared = 0;
    for (const bad of BAD_DATASETS) {
      const text = read(`tests/fixtures/bad/${bad.file}`);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        continue;
      }
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue;
      compared += 1;
      const whole = validateDataset(raw);
      const streamed = readInChunks(text, 50);
      if (whole.ok) expect(streamed, bad.file).toEqual(whole);
      else
        expect(streamed.ok ? [] : streamed.problems, bad.file).toEqual(
          // The stream reader checks the lists before the events and quotes have arrived.
          whole.problems,
        );
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('says when a large file lists its records out of order', () => {
    const text = JSON.stringify({ sources: [], events: [], people: [], places: [], quotes: [] });
    const outcome = readInChunks(text, 8);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.problems[0]?.message).toMatch(/before its events/);
  });

  it('names a broken record', () => {
    const outcome = readInChunks('{"sources":[],"people":[],"places":[],"events":[{"id":}]}', 5);
    expect(outcome.ok ? null : outcome.problems[0]?.path).toBe('events[0]');
  });
});
