/**
 * Synthetic datasets in the real schema, for benchmarks: seeded, so every run with the same size
 * makes the same file. Records are as full as the real ones (titles and summaries in both
 * languages, coded actions with sentences, quotes in both languages).
 */
import { describeCameo } from './cameo';
import { fromDayNumber, toDayNumber } from './dates';
import type { Dataset, DiplomaticEvent, Quote } from './schema';
import { EVENT_KINDS, EVENT_STATUSES } from './vocabulary';
import { scoreTension, tensionRange } from './tension';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = [
  '012',
  '013',
  '030',
  '036',
  '041',
  '044',
  '1056',
  '111',
  '1123',
  '120',
  '130',
] as const;
const WORDS =
  'hội đàm ngoại giao căng thẳng hòa bình an ninh đối thoại lập trường thỏa thuận'.split(' ');

export interface SyntheticOptions {
  events: number;
  places?: number;
  seed?: number;
}

/** Everything in a dataset but its events and quotes. */
export type DatasetHead = Omit<Dataset, 'events' | 'quotes'>;

export function generateDataset(options: SyntheticOptions): Dataset {
  const { head, records } = generateRecords(options);
  const events: DiplomaticEvent[] = [];
  const quotes: Quote[] = [];
  for (const { event, quote } of records) {
    events.push(event);
    quotes.push(quote);
  }
  return { ...head, events, quotes };
}

/**
 * The same dataset as `generateDataset`, with its records made one at a time as they are read, so
 * that a million of them can be written out without holding them all (scripts/generate-dataset.ts).
 */
export function generateRecords({
  events: eventCount,
  places: placeCount = 300,
  seed = 1,
}: SyntheticOptions): {
  head: DatasetHead;
  records: Generator<{ event: DiplomaticEvent; quote: Quote }>;
} {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (n: number) =>
    Array.from({ length: n }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.';

  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    file: `synthetic-${i}.txt`,
    publisher: `Publisher ${i}`,
    url: `https://example.org/article/${i}`,
    title: `Synthetic article ${i}`,
    language: 'vi',
    credit: null,
  }));
  const people = Array.from({ length: 200 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    role: { en: `Role ${i % 7}`, vi: `Chức vụ ${i % 7}` },
    country: i % 2 === 0 ? 'US' : 'RU',
  }));
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `place-${i}`,
    name: { en: `Place ${i}`, vi: `Địa điểm ${i}` },
    country: 'XX',
    lat: Math.round((random() * 140 - 60) * 1000) / 1000,
    lon: Math.round((random() * 340 - 170) * 1000) / 1000,
  }));

  const start = toDayNumber('2021-01-01');
  const span = toDayNumber('2025-12-31') - start;
  function* records(): Generator<{ event: DiplomaticEvent; quote: Quote }> {
    for (let i = 0; i < eventCount; i++) {
      const source = pick(sources).id;
      const actions = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const cameo = pick(CODES);
        return {
          actor: random() < 0.5 ? ('USA' as const) : ('RUS' as const),
          target: random() < 0.5 ? ('RUS' as const) : ('USA' as const),
          cameo,
          goldstein: describeCameo(cameo)?.goldstein ?? 0,
          sentence: sentence(8),
          sourceId: source,
        };
      });
      const monthly = random() < 0.15;
      const day = start + Math.floor(random() * span);
      const date = monthly ? `${fromDayNumber(day).slice(0, 7)}-01` : fromDayNumber(day);
      const id = `event-${i}`;
      const event: DiplomaticEvent = {
        id,
        date,
        datePrecision: monthly ? 'month' : 'day',
        placeId: random() < 0.8 ? pick(places).id : null,
        kind: pick(EVENT_KINDS),
        status: random() < 0.85 ? 'held' : pick(EVENT_STATUSES),
        category: random() < 0.8 ? 'us-russia' : 'context',
        participants: [pick(people).id, pick(people).id],
        title: { en: `Event ${i}: ${sentence(5)}`, vi: `Sự kiện ${i}: ${sentence(5)}` },
        summary: { en: sentence(14), vi: sentence(14) },
        actions,
        tension: scoreTension(actions),
        tensionRange: tensionRange(actions),
        sourceIds: [source],
      };
      const quote: Quote = {
        id: `quote-${i}`,
        eventId: id,
        speakerId: pick(people).id,
        date,
        datePrecision: monthly ? 'month' : 'day',
        text: { vi: sentence(12), en: sentence(12) },
        sourceId: source,
      };
      yield { event, quote };
    }
  }
  return {
    head: { title: `Synthetic dataset, ${eventCount} events`, sources, people, places },
    records: records(),
  };
}
