import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/domain/validation/validate';
import { generateDataset, generateRecords, seededRandom } from '../fixtures/synthetic';

describe('synthetic datasets', () => {
  it('are repeatable for a seed and differ between seeds', () => {
    expect(JSON.stringify(generateDataset({ events: 50, seed: 7 }))).toBe(
      JSON.stringify(generateDataset({ events: 50, seed: 7 })),
    );
    expect(JSON.stringify(generateDataset({ events: 50, seed: 8 }))).not.toBe(
      JSON.stringify(generateDataset({ events: 50, seed: 7 })),
    );
    const random = seededRandom(1);
    expect(Array.from({ length: 3 }, random).every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('validate whole in the real schema, with the sizes asked for', () => {
    const data = generateDataset({ events: 500, places: 40 });
    const result = validateDataset(JSON.parse(JSON.stringify(data)));
    expect(result.ok && result.leftOut).toEqual([]);
    expect(data.events).toHaveLength(500);
    expect(data.quotes).toHaveLength(500);
    expect(data.places).toHaveLength(40);
  });
});

describe('generateRecords', () => {
  it('makes the same records as generateDataset, one at a time', () => {
    const whole = generateDataset({ events: 50, seed: 7 });
    const { head, records } = generateRecords({ events: 50, seed: 7 });
    const pairs = [...records];
    expect(head.places).toEqual(whole.places);
    expect(pairs.map((p) => p.event)).toEqual(whole.events);
    expect(pairs.map((p) => p.quote)).toEqual(whole.quotes);
  });

  it('makes a record only when it is read, so a billion cost nothing up front', () => {
    const { records } = generateRecords({ events: 1_000_000_000, seed: 7 });
    const first = records.next();
    expect(first.done).toBe(false);
    expect(first.value?.event.id).toBe('event-0');
  });
});
