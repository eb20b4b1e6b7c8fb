/**
 * TimelineJS slides as events, from its JSON (`{title?, events: [slide], eras?}`) or its Google
 * Sheets template saved as CSV (one slide a row). A slide's headline and text become the event's
 * title and summary as plain text (TimelineJS writes HTML); the http(s) links in them, and the
 * slide's media link, become its sources, never fetched; its date is as precise as it is given
 * (a year, a month or a day); its group is kept. The title slide names the dataset; eras are spans
 * of time with no event. TimelineJS has no places, actors or coded acts: the events have no place
 * and no tension, kind `event`, status `held`, category `context`.
 */
import { describeValue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import { safeHttpUrl } from '../dataset/safeUrl';
import type { DatasetBuilder, Origin } from './builder';
import { htmlToText } from './html';
import { dateFromParts, hostOf, type DatedAs } from './text';
import type { ImportWording } from './wording';

type Part = string | number | undefined;

/** A slide, whether it came from JSON or a row of the spreadsheet. */
export interface Slide {
  start: { year: Part; month: Part; day: Part } | null;
  end: { year: Part; month: Part; day: Part } | null;
  headline: string;
  text: string;
  displayDate: string;
  media: { url: string; caption: string; credit: string };
  group: string;
  type: string;
}

/**
 * Where a slide's fields came from, to name them in a problem: a JSON sub-path
 * (`start_date.year`) or a spreadsheet column (`Year`).
 */
export interface SlideFields {
  year: string;
  month: string;
  day: string;
  headline: string;
  text: string;
  media: string;
  group: string;
}

export interface TimelineOptions {
  fileName?: string;
  wording: ImportWording;
}

/** A part of a date as TimelineJS reads it: "1,969" and " 1969 " are 1969; "" is not given. */
function readPart(part: Part): number | null | undefined {
  if (part === undefined || part === '') return undefined;
  const text = String(part).replace(/[\s,]+/g, '');
  return /^-?\d+$/.test(text) ? Number(text) : null;
}

type DateRead =
  { ok: true; date: DatedAs } | { ok: false; field: keyof SlideFields; problem: Problem };

function readDate(date: Slide['start']): DateRead {
  const parts = { year: date?.year, month: date?.month, day: date?.day };
  const read = {
    year: readPart(parts.year),
    month: readPart(parts.month),
    day: readPart(parts.day),
  };
  if (read.year === undefined)
    return { ok: false, field: 'year', problem: problem('', 'missing', {}) };
  for (const field of ['year', 'month', 'day'] as const)
    if (read[field] === null)
      return {
        ok: false,
        field,
        problem: problem('', 'wrong-type', {
          expected: 'number',
          got: describeValue(parts[field]),
        }),
      };
  const [year, month, day] = [read.year, read.month ?? undefined, read.day ?? undefined];
  const dated = year === null ? null : dateFromParts(year, month, day);
  if (dated) return { ok: true, date: dated };
  const written = [year, month, day].filter((p) => p !== undefined).join('-');
  // Name the part that makes no date: a year of other than four digits, a month past 12, a day
  // past its month's end.
  const field =
    year === null || year < 1000 || year > 9999
      ? 'year'
      : month !== undefined && (month < 1 || month > 12)
        ? 'month'
        : 'day';
  return { ok: false, field, problem: problem('', 'not-a-calendar-date', { date: written }) };
}

export class TimelineMapper {
  private fileSource: string | null = null;
  /** The dataset's title: the title slide's headline, as plain text. */
  title: string | undefined;

  constructor(
    private readonly builder: DatasetBuilder,
    private readonly options: TimelineOptions,
  ) {}

  /** One slide; `isTitle` for the JSON's `title` slide (the spreadsheet says it in its Type). */
  slide(
    slide: Slide,
    where: { line?: number; path?: string; id: string },
    fields: SlideFields,
    isTitle = false,
  ): void {
    const { builder } = this;
    const type = slide.type.trim().toLowerCase();
    builder.counts.rows += 1;
    if ((isTitle || type === 'title') && this.title === undefined) {
      builder.counts.skipped.title += 1;
      this.title = htmlToText(slide.headline).text || htmlToText(slide.text).text || undefined;
      return;
    }
    if (type === 'era') {
      builder.counts.skipped.era += 1;
      return;
    }
    const at = (field: keyof SlideFields, found: Problem): Problem =>
      where.line === undefined
        ? { ...found, path: `${where.path}.${fields[field]}` }
        : problem('', 'in-row', { line: where.line, column: fields[field], problem: found });
    const start = readDate(slide.start);
    if (!start.ok) {
      builder.leaveOut([at(start.field, start.problem)]);
      return;
    }
    const end = slide.end === null ? null : readDate(slide.end);

    const headline = htmlToText(slide.headline);
    const text = htmlToText(slide.text);
    const sourceIds: string[] = [];
    const place = { line: where.line, path: where.path };
    const origin: Origin = { ...place, columnOf: () => null };
    const fileSource = this.sourceOfFile(origin);
    if (fileSource === null) return;
    sourceIds.push(fileSource);
    for (const href of [...headline.dropped, ...text.dropped])
      builder.note(at('text', problem('', 'url-dropped', { got: describeValue(href) })));
    for (const url of [...headline.links, ...text.links]) {
      const id = builder.source(
        url,
        hostOf(url) ?? 'link',
        (newId) => this.linkSource(newId, url, null, null),
        origin,
      );
      if (id === null) return;
      if (!sourceIds.includes(id)) sourceIds.push(id);
    }
    const mediaUrl = slide.media.url.trim();
    if (mediaUrl !== '') {
      const url = safeHttpUrl(mediaUrl);
      if (url === null)
        builder.note(at('media', problem('', 'url-dropped', { got: describeValue(mediaUrl) })));
      else {
        const caption = htmlToText(slide.media.caption).text || null;
        const credit = htmlToText(slide.media.credit).text || null;
        const id = builder.source(
          `${url}|${caption}|${credit}`,
          hostOf(url) ?? 'media',
          (newId) => this.linkSource(newId, url, caption, credit),
          origin,
        );
        if (id === null) return;
        if (!sourceIds.includes(id)) sourceIds.push(id);
      }
    }

    const { wording } = this.options;
    const firstLine = text.text.split('\n')[0] ?? '';
    const titleText =
      headline.text || (firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine);
    const title = titleText ? { en: titleText, vi: titleText } : wording.untitled;
    const summary = text.text ? { en: text.text, vi: text.text } : title;
    const group = htmlToText(slide.group).text;
    const note = wording.slideNote({
      end: end?.ok ? end.date : null,
      displayDate: htmlToText(slide.displayDate).text || null,
    });
    const raw = {
      id: builder.uniqueId('events', where.id, 'slide'),
      date: start.date.date,
      datePrecision: start.date.precision,
      placeId: null,
      kind: 'event',
      status: 'held',
      category: 'context',
      ...(group ? { group } : {}),
      participants: [],
      title,
      summary,
      actions: [],
      sourceIds,
      ...(note ? { note } : {}),
    };
    const columns: Readonly<Record<string, string>> = {
      date: fields.year,
      datePrecision: fields.year,
      'title.en': fields.headline,
      'title.vi': fields.headline,
      'summary.en': fields.text,
      'summary.vi': fields.text,
      group: fields.group,
    };
    builder.event(raw, { ...place, columnOf: (field) => columns[field] ?? null });
  }

  /** The file itself, the source of every slide. */
  private sourceOfFile(origin: Origin): string | null {
    if (this.fileSource !== null) return this.fileSource;
    const file = this.options.fileName ?? 'TimelineJS';
    this.fileSource = this.builder.source(
      '',
      file,
      (id) => ({
        id,
        file,
        publisher: null,
        url: null,
        title: this.title ?? null,
        language: 'und',
        credit: null,
      }),
      origin,
    );
    return this.fileSource;
  }

  private linkSource(id: string, url: string, title: string | null, credit: string | null) {
    return {
      id,
      file: this.options.fileName ?? 'TimelineJS',
      publisher: hostOf(url),
      url,
      title,
      language: 'und',
      credit,
    };
  }
}
