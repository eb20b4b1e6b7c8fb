/**
 * Builds a dataset's index from its validated records, one record at a time as they arrive (in
 * the dataset worker; tests call it directly): columns, the records' bytes, ids, aggregates and
 * facets, all typed arrays to transfer to the page. Nothing of a record is kept as an object once
 * it is added.
 */
import { midpointOfSpan, spanOf } from '../dataset/dates';
import { ActDayBuilder } from '../scoring/actDays';
import { findHeadline } from '../scoring/finding';
import type { DatasetHead, DiplomaticEvent, Person, Place, Quote, Source } from '../dataset/schema';
import { buildSearchChunk, type SearchChunk } from './searchColumn';
import { DEFAULT_DYAD, isBetweenSides } from '../scoring/tension';
import { EVENT_CATEGORIES, EVENT_KINDS, EVENT_STATUSES } from '../dataset/vocabulary';
import { buildAggregates } from './aggregates';
import type { EventColumns } from './columns';
import { buildFacetIndex } from './facetIndex';
import { float32s, int32s, uint16s, uint8s, type Growable } from './growable';
import { buildIdColumn, positionOfId } from './ids';
import { LANE_OF, unitOfDay } from './lanes';
import { sortPositions, monthCountsOf } from './order';
import { findingEvents, findingMeetings } from './findingEvents';
import { RecordPacker } from './records';
import { HeadPositions, rowContextOf, RowIndexer, type IndexedEvent } from './rowRecords';
import { EventRecordsBuilder } from './eventRecords';
import type { GdeltRow } from '../dataset/gdeltRow';
import { CodeTable, extentOf, permuteRows } from './indexParts';
import type { IndexData } from './indexData';

/** Quotes folded for search per this many, as the page searches them (store/searchColumn.ts). */
const SEARCH_CHUNK = 2000;

const codeOf = <T extends string>(list: readonly T[], value: T) => list.indexOf(value);

export class IndexBuilder {
  readonly #head: DatasetHead;
  readonly #at: HeadPositions;
  readonly #people: Map<string, Person>;
  readonly #dyad: readonly [string, string];
  readonly #ids: string[] = [];
  readonly #day = int32s();
  readonly #start = int32s();
  readonly #end = int32s();
  readonly #lane = uint8s();
  readonly #unit = int32s();
  readonly #place = int32s();
  readonly #kind = uint8s();
  readonly #status = uint8s();
  readonly #category = uint8s();
  readonly #group = int32s();
  readonly #tone = float32s();
  readonly #low = float32s();
  readonly #high = float32s();
  readonly #conflict = float32s();
  readonly #cooperation = float32s();
  readonly #acts = uint16s();
  readonly #actorStart = int32s();
  readonly #actors = int32s();
  readonly #participantStart = int32s();
  readonly #participants = int32s();
  readonly #cameoRoots = int32s();
  readonly #groups = new CodeTable();
  readonly #actorCodes = new CodeTable();
  readonly #participantCodes = new CodeTable();
  readonly #events = new EventRecordsBuilder();
  readonly #rows: RowIndexer;
  readonly #quotes = new RecordPacker();
  readonly #quoteEventIds: string[] = [];
  readonly #search: SearchChunk[] = [];
  readonly #actDays: ActDayBuilder;
  #pendingQuotes: Quote[] = [];

  readonly #searchChunk: number;

  /** `searchChunk`: quotes folded per search chunk (tests make it small). */
  constructor(head: DatasetHead, { searchChunk = SEARCH_CHUNK }: { searchChunk?: number } = {}) {
    // Its own lists: an import's places, people and sources may come after it is made.
    this.#head = {
      ...head,
      sources: [...head.sources],
      people: [...head.people],
      places: [...head.places],
    };
    this.#searchChunk = searchChunk;
    this.#at = new HeadPositions(head);
    this.#people = new Map(head.people.map((person) => [person.id, person]));
    this.#dyad = head.dyad ?? DEFAULT_DYAD;
    this.#actDays = new ActDayBuilder(this.#dyad);
    this.#rows = new RowIndexer(this.#dyad);
    this.#actorStart.push(0);
    this.#participantStart.push(0);
  }

  /**
   * Records of the head that come as an import's rows are read, each before the first event that
   * names it: listed after the head's own, in the order they come.
   */
  addSource(source: Source): void {
    this.#at.sources.set(source.id, this.#head.sources.push(source) - 1);
  }

  addPerson(person: Person): void {
    this.#at.people.set(person.id, this.#head.people.push(person) - 1);
    this.#people.set(person.id, person);
  }

  addPlace(place: Place): void {
    this.#at.places.set(place.id, this.#head.places.length);
    this.#head.places.push(place);
  }

  addEvent(event: DiplomaticEvent): void {
    this.#index(event, spanOf(event.date, event.datePrecision));
    this.#events.add(event);
  }

  /** A GDELT row checked on its values (dataset/gdeltRow.ts): indexed as its event would be. */
  addRow(row: GdeltRow): void {
    this.#index(this.#rows.indexed(row), { start: row.day, end: row.day });
    this.#events.addRow(row, this.#at.of(row));
  }

  /** An event's columns, from its members. */
  #index(event: IndexedEvent, span: { start: number; end: number }): void {
    const day = midpointOfSpan(span);
    const lane = LANE_OF[event.datePrecision];
    this.#ids.push(event.id);
    this.#day.push(day);
    this.#start.push(span.start);
    this.#end.push(span.end);
    this.#lane.push(lane);
    this.#unit.push(unitOfDay(lane, day));
    this.#place.push(this.#at.place(event.placeId));
    this.#kind.push(codeOf(EVENT_KINDS, event.kind));
    this.#status.push(codeOf(EVENT_STATUSES, event.status));
    this.#category.push(codeOf(EVENT_CATEGORIES, event.category));
    this.#group.push(event.group === undefined ? -1 : this.#groups.code(event.group));
    this.#tone.push(event.tension ?? Number.NaN);
    this.#low.push(event.tensionRange?.[0] ?? Number.NaN);
    this.#high.push(event.tensionRange?.[1] ?? Number.NaN);
    let conflict = 0;
    let cooperation = 0;
    let acts = 0;
    let roots = 0;
    // Lists, not sets: an event has a few actions (a million events, each a Set, cost seconds).
    const actors: string[] = [];
    for (const action of event.actions) {
      if (action.actor !== null && !actors.includes(action.actor)) actors.push(action.actor);
      if (action.target !== null && !actors.includes(action.target)) actors.push(action.target);
      const root = Number(action.cameo.slice(0, 2));
      if (root >= 1 && root <= 20) roots |= 1 << (root - 1);
      if (!isBetweenSides(action.actor, action.target, this.#dyad)) continue;
      acts += 1;
      if (action.goldstein < 0) conflict -= action.goldstein;
      else cooperation += action.goldstein;
    }
    this.#conflict.push(conflict);
    this.#cooperation.push(cooperation);
    this.#acts.push(Math.min(acts, 0xffff));
    this.#cameoRoots.push(roots);
    for (const actor of actors) this.#actors.push(this.#actorCodes.code(actor));
    this.#actorStart.push(this.#actors.length);
    event.participants.forEach((person, i) => {
      if (event.participants.indexOf(person) === i)
        this.#participants.push(this.#participantCodes.code(person));
    });
    this.#participantStart.push(this.#participants.length);
    this.#actDays.add({ day, span, actions: event.actions });
  }

  addQuote(quote: Quote): void {
    this.#quoteEventIds.push(quote.eventId);
    this.#quotes.add(quote);
    this.#pendingQuotes.push(quote);
    if (this.#pendingQuotes.length === this.#searchChunk) this.#foldQuotes();
  }

  #foldQuotes(): void {
    if (this.#pendingQuotes.length === 0) return;
    this.#search.push(buildSearchChunk(this.#pendingQuotes, this.#people));
    this.#pendingQuotes = [];
  }

  finish(): IndexData {
    this.#foldQuotes();
    const order = sortPositions(this.#day.view(), this.#ids);
    const n = order.length;
    // Each column reordered straight from its growing array (no copy in arrival order first).
    const i32 = (values: Growable<Int32Array>) => values.permuted(order);
    const f32 = (values: Growable<Float32Array>) => values.permuted(order);
    const u8 = (values: Growable<Uint8Array>) => values.permuted(order);
    const ids = Array.from(order, (slot) => this.#ids[slot] ?? '');
    const eventIds = buildIdColumn(ids);

    // Quotes in the order of their events, each event's in the order they came.
    const quoteCount = this.#quoteEventIds.length;
    const quoteEventOfSlot = new Int32Array(quoteCount);
    const perEvent = new Int32Array(n + 1);
    for (let slot = 0; slot < quoteCount; slot++) {
      const p = positionOfId(eventIds, this.#quoteEventIds[slot] ?? '');
      quoteEventOfSlot[slot] = p;
      if (p >= 0) perEvent[p + 1] = (perEvent[p + 1] ?? 0) + 1;
    }
    for (let p = 0; p < n; p++) perEvent[p + 1] = (perEvent[p + 1] ?? 0) + (perEvent[p] ?? 0);
    const quoteStart = perEvent.slice();
    const placed = perEvent[n] ?? 0;
    const quoteSlots = new Int32Array(placed);
    const quoteEvent = new Int32Array(placed);
    const quoteRanks = new Int32Array(quoteCount).fill(-1);
    // perEvent is not kept: its first n entries serve as each event's next quote rank.
    const next = perEvent;
    for (let slot = 0; slot < quoteCount; slot++) {
      const p = quoteEventOfSlot[slot] ?? -1;
      if (p < 0) continue;
      const q = next[p] ?? 0;
      next[p] = q + 1;
      quoteSlots[q] = slot;
      quoteEvent[q] = p;
      quoteRanks[slot] = q;
    }

    const actorRows = permuteRows(this.#actorStart.view(), this.#actors.view(), order);
    const participantRows = permuteRows(
      this.#participantStart.view(),
      this.#participants.view(),
      order,
    );
    const columns: EventColumns = {
      count: n,
      day: i32(this.#day),
      start: i32(this.#start),
      end: i32(this.#end),
      lane: u8(this.#lane),
      unit: i32(this.#unit),
      place: i32(this.#place),
      kind: u8(this.#kind),
      status: u8(this.#status),
      category: u8(this.#category),
      group: i32(this.#group),
      tone: f32(this.#tone),
      low: f32(this.#low),
      high: f32(this.#high),
      conflict: f32(this.#conflict),
      cooperation: f32(this.#cooperation),
      acts: this.#acts.permuted(order),
      quoteStart,
      actorStart: actorRows.starts,
      actors: actorRows.values,
      participantStart: participantRows.starts,
      participants: participantRows.values,
      cameoRoots: i32(this.#cameoRoots),
    };
    const codes = {
      groups: this.#groups.values,
      actors: this.#actorCodes.values,
      participants: this.#participantCodes.values,
    };
    const extent = extentOf(columns);
    const placeIds = this.#head.places.map((place) => place.id);
    const eventRecords = this.#events.finish();
    const actDays = this.#actDays.finish();
    const context = rowContextOf(this.#head, this.#dyad);
    const recordsInOrder = { order, records: eventRecords, context };
    return {
      head: this.#head,
      columns,
      codes,
      eventIds,
      eventSlots: order,
      eventRecords,
      quoteEvent,
      quoteSlots,
      quoteRanks,
      quoteRecords: this.#quotes.finish(),
      search: this.#search,
      aggregates: buildAggregates(columns, this.#head.places.length),
      facets: buildFacetIndex(columns, codes),
      extent,
      months: extent ? monthCountsOf(columns.day, extent) : null,
      actDays,
      finding: findHeadline(
        {
          // Iterable more than once: the overview reads the events again.
          events: {
            [Symbol.iterator]: () => findingEvents(columns, ids, placeIds, recordsInOrder),
          },
          // The meetings picked from the columns: a million events are not made one by one.
          meetings: {
            [Symbol.iterator]: () => findingMeetings(columns, ids, placeIds, recordsInOrder),
          },
          places: this.#head.places,
          sources: this.#head.sources,
          ...(this.#head.dyad ? { dyad: this.#head.dyad } : {}),
        },
        actDays,
      ),
    };
  }
}
