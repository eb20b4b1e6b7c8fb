import { describe, expect, it } from 'vitest';
import { createInterner } from './intern';
import { generateDataset } from '../../tests/fixtures/synthetic';

describe('createInterner', () => {
  it('leaves records as they were, and shares only short repeated strings, not ids', () => {
    const dataset = generateDataset({ events: 200, seed: 5 });
    const before = JSON.stringify(dataset.events);
    const interner = createInterner();
    for (const event of dataset.events) interner.record(event);
    expect(JSON.stringify(dataset.events)).toBe(before);
    const dates = new Set(dataset.events.map((e) => e.date));
    // Dates, enums, place/person/source ids and codes: far fewer than one per event, no event id.
    expect(interner.size).toBeGreaterThanOrEqual(dates.size);
    expect(interner.size).toBeLessThan(dataset.events.length * 3);
    const pooled = createInterner({ skipKeys: [] });
    for (const event of dataset.events) pooled.record(event);
    expect(pooled.size).toBeGreaterThanOrEqual(interner.size + dataset.events.length);
  });

  it('keeps long texts out of the pool', () => {
    const interner = createInterner({ maxLength: 5 });
    interner.record({ a: 'short', b: 'much longer text', c: ['short', 'tiny'] });
    expect(interner.size).toBe(2);
  });
});
