/**
 * Every answer of the index against the plain way: a loop over the records, one at a time
 * (tests/fixtures/rangeOracle.ts), over random ranges, places, facets and selections. Datasets mix
 * day, month and year precision, so that ranges cut through months and years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, spanOf, midpointOfSpan, toDayNumber } from '../dataset/dates';
import type { DateRange } from '../dataset/dateRange';
import { countFacets, keepByFacets, type FacetSelection } from './facets';
import type { Dataset, DiplomaticEvent } from '../dataset/schema';
import { generateDataset } from '../../../tests/fixtures/synthetic';
import { isInRange } from '../../../tests/fixtures/rangeOracle';
import { countShown } from './counts';
import { countFacetsInView } from './facetCounts';
import { eventSetOf, positionList, ALL_PLACES, type PlaceFilter } from './eventSet';
import { indexDataset } from './indexDataset';
import { summarizePlaces } from './placeSummaries';
import { quoteListOf } from './quoteList';
import { matchQuotePositions } from './search';
import { timelineOf, MAX_TIMELINE_MARKS } from './timelineModel';
import { matchesQuery } from './quoteSearch';

/** A synthetic dataset with a tenth of its events known only to the year. */
function mixedDataset(events: number, seed: number): Dataset {
  const dataset = generateDataset({ events, seed, places: 12 });
  dataset.events.forEach((event, i) => {
    if (i % 10 === 3) {
      event.datePrecision = 'year';
      event.date = `${event.date.slice(0, 4)}-01-01`;
    }
  });
  return dataset;
}

const byDay = (a: DiplomaticEvent, b: DiplomaticEvent) => {
  const da = midpointOfSpan(spanOf(a.date, a.datePrecision));
  const db = midpointOfSpan(spanOf(b.date, b.datePrecision));
  return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};

const DATASET = mixedDataset(1500, 7);
const INDEX = indexDataset(DATASET);
const SORTED = [...DATASET.events].sort(byDay);
const FIRST = toDayNumber('2020-10-01');
const LAST = toDayNumber('2026-03-01');

const rangeArb = fc
  .tuple(
    fc.option(fc.integer({ min: FIRST, max: LAST }), { nil: null }),
    fc.option(fc.integer({ min: FIRST, max: LAST }), { nil: null }),
  )
  .map(([a, b]): DateRange => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      from: from === null ? null : fromDayNumber(from),
      to: to === null ? null : fromDayNumber(to),
    };
  });
const placeArb = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null });
const facetArb: fc.Arbitrary<FacetSelection> = fc.oneof(
  fc.constant({}),
  fc.record({
    kind: fc.subarray(['meeting', 'summit', 'phone-call', 'talks', 'statement'], { minLength: 1 }),
  }),
  fc.record({
    status: fc.subarray(['held', 'planned', 'cancelled'], { minLength: 1 }),
    cameo: fc.subarray(['01', '03', '04', '11', '12', '13'], { minLength: 1 }),
  }),
);

/** The place filter for a place number: 12 stands for "no place". */
const filterOf = (place: number | null): PlaceFilter =>
  place === null ? ALL_PLACES : place === 12 ? { kind: 'unplaced' } : { kind: 'place', key: place };
const placeKeeps = (event: DiplomaticEvent, place: number | null) =>
  place === null
    ? true
    : place === 12
      ? event.placeId === null
      : event.placeId === DATASET.places[place]?.id;

function oracle(range: DateRange, facets: FacetSelection) {
  const keep = keepByFacets(facets);
  return SORTED.filter((e) => isInRange(e, range) && (keep === undefined || keep(e)));
}

const quotesOf = (ids: readonly string[]) => {
  const wanted = new Set(ids);
  return DATASET.quotes.filter((q) => wanted.has(q.eventId));
};

describe('the index against a loop over the records', () => {
  it('orders events by day, then id', () => {
    expect(Array.from({ length: INDEX.eventCount }, (_, p) => INDEX.idAt(p))).toEqual(
      SORTED.map((e) => e.id),
    );
  });

  it('finds every event by id, and no other', () => {
    for (const event of DATASET.events) expect(INDEX.eventsById.get(event.id)).toEqual(event);
    expect(INDEX.positionOf('no-such-event')).toBe(-1);
  });

  it('counts, lists and sums what a range, a place and facets keep', () => {
    fc.assert(
      fc.property(rangeArb, placeArb, facetArb, (range, place, facets) => {
        const set = eventSetOf(INDEX, range, facets);
        const expected = oracle(range, facets).filter((e) => placeKeeps(e, place));
        const list = positionList(set, filterOf(place));
        expect(list.length).toBe(expected.length);
        const ids = Array.from(list.take(expected.length), (p) => INDEX.idAt(p));
        expect(ids).toEqual(expected.map((e) => e.id));
        const newest = Array.from(list.take(7, true), (p) => INDEX.idAt(p));
        expect(newest).toEqual(
          expected
            .slice(-7)
            .reverse()
            .map((e) => e.id),
        );
        const counts = countShown(set, filterOf(place), null);
        expect(counts).toEqual({ events: expected.length, quotes: quotesOf(ids).length });
      }),
      { numRuns: 300 },
    );
  });

  it("summarises each place's events in range", () => {
    fc.assert(
      fc.property(rangeArb, facetArb, (range, facets) => {
        const events = oracle(range, facets);
        const summaries = summarizePlaces(eventSetOf(INDEX, range, facets));
        const expected = DATASET.places
          .map((place) => {
            const at = events.filter((e) => e.placeId === place.id);
            const scored = at.map((e) => e.tension).filter((t): t is number => t !== null);
            return {
              id: place.id,
              count: at.length,
              held: at.filter((e) => e.status === 'held').length,
              max: scored.length ? Math.max(...scored) : null,
              latest: at
                .slice(-3)
                .reverse()
                .map((e) => e.id),
              first: at[0] ? events.indexOf(at[0]) : -1,
            };
          })
          .filter((s) => s.count > 0)
          .sort((a, b) => a.first - b.first);
        expect(
          summaries.map((s) => ({
            id: s.place.id,
            count: s.eventCount,
            held: s.heldCount,
            max: s.maxTension,
            latest: s.latest(3).map((e) => e.id),
          })),
        ).toEqual(
          expected.map(({ id, count, held, max, latest }) => ({ id, count, held, max, latest })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('draws marks while few events are in range, else cells that add up to them', () => {
    fc.assert(
      fc.property(rangeArb, placeArb, facetArb, (range, place, facets) => {
        const events = oracle(range, facets);
        const placeKey = place === null || place === 12 ? null : place;
        const model = timelineOf(eventSetOf(INDEX, range, facets), placeKey, null);
        expect(model.total).toBe(events.length);
        if (model.kind === 'marks') {
          expect(events.length).toBeLessThanOrEqual(MAX_TIMELINE_MARKS);
          expect(model.marks.map((m) => m.eventId)).toEqual(events.map((e) => e.id));
          const highlighted = events.filter(
            (e) => placeKey === null || e.placeId === DATASET.places[placeKey]?.id,
          );
          expect(model.marks.filter((m) => m.highlighted).length).toBe(highlighted.length);
          return;
        }
        // Each event in its cell: the column its day falls in (clamped), the row of its tone.
        const { grid } = model;
        type Cell = {
          count: number;
          atPlace: number;
          held: number;
          tones: number[];
          low: number | null;
          high: number | null;
          days: number[];
        };
        const expected = new Map<string, Cell>();
        for (const e of events) {
          const day = midpointOfSpan(spanOf(e.date, e.datePrecision));
          const column = Math.min(
            grid.columns - 1,
            Math.max(0, Math.floor(((day - grid.start) * grid.columns) / grid.days)),
          );
          const row = e.tension === null ? 11 : Math.round(e.tension);
          const key = `${column}:${row}`;
          const cell: Cell = expected.get(key) ?? {
            count: 0,
            atPlace: 0,
            held: 0,
            tones: [],
            low: null,
            high: null,
            days: [],
          };
          cell.count += 1;
          if (placeKey === null || e.placeId === DATASET.places[placeKey]?.id) cell.atPlace += 1;
          if (e.status === 'held') cell.held += 1;
          if (e.tension !== null) cell.tones.push(e.tension);
          if (e.tensionRange) {
            cell.low = Math.min(cell.low ?? Infinity, e.tensionRange[0]);
            cell.high = Math.max(cell.high ?? -Infinity, e.tensionRange[1]);
          }
          cell.days.push(day);
          expected.set(key, cell);
        }
        const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
        const summary = (c: Cell) => ({
          count: c.count,
          atPlace: c.atPlace,
          held: c.held,
          // Tones summed in whole tenths, the mean rounded to a tenth.
          tension: c.tones.length
            ? Math.round(mean(c.tones.map((t) => Math.round(t * 10)))) / 10
            : null,
          low: c.low,
          high: c.high,
          day: Math.round(mean(c.days)),
          firstDay: Math.min(...c.days),
          lastDay: Math.max(...c.days),
        });
        const actual = new Map(
          model.cells.map((c) => [
            `${c.column}:${c.row}`,
            {
              count: c.count,
              atPlace: c.atPlace,
              held: c.held,
              tension: c.tension,
              low: c.low,
              high: c.high,
              day: c.day,
              firstDay: c.firstDay,
              lastDay: c.lastDay,
            },
          ]),
        );
        expect(actual).toEqual(new Map([...expected].map(([key, cell]) => [key, summary(cell)])));
      }),
      { numRuns: 150 },
    );
  });

  it('lists the quotes of the events shown, or of the selected event, or those a search finds', () => {
    fc.assert(
      fc.property(
        rangeArb,
        placeArb,
        facetArb,
        fc.option(fc.integer({ min: 0, max: 1499 }), { nil: null }),
        fc.constantFrom('', 'hòa bình', 'an ninh đối', 'zzz'),
        fc.boolean(),
        (range, place, facets, selectedAt, query, newestFirst) => {
          const set = eventSetOf(INDEX, range, facets);
          const shown = oracle(range, facets).filter((e) => placeKeeps(e, place));
          const selected = selectedAt === null ? null : SORTED[selectedAt];
          const own = selected && shown.includes(selected) ? [selected] : shown;
          const ordered = newestFirst ? [...own].reverse() : own;
          const expected = ordered
            .flatMap((e) => DATASET.quotes.filter((q) => q.eventId === e.id))
            .filter((q) => matchesQuery(q, INDEX.peopleById, query));
          const list = quoteListOf(
            set,
            filterOf(place),
            selected ? INDEX.positionOf(selected.id) : null,
            matchQuotePositions(INDEX.data, query),
          );
          expect(list.count).toBe(expected.length);
          const taken = Array.from(list.take(20, newestFirst), (q) => INDEX.quoteAt(q).id);
          expect(taken).toEqual(expected.slice(0, 20).map((q) => q.id));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts each facet value over what the other filters keep', () => {
    fc.assert(
      fc.property(rangeArb, placeArb, facetArb, (range, place, facets) => {
        const inView = SORTED.filter((e) => isInRange(e, range) && placeKeeps(e, place));
        const expected = countFacets(inView, facets);
        const actual = countFacetsInView(INDEX, range, filterOf(place), facets);
        // Values the view lacks count 0 here, and are absent from the oracle's maps.
        for (const [facet, counts] of Object.entries(actual))
          for (const [value, count] of counts)
            expect([facet, value, count]).toEqual([
              facet,
              value,
              expected[facet as keyof typeof expected].get(value) ?? 0,
            ]);
      }),
      { numRuns: 150 },
    );
  });
});
