/**
 * The map's markers: one summary per place with events in the set, from the index's groups by
 * place (a few binary searches a place), or from the positions facets keep.
 */
import type { DiplomaticEvent, Place } from '../dataset/schema';
import { HELD, toneOrNull } from './columns';
import { mergeRuns, runsOfFilter, type EventSet } from './eventSet';
import { extremeOverRuns } from './extremes';
import { runsLength, sumOverRuns } from './groups';

export interface PlaceSummary {
  place: Place;
  eventCount: number;
  heldCount: number;
  /** Planned, postponed or cancelled: events that did not (yet) take place. */
  notHeldCount: number;
  /** The highest tone among its scored events; null if none of them is scored. */
  maxTension: number | null;
  /** Its latest events in the set, newest first, made when asked (a marker's tooltip). */
  latest(count: number): DiplomaticEvent[];
}

export function summarizePlaces(set: EventSet): PlaceSummary[] {
  const { index } = set;
  const { columns, aggregates, head } = index.data;
  const summaries: PlaceSummary[] = [];
  if (set.kept) {
    const byKey = new Map<number, { count: number; held: number; max: number; all: number[] }>();
    for (const p of set.kept) {
      const key = columns.place[p] ?? -1;
      if (key < 0) continue;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { count: 0, held: 0, max: Number.NaN, all: [] }));
      entry.count += 1;
      if (columns.status[p] === HELD) entry.held += 1;
      const tone = columns.tone[p] ?? Number.NaN;
      if (!Number.isNaN(tone) && !(tone <= entry.max)) entry.max = tone;
      entry.all.push(p);
    }
    for (const [key, entry] of [...byKey].sort((a, b) => (a[1].all[0] ?? 0) - (b[1].all[0] ?? 0))) {
      const place = head.places[key];
      if (!place) continue;
      summaries.push({
        place,
        eventCount: entry.count,
        heldCount: entry.held,
        notHeldCount: entry.count - entry.held,
        maxTension: toneOrNull(entry.max),
        latest: (count) =>
          entry.all
            .slice(-count)
            .reverse()
            .map((p) => index.eventAt(p)),
      });
    }
    return summaries;
  }
  const firsts: number[] = [];
  head.places.forEach((place, key) => {
    const { groups, runs } = runsOfFilter(set, { kind: 'place', key });
    const count = runsLength(runs);
    if (count === 0) return;
    const held = sumOverRuns(aggregates.placeSums.held, runs);
    let first = Infinity;
    mergeRuns(groups, runs, false, (p) => {
      first = p;
      return false;
    });
    firsts.push(first);
    summaries.push({
      place,
      eventCount: count,
      heldCount: held,
      notHeldCount: count - held,
      maxTension: toneOrNull(extremeOverRuns(aggregates.placeMaxTone, runs)),
      latest: (wanted) => {
        const events: DiplomaticEvent[] = [];
        mergeRuns(groups, runs, true, (p) => {
          events.push(index.eventAt(p));
          return events.length < wanted;
        });
        return events;
      },
    });
  });
  // In the order of each place's first event, as the markers have always been listed.
  const order = summaries.map((_, i) => i).sort((a, b) => (firsts[a] ?? 0) - (firsts[b] ?? 0));
  return order.map((i) => summaries[i]).filter((s): s is PlaceSummary => s !== undefined);
}
