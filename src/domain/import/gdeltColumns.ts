/**
 * GDELT's rows from a file of columns (Parquet, as BigQuery exports it), checked on their values
 * rather than made into records first (issue 21): a million rows each made into text, then into
 * a record, then checked and written as JSON took most of a minute. A row whose every value is
 * one the usual way (GdeltMapper.record, then builder.ts's checks) keeps as it is — a whole date
 * of eight digits that is a calendar day, a weight in −10…10 that is its act's in GDELT's table,
 * ids and country codes of the schema's shapes, coordinates given both or neither, text as text
 * — is kept here as a row (dataset/gdeltRow.ts), its place, people and source made by the usual
 * way's own functions; any other row goes the usual way, which words its problems. So the
 * verdicts stay the usual way's; importIndex.test.ts compares the two on files with broken rows.
 */
import { daysFromCivil, daysInMonth } from '../dataset/dates';
import type { GdeltRow } from '../dataset/gdeltRow';
import type { LocalizedText } from '../dataset/schema';
import { describeCameo } from '../scoring/cameo';
import { isBetweenSides } from '../scoring/tension';
import type { DatasetBuilder } from './builder';
import type { GdeltMapper } from './gdelt';
import { kindOfCameo } from './gdeltFields';
import type { GdeltActor, ImportWording } from './wording';

/** The schema's shapes (schema.ts, fastShape.ts): a value of another shape goes the usual way. */
const ACTOR_CODE = /^[A-Z][A-Z0-9]{1,5}$/;
const CAMEO_CODE = /^\d{2,4}$/;
/** Words kept for this many distinct rows' words, then forgotten (memory stays bounded). */
const WORDS_KEPT = 100_000;

type Column = ArrayLike<unknown> | undefined;
/** The columns a row is read from, looked up once a batch. */
interface BatchColumns {
  id: Column;
  date: Column;
  actors: { name: Column; code: Column; country: Column }[];
  cameo: Column;
  goldstein: Column;
  lat: Column;
  lon: Column;
  placeName: Column;
  placeCountry: Column;
  source: Column;
}
/** Not taken here: the row goes the usual way. */
const USUAL = Symbol('usual way');

/** Text as `fieldText` reads it (trimmed, "" for none); another type goes the usual way. */
function text(column: Column, i: number): string {
  const value = column?.[i];
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : usual();
}
const usual = (): never => {
  throw USUAL;
};

/** A whole number, given as INT64 (a bigint) or a double; another type goes the usual way. */
function whole(column: Column, i: number): number {
  const value = column?.[i];
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : usual();
}

/**
 * A double as the usual way reads it back from its text (so −0 is 0), or null for none: a NaN or
 * an infinity is written "" as none is (columnar.ts's fieldText).
 */
function double(column: Column, i: number): number | null {
  const value = column?.[i];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') return usual();
  return Number.isFinite(value) ? value + 0 : null;
}

const actorCode = (code: string | null) =>
  code === null || ACTOR_CODE.test(code) ? code : usual();

export interface GdeltColumnOptions {
  wording: ImportWording;
  onlyDyad: boolean;
}

/** Reads the rows of a batch of GDELT columns, or hands each it cannot to `usual`. */
export class GdeltColumns {
  readonly #words = new Map<string, { title: LocalizedText; summary: LocalizedText }>();
  readonly #titles = new Map<string, LocalizedText>();

  constructor(
    private readonly builder: DatasetBuilder,
    private readonly mapper: GdeltMapper,
    private readonly options: GdeltColumnOptions,
  ) {}

  /**
   * A batch's columns (`column(name)`) to read rows of: `row(i, line)` is true if row `i` was read
   * here (kept, left out or skipped), false if it is for the usual way. Nothing is changed before
   * a row is known to be read here.
   */
  batch(column: (name: string) => Column): (i: number, line: number) => boolean {
    const columns: BatchColumns = {
      id: column('GLOBALEVENTID'),
      date: column('SQLDATE'),
      actors: ([1, 2] as const).map((n) => ({
        name: column(`Actor${n}Name`),
        code: column(`Actor${n}Code`),
        country: column(`Actor${n}CountryCode`),
      })),
      cameo: column('EventCode'),
      goldstein: column('GoldsteinScale'),
      lat: column('ActionGeo_Lat'),
      lon: column('ActionGeo_Long'),
      placeName: column('ActionGeo_FullName'),
      placeCountry: column('ActionGeo_CountryCode'),
      source: column('SOURCEURL'),
    };
    return (i, line) => {
      try {
        return this.#read(columns, i, line);
      } catch (thrown) {
        if (thrown === USUAL) return false;
        throw thrown;
      }
    };
  }

  #read(column: BatchColumns, i: number, line: number): boolean {
    const { builder } = this;
    const actor = (n: 0 | 1): GdeltActor => {
      const of = column.actors[n];
      return {
        name: text(of?.name, i) || null,
        code: text(of?.code, i) || null,
        country: actorCode(text(of?.country, i) || null),
      };
    };
    const actor1 = actor(0);
    const actor2 = actor(1);
    const between = isBetweenSides(actor1.country, actor2.country, builder.dyad);
    if (this.options.onlyDyad && !between) {
      this.#countries(actor1, actor2);
      builder.counts.skipped['outside-dyad'] += 1;
      return true;
    }
    const date = whole(column.date, i);
    const year = Math.floor(date / 10_000);
    const month = Math.floor(date / 100) % 100;
    const day = date % 100;
    if (date < 10_000_000 || date > 99_999_999 || month < 1 || month > 12) usual();
    if (day < 1 || day > daysInMonth(year, month)) usual();
    const goldstein = double(column.goldstein, i) ?? usual();
    const cameo = text(column.cameo, i);
    if (!CAMEO_CODE.test(cameo) || describeCameo(cameo)?.goldstein !== goldstein) usual();
    const eventId = whole(column.id, i);
    // "gdelt-" and the digits of a safe integer: an id of the schema's shape (ids.ts).
    const id = `gdelt-${eventId}`;
    if (!builder.takesRow(id)) usual();
    const lat = double(column.lat, i);
    const lon = double(column.lon, i);
    if ((lat === null) !== (lon === null)) usual();
    const fullName = text(column.placeName, i);
    const countryCode = text(column.placeCountry, i);
    const sourceUrl = text(column.source, i);
    const { title, summary } = this.#wordsOf(actor1, actor2, cameo, goldstein, fullName || null);
    if (!(title.en && title.vi && summary.en && summary.vi)) usual();

    // Every value is one the usual way keeps as it is: from here the row is read here.
    this.#countries(actor1, actor2);
    const placeId =
      lat === null || lon === null ? null : this.#place(line, lat, lon, fullName, countryCode);
    if (placeId === false) return true;
    const participants: string[] = [];
    if (actor1.name !== null) {
      const person = this.#person(line, 1, actor1.name, actor1);
      if (person === null) return true;
      participants.push(person);
    }
    if (actor2.name !== null) {
      const person = this.#person(line, 2, actor2.name, actor2);
      if (person === null) return true;
      if (participants[0] !== person) participants.push(person);
    }
    const sourceId = this.#source(line, sourceUrl);
    if (sourceId === null) return true;
    const row: GdeltRow = {
      eventId,
      id,
      day: daysFromCivil(year, month, day),
      placeId,
      kind: kindOfCameo(cameo),
      category: between ? 'us-russia' : 'context',
      participants,
      title,
      summary,
      actor: actor1.country,
      target: actor2.country,
      code1: actor1.code,
      code2: actor2.code,
      cameo,
      goldstein,
      sourceId,
    };
    builder.keepRow(id, row);
    return true;
  }

  /** The actors' countries: the choices of the two sides in a preview (kept or not, as the usual way). */
  #countries(actor1: GdeltActor, actor2: GdeltActor): void {
    if (actor1.country !== null) this.builder.actorCountries.add(actor1.country);
    if (actor2.country !== null) this.builder.actorCountries.add(actor2.country);
  }

  // The ids of places, people and sources the mapper made, by the values that name them, so that
  // a row of known ones builds no key (the mapper's keys are made of text: toFixed, upper case).
  // Only records that were kept: a row naming one that failed goes to the mapper, which leaves
  // it out with the record's problems. A source with a link that is not kept is never here (the
  // mapper notes it for every row).
  readonly #places = new Map<string, Map<number, Map<number, string>>>();
  readonly #people = new Map<string, Map<string | null, string>>();
  readonly #sources = new Map<string, string>();

  #place(line: number, lat: number, lon: number, fullName: string, country: string) {
    let byLat = this.#places.get(fullName);
    if (byLat === undefined) this.#places.set(fullName, (byLat = new Map()));
    let byLon = byLat.get(lat);
    if (byLon === undefined) byLat.set(lat, (byLon = new Map()));
    const known = byLon.get(lon);
    if (known !== undefined) return known;
    const id = this.mapper.placeAt(line, lat, lon, fullName, country);
    if (id !== false) byLon.set(lon, id);
    return id;
  }

  #person(line: number, n: 1 | 2, name: string, who: GdeltActor) {
    let byCountry = this.#people.get(name);
    if (byCountry === undefined) this.#people.set(name, (byCountry = new Map()));
    const known = byCountry.get(who.country);
    if (known !== undefined) return known;
    const id = this.mapper.person(line, n, who);
    if (id !== null) byCountry.set(who.country, id);
    return id;
  }

  #source(line: number, url: string) {
    const known = this.#sources.get(url);
    if (known !== undefined) return known;
    const notes = this.builder.notes.length;
    const id = this.mapper.source(line, url);
    if (id !== null && this.builder.notes.length === notes) this.#sources.set(url, id);
    return id;
  }

  /** A row's words, the same objects for the same words (rowRecords.ts keeps them once). */
  #wordsOf(
    actor1: GdeltActor,
    actor2: GdeltActor,
    cameo: string,
    goldstein: number,
    place: string | null,
  ) {
    const part = (value: string | null) => (value === null ? '\u0001' : `${value}\u0000`);
    const key =
      part(actor1.name) +
      part(actor1.code) +
      part(actor1.country) +
      part(actor2.name) +
      part(actor2.code) +
      part(actor2.country) +
      part(cameo) +
      part(String(goldstein)) +
      part(place);
    let words = this.#words.get(key);
    if (words === undefined) {
      if (this.#words.size >= WORDS_KEPT) {
        this.#words.clear();
        this.#titles.clear();
      }
      const made = this.options.wording.gdeltText({ actor1, actor2, cameo, goldstein, place });
      const titleKey = `${made.title.en}\u0000${made.title.vi}`;
      let title = this.#titles.get(titleKey);
      if (title === undefined) this.#titles.set(titleKey, (title = made.title));
      words = { title, summary: made.summary };
      this.#words.set(key, words);
    }
    return words;
  }
}
