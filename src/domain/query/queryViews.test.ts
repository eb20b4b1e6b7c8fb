/**
 * The views the index makes (the timeline's marks and cells, the quotes, facet counts) against
 * the plain way: a loop over the records, one at a time (tests/fixtures/queryOracle.ts), over
 * random ranges, places, facets and selections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanOf, midpointOfSpan } from '../dataset/dates';
import { countFacets } from './facets';
import { isInRange } from '../../../tests/fixtures/rangeOracle';
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
} from '../../../tests/fixtures/queryOracle';
import { countFacetsInView } from './facetCounts';
import { eventSetOf } from './eventSet';
import { quoteListOf } from './quoteList';
import { matchQuotePositions } from './search';
import { timelineOf, MAX_TIMELINE_MARKS } from './timelineModel';
import { matchesQuery } from './quoteSearch';

describe('the index against a loop over the records: the views', () => {
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
