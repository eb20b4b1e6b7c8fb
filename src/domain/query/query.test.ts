/**
 * Every answer of the index against the plain way: a loop over the records, one at a time
 * (tests/fixtures/rangeOracle.ts), over random ranges, places, facets and selections. Datasets mix
 * day, month and year precision, so that ranges cut through months and years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATASET,
  INDEX,
  SORTED,
  rangeArb,
  placeArb,
  facetArb,
  filterOf,
  placeKeeps,
  oracle,
  quotesOf,
} from '../../../tests/fixtures/queryOracle';
import { countShown } from './counts';
import { eventSetOf, positionList } from './eventSet';
import { summarizePlaces } from './placeSummaries';

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
});
