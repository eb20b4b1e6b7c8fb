/**
 * IndexBuilder.finish() and what it calls, made fast for a million events, against the plain
 * versions they replaced (tests/fixtures/finishReference.ts): the same bytes in every typed array,
 * on random columns and on a generated dataset; the same headline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as reference from '../../../tests/fixtures/finishReference';
import { generateDataset } from '../../../tests/fixtures/synthetic';
import { midpointOfSpan, spanOf } from '../dataset/dates';
import type { Dataset } from '../dataset/schema';
import { findHeadline } from '../scoring/finding';
import { buildAggregates } from './aggregates';
import type { EventCodes, EventColumns } from './columns';
import { buildFacetIndex } from './facetIndex';
import { float32s, int32s, uint16s, uint8s } from './growable';
import { buildIdColumn, idAt } from './ids';
import { IndexBuilder } from './indexBuilder';
import type { IndexData } from './indexData';
import { buildIndexData } from './indexDataset';
import { permuteRows } from './indexParts';
import { monthCountsOf, sortPositions } from './order';

/** Typed arrays as their bytes (and whether each owns its whole buffer), the rest as it is. */
function bytes(value: unknown): unknown {
  if (ArrayBuffer.isView(value))
    return {
      type: value.constructor.name,
      whole: value.byteOffset === 0 && value.byteLength === value.buffer.byteLength,
      bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    };
  if (Array.isArray(value)) return value.map(bytes);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytes(v)]));
  return value;
}

const toneArb = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(-0),
  fc.float({ min: -1, max: 11, noNaN: true }),
);
/** A compressed row column of `n` rows, codes below `codes` (repeats allowed). */
const rowsArb = (n: number, codes: number) =>
  fc.array(fc.array(fc.nat(codes - 1), { maxLength: 3 }), { minLength: n, maxLength: n });
const starts = (rows: number[][]) => {
  const out = new Int32Array(rows.length + 1);
  rows.forEach((row, p) => (out[p + 1] = (out[p] ?? 0) + row.length));
  return out;
};

/** Random columns of up to 60 events, over `places` places and small code tables. */
const columnsArb = (places: number) =>
  fc.nat(60).chain((n) => {
    const of = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n });
    return fc.record({
      lane: of(fc.nat(2)),
      unit: of(fc.integer({ min: -5, max: 5 })),
      day: of(fc.integer({ min: 18000, max: 18100 })),
      place: of(fc.integer({ min: -1, max: places - 1 })),
      kind: of(fc.nat(6)),
      status: of(fc.nat(3)),
      group: of(fc.integer({ min: -1, max: 2 })),
      tone: of(toneArb),
      low: of(toneArb),
      high: of(toneArb),
      conflict: of(fc.float({ min: 0, max: 40, noNaN: true })),
      cooperation: of(fc.float({ min: 0, max: 40, noNaN: true })),
      acts: of(fc.nat(0xffff)),
      quotes: of(fc.nat(3)),
      actors: rowsArb(n, 5),
      participants: rowsArb(n, 4),
      cameoRoots: of(fc.integer()),
    });
  });

type Raw = ReturnType<typeof columnsArb> extends fc.Arbitrary<infer T> ? T : never;

function columnsOf(r: Raw): EventColumns {
  return {
    count: r.lane.length,
    day: Int32Array.from(r.day),
    start: Int32Array.from(r.day),
    end: Int32Array.from(r.day),
    lane: Uint8Array.from(r.lane),
    unit: Int32Array.from(r.unit),
    place: Int32Array.from(r.place),
    kind: Uint8Array.from(r.kind),
    status: Uint8Array.from(r.status),
    category: new Uint8Array(r.lane.length),
    group: Int32Array.from(r.group),
    tone: Float32Array.from(r.tone),
    low: Float32Array.from(r.low),
    high: Float32Array.from(r.high),
    conflict: Float32Array.from(r.conflict),
    cooperation: Float32Array.from(r.cooperation),
    acts: Uint16Array.from(r.acts),
    quoteStart: starts(r.quotes.map((k) => Array.from({ length: k }, () => 0))),
    actorStart: starts(r.actors),
    actors: Int32Array.from(r.actors.flat()),
    participantStart: starts(r.participants),
    participants: Int32Array.from(r.participants.flat()),
    cameoRoots: Int32Array.from(r.cameoRoots),
  };
}
const CODES: EventCodes = {
  groups: ['g0', 'g1', 'g2'],
  actors: ['USA', 'RUS', 'UKR', 'CHN', 'FRA'],
  participants: ['p0', 'p1', 'p2', 'p3'],
};

describe('the aggregates, facets and order that finish() builds, against the plain versions', () => {
  it('builds the same aggregates and facet groups, byte for byte', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.context(), (places, ctx) => {
        fc.assert(
          fc.property(columnsArb(places + 1), (raw) => {
            const columns = columnsOf(raw);
            ctx.log(`${columns.count} events`);
            expect(bytes(buildAggregates(columns, places + 1))).toEqual(
              bytes(reference.buildAggregates(columns, places + 1)),
            );
            expect(bytes(buildFacetIndex(columns, CODES))).toEqual(
              bytes(reference.buildFacetIndex(columns, CODES)),
            );
          }),
          { numRuns: 40 },
        );
      }),
      { numRuns: 5 },
    );
  });

  const idArb = fc.oneof(
    fc.constantFrom('a', 'b', 'ab', 'ba', '', 'é', 'event-10', 'event-9'),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );

  it('sorts by day, then id, as a plain sort does (ties, sorted runs and wide spans)', () => {
    const dayArb = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: -3_000_000, max: 3_000_000 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dayArb, idArb), { maxLength: 80 }),
        fc.boolean(),
        (rows, sort) => {
          if (sort) rows.sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
          const day = Int32Array.from(rows, ([d]) => d);
          const ids = rows.map(([, id]) => id);
          expect(Array.from(sortPositions(day, ids))).toEqual(
            Array.from(reference.sortPositions(day, ids)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes the same id column, each id found again', () => {
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 60 }), (ids) => {
        const column = buildIdColumn(ids);
        expect(bytes(column)).toEqual(bytes(reference.buildIdColumn(ids)));
        ids.forEach((id, p) => expect(idAt(column, p)).toBe(id));
      }),
      { numRuns: 300 },
    );
  });

  it('counts months, reorders rows and columns as the plain loops do', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 18000, max: 18800 }), { minLength: 1, maxLength: 60 }),
        rowsArb(20, 9),
        fc.boolean(),
        (days, rows, sorted) => {
          if (sorted) days.sort((a, b) => a - b);
          const day = Int32Array.from(days);
          const extent = { start: Math.min(...days), end: Math.max(...days) };
          expect(bytes(monthCountsOf(day, extent))).toEqual(
            bytes(reference.monthCountsOf(day, extent)),
          );
          const order = Int32Array.from(reference.sortPositions(day.subarray(0, 20), []));
          const rowStarts = starts(rows.slice(0, order.length));
          const values = Int32Array.from(rows.slice(0, order.length).flat());
          expect(bytes(permuteRows(rowStarts, values, order))).toEqual(
            bytes(reference.permuteRows(rowStarts, values, order)),
          );
          for (const make of [int32s, uint8s, uint16s, float32s]) {
            const column = make(4);
            order.forEach((slot) => column.push(slot * 1.5));
            expect(Array.from(column.view())).toEqual(Array.from(order, (_, i) => column.get(i)));
            expect(Array.from(column.permuted(order))).toEqual(
              Array.from(order, (slot) => column.get(slot)),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A generated dataset mixing precisions, groups and ids out of order within a day. */
function mixedDataset(events: number, seed: number, change?: (d: Dataset) => void): Dataset {
  const dataset = generateDataset({ events, seed, places: 40 });
  dataset.events.forEach((event, i) => {
    if (i % 9 === 4) {
      event.datePrecision = 'year';
      event.date = `${event.date.slice(0, 4)}-01-01`;
    }
    if (i % 5 === 0) event.group = `group-${i % 3}`;
  });
  // A few quotes of events that are not there.
  dataset.quotes.forEach((quote, i) => {
    if (i % 23 === 0) quote.eventId = 'no-such-event';
  });
  change?.(dataset);
  return dataset;
}

/** The headline as it was found: every event made as an object of its own, no meetings given. */
function plainHeadline(data: IndexData) {
  const ids = Array.from({ length: data.columns.count }, (_, p) => idAt(data.eventIds, p));
  const placeIds = data.head.places.map((place) => place.id);
  const records = { order: data.eventSlots, records: data.eventRecords.packed };
  return findHeadline(
    {
      events: {
        [Symbol.iterator]: () => reference.findingEvents(data.columns, ids, placeIds, records),
      },
      places: data.head.places,
      sources: data.head.sources,
      ...(data.head.dyad ? { dyad: data.head.dyad } : {}),
    },
    data.actDays,
  );
}

describe('finish() on a generated dataset, against the plain versions', () => {
  const cases: [string, Dataset, string][] = [
    ['with meetings held', mixedDataset(3000, 11), 'meetings'],
    [
      'with none held (the overview)',
      mixedDataset(1200, 12, (d) => d.events.forEach((e) => (e.status = 'planned'))),
      'overview',
    ],
  ];
  it.each(cases)('gives the same index and headline %s', (_, dataset, kind) => {
    const data = buildIndexData(dataset, { searchChunk: 100 });
    const days = dataset.events.map((e) => midpointOfSpan(spanOf(e.date, e.datePrecision)));
    const ids = dataset.events.map((e) => e.id);
    const order = reference.sortPositions(Int32Array.from(days), ids);
    expect(Array.from(data.eventSlots)).toEqual(Array.from(order));
    expect(Array.from(data.columns.day)).toEqual(Array.from(order, (slot) => days[slot]));
    const idsInOrder = Array.from(order, (slot) => ids[slot] ?? '');
    expect(bytes(data.eventIds)).toEqual(bytes(reference.buildIdColumn(idsInOrder)));
    expect(bytes(data.aggregates)).toEqual(
      bytes(reference.buildAggregates(data.columns, dataset.places.length)),
    );
    expect(bytes(data.facets)).toEqual(bytes(reference.buildFacetIndex(data.columns, data.codes)));
    expect(data.extent).not.toBeNull();
    if (data.extent)
      expect(bytes(data.months)).toEqual(
        bytes(reference.monthCountsOf(data.columns.day, data.extent)),
      );
    expect(data.finding.kind).toBe(kind);
    expect(data.finding).toEqual(plainHeadline(data));
  });

  it('gives the same bytes when finished twice (no view of the builder is handed out)', () => {
    const { events, quotes, ...head } = mixedDataset(500, 13);
    const builder = new IndexBuilder(head);
    for (const event of events) builder.addEvent(event);
    for (const quote of quotes) builder.addQuote(quote);
    const first = bytes(builder.finish());
    expect(bytes(builder.finish())).toEqual(first);
  });
});
