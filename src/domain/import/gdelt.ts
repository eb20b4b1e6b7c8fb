/**
 * GDELT event rows (1.0 daily files, 2.0 exports) as this app's records: one row, one event.
 *
 * - date: SQLDATE (YYYYMMDD), day precision;
 * - place: the action's geography (ActionGeo_FullName, _CountryCode read from FIPS 10-4 as ISO,
 *   _Lat, _Long), one place for each name and pair of coordinates; a row without coordinates is an
 *   event with no place;
 * - participants: the two actors (Actor1Name, Actor1CountryCode; Actor2…), one person each name and
 *   country code;
 * - kind: from the CAMEO code (kindOfCameo);
 * - one action: EventCode, GoldsteinScale, and the actors' country codes as actor and target, so
 *   that tension is scored as for the built-in data, for the dataset's two sides (the dyad);
 * - category: `us-russia` (between the two sides) when the actors' countries are the dyad's, else
 *   `context`; with `onlyDyad`, rows outside the dyad are skipped;
 * - source: SOURCEURL, one source for each; only an http(s) link is kept as a link (else noted);
 *   GDELT also writes a citation there ("BBC Monitoring"), kept as the publisher;
 * - title and summary: worded in both languages from the actors and the CAMEO name (ImportWording).
 * A GDELT 1.0 row may have 57 columns (the historical backfile, 1979–2013, which has no SOURCEURL:
 * its events cite the file) or 58 (the daily files). A row is left out, named by its line and
 * column, when it has another number of columns than its version's, a date that is not YYYYMMDD, a weight or coordinate that is not a number, or a CAMEO
 * code outside GDELT's table (one damaged on the way: a spreadsheet drops the 0 of "046").
 */
import { gdeltSentence } from '../dataset/gdeltRow';
import { describeCameo } from '../scoring/cameo';
import { problem } from '../dataset/problems';
import { safeHttpUrl } from '../dataset/safeUrl';
import { isBetweenSides } from '../scoring/tension';
import { describeValue } from '../dataset/describeIssue';
import type { DatasetBuilder, Origin } from './builder';
import { alpha3ToIso, fipsToIso } from './countryCodes';
import type { Row } from './delimited';
import { GDELT_1_BACKFILE_COLUMNS, GDELT_COLUMNS } from './formats';
import { EVENT_COLUMNS, kindOfCameo, PLACE_COLUMNS, SOURCE_COLUMNS } from './gdeltFields';
import { hostOf, parseNumber, titleCase } from './text';
import type { GdeltActor, ImportWording } from './wording';

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The column each field of a record came from (made once, not once a row). */
const eventColumnOf = (field: string) => EVENT_COLUMNS[field] ?? null;
const placeColumnOf = (field: string) => PLACE_COLUMNS[field] ?? null;
const sourceColumnOf = (field: string) => SOURCE_COLUMNS[field] ?? null;

export interface GdeltOptions {
  fileName?: string;
  wording: ImportWording;
  /** Keep only rows between the two sides of the dyad. */
  onlyDyad: boolean;
}

export class GdeltMapper {
  private readonly columns: readonly string[];
  private readonly at: Readonly<Record<string, number>>;
  /** GDELT 1.0's backfile rows: one column fewer, no SOURCEURL (the others where they are). */
  private readonly backfileWidth: number | null;
  private readonly links = new Map<string, { url: string | null; host: string | null }>();

  constructor(
    private readonly builder: DatasetBuilder,
    private readonly format: 'gdelt-1' | 'gdelt-2',
    private readonly options: GdeltOptions,
  ) {
    this.columns = GDELT_COLUMNS[format];
    this.at = Object.fromEntries(this.columns.map((name, i) => [name, i]));
    this.backfileWidth = format === 'gdelt-1' ? GDELT_1_BACKFILE_COLUMNS.length : null;
  }

  row({ line, fields }: Row): void {
    const { builder } = this;
    builder.counts.rows += 1;
    if (fields.length !== this.columns.length && fields.length !== this.backfileWidth) {
      builder.leaveOut([
        problem('', 'row-columns', {
          line,
          count: fields.length,
          expected: this.columns.length,
          format: this.format,
        }),
      ]);
      return;
    }
    this.record(line, (column) => (fields[this.at[column] ?? -1] ?? '').trim());
  }

  /**
   * A row by its fields' names (`get` gives a field's text, trimmed, or ""): the rows of a
   * delimited file, or of a Parquet file's columns.
   */
  record(line: number, get: (column: string) => string): void {
    const { builder } = this;
    const actor = (n: 1 | 2): GdeltActor => ({
      name: get(`Actor${n}Name`) || null,
      code: get(`Actor${n}Code`) || null,
      country: get(`Actor${n}CountryCode`) || null,
    });
    const [actor1, actor2] = [actor(1), actor(2)];
    for (const { country } of [actor1, actor2])
      if (country !== null) builder.actorCountries.add(country);
    if (this.options.onlyDyad && !isBetweenSides(actor1.country, actor2.country, builder.dyad)) {
      builder.counts.skipped['outside-dyad'] += 1;
      return;
    }
    const wrong = (column: string, found: ReturnType<typeof problem>) =>
      builder.leaveOut([problem('', 'in-row', { line, column, problem: found })]);

    const sqlDate = get('SQLDATE');
    if (!/^\d{8}$/.test(sqlDate))
      return wrong(
        'SQLDATE',
        problem('', 'date-format', { formats: ['YYYYMMDD'], got: describeValue(sqlDate) }),
      );
    const goldsteinText = get('GoldsteinScale');
    const goldstein = parseNumber(goldsteinText);
    if (goldstein === null)
      return wrong(
        'GoldsteinScale',
        goldsteinText === ''
          ? problem('', 'missing', {})
          : problem('', 'wrong-type', { expected: 'number', got: describeValue(goldsteinText) }),
      );

    // Every code GDELT writes is in its table: one that is not was damaged, its weight unknown.
    const cameo = get('EventCode');
    if (/^\d{2,4}$/.test(cameo) && describeCameo(cameo) === undefined)
      return wrong('EventCode', problem('', 'unknown-cameo', { cameo }));

    const placeId = this.place(line, get);
    if (placeId === false) return;
    const participants: string[] = [];
    for (const [n, who] of [[1, actor1] as const, [2, actor2] as const]) {
      if (who.name === null) continue;
      const id = this.person(line, n, who);
      if (id === null) return;
      if (!participants.includes(id)) participants.push(id);
    }
    const sourceId = this.source(line, get('SOURCEURL'));
    if (sourceId === null) return;

    const eventId = get('GLOBALEVENTID');
    const text = this.options.wording.gdeltText({
      actor1,
      actor2,
      cameo,
      goldstein,
      place: get('ActionGeo_FullName') || null,
    });
    const raw = {
      id: `gdelt-${eventId}`,
      date: `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`,
      datePrecision: 'day',
      placeId,
      kind: kindOfCameo(cameo),
      status: 'held',
      category: isBetweenSides(actor1.country, actor2.country, builder.dyad)
        ? 'us-russia'
        : 'context',
      participants,
      ...text,
      actions: [
        {
          actor: actor1.country,
          target: actor2.country,
          cameo,
          goldstein,
          // GDELT gives no sentence: the coded triple stands for it, as GDELT wrote it.
          sentence: gdeltSentence(eventId, actor1.code, cameo, actor2.code),
          sourceId,
        },
      ],
      sourceIds: [sourceId],
    };
    builder.event(raw, { line, columnOf: eventColumnOf });
  }

  /** The action's place: its id, null for a row without coordinates, false if the row fails. */
  private place(line: number, get: (column: string) => string): string | null | false {
    const [latText, lonText] = [get('ActionGeo_Lat'), get('ActionGeo_Long')];
    if (latText === '' && lonText === '') return null;
    const [lat, lon] = [parseNumber(latText), parseNumber(lonText)];
    if (lat === null || lon === null) {
      const [column, text] =
        lat === null ? ['ActionGeo_Lat', latText] : ['ActionGeo_Long', lonText];
      const found =
        text === ''
          ? problem('', 'missing', {})
          : problem('', 'wrong-type', { expected: 'number', got: describeValue(text) });
      this.builder.leaveOut([problem('', 'in-row', { line, column, problem: found })]);
      return false;
    }
    return this.placeAt(line, lat, lon, get('ActionGeo_FullName'), get('ActionGeo_CountryCode'));
  }

  /**
   * The place of a row's coordinates, with its name and FIPS country as given ("" for none): its
   * id, or false if its record fails (the row is then left out). The column path's too.
   */
  placeAt(line: number, lat: number, lon: number, fullName: string, country: string) {
    const name = fullName || `${lat}, ${lon}`;
    const origin: Origin = { line, columnOf: placeColumnOf };
    const id = this.builder.place(
      `${name}|${lat.toFixed(4)}|${lon.toFixed(4)}`,
      name,
      (newId) => ({
        id: newId,
        name: { en: name, vi: name },
        country: country === '' ? null : fipsToIso(country),
        lat,
        lon,
      }),
      origin,
    );
    return id ?? false;
  }

  /** An actor's person: its id, or null if its record fails (the row is then left out). */
  person(line: number, n: 1 | 2, who: GdeltActor): string | null {
    const name = who.name ?? '';
    const origin: Origin = {
      line,
      columnOf: (field) =>
        field === 'country' ? `Actor${n}CountryCode` : field === 'name' ? `Actor${n}Name` : null,
    };
    return this.builder.person(
      `${name.toUpperCase()}|${who.country ?? ''}`,
      `${name} ${who.country ?? ''}`,
      (id) => ({
        id,
        name: titleCase(name),
        role: this.options.wording.gdeltActorRole,
        country: who.country === null ? null : alpha3ToIso(who.country),
      }),
      origin,
    );
  }

  /** A SOURCEURL read as a link once, however many rows give it: its http(s) URL and host. */
  private link(sourceUrl: string): { url: string | null; host: string | null } {
    let link = this.links.get(sourceUrl);
    if (!link) {
      const url = sourceUrl === '' ? null : safeHttpUrl(sourceUrl);
      link = { url, host: url === null ? null : hostOf(url) };
      this.links.set(sourceUrl, link);
    }
    return link;
  }

  /** A row's source: its id, or null if its record fails (the row is then left out). */
  source(line: number, sourceUrl: string): string | null {
    const { url, host } = this.link(sourceUrl);
    const scheme = URL_SCHEME.test(sourceUrl);
    if (url === null && scheme)
      this.builder.note(
        problem('', 'in-row', {
          line,
          column: 'SOURCEURL',
          problem: problem('', 'url-dropped', { got: describeValue(sourceUrl) }),
        }),
      );
    const file = this.options.fileName ?? (this.format === 'gdelt-1' ? 'GDELT 1.0' : 'GDELT 2.0');
    return this.builder.source(
      url ?? (scheme ? '' : sourceUrl),
      host ?? 'source',
      (id) => ({
        id,
        file,
        // A citation in place of a URL ("BBC Monitoring") names the publisher.
        publisher: url ? host : scheme || sourceUrl === '' ? null : sourceUrl,
        url,
        title: null,
        language: 'und',
        credit: null,
      }),
      { line, columnOf: sourceColumnOf },
    );
  }
}
