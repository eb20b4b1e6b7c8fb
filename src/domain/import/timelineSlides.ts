/**
 * TimelineJS's two shapes read into slides: its JSON (timeline.knightlab.com/docs/json-format:
 * `title` slide, `events` of slides with `start_date {year, month?, day?}`, `end_date`,
 * `text {headline, text}`, `media {url, caption, credit}`, `group`, `display_date`; `eras`), and a
 * row of its Google Sheets template (formats.ts, TIMELINE_SHEET_COLUMNS; `Tag` is the first template's
 * name for `Group`).
 */
import { describeValue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import type { DatasetBuilder } from './builder';
import type { HeadedRow } from './headedRow';
import type { Slide, SlideFields, TimelineMapper } from './timeline';

type Json = Record<string, unknown>;

const objectOf = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const textOf = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const partOf = (value: unknown) =>
  typeof value === 'number' || typeof value === 'string' ? value : undefined;

function dateOf(value: unknown): Slide['start'] {
  if (value === undefined || value === null) return null;
  const date = objectOf(value);
  return { year: partOf(date.year), month: partOf(date.month), day: partOf(date.day) };
}

/** Where a JSON slide's fields are: the sub-paths a problem names. */
export const JSON_FIELDS: SlideFields = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  group: 'group',
};

export function slideFromJson(value: Json): Slide {
  const text = objectOf(value.text);
  const media = objectOf(value.media);
  return {
    start: dateOf(value.start_date),
    end: dateOf(value.end_date),
    headline: textOf(text.headline),
    text: textOf(text.text),
    displayDate: textOf(value.display_date),
    media: { url: textOf(media.url), caption: textOf(media.caption), credit: textOf(media.credit) },
    group: textOf(value.group),
    type: textOf(value.type),
  };
}

/**
 * A whole TimelineJS JSON file, slide by slide; the problems that refuse it whole (it has no list
 * of events) are returned.
 */
export function readTimelineJson(
  value: unknown,
  mapper: TimelineMapper,
  builder: DatasetBuilder,
): Problem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [problem('', 'wrong-type', { expected: 'object', got: describeValue(value) })];
  const { title, events, eras } = value as Json;
  if (!Array.isArray(events))
    return [
      events === undefined
        ? problem('events', 'missing', {})
        : problem('events', 'wrong-type', { expected: 'array', got: describeValue(events) }),
    ];
  if (typeof title === 'string') mapper.title = title.trim() || undefined;
  else if (title !== undefined && title !== null)
    mapper.slide(slideFromJson(objectOf(title)), { path: 'title', id: 'title' }, JSON_FIELDS, true);
  if (Array.isArray(eras)) {
    builder.counts.rows += eras.length;
    builder.counts.skipped.era += eras.length;
  }
  events.forEach((event, i) => {
    const path = `events[${i}]`;
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      builder.counts.rows += 1;
      builder.leaveOut([
        problem(path, 'wrong-type', { expected: 'object', got: describeValue(event) }),
      ]);
      return;
    }
    mapper.slide(slideFromJson(event as Json), { path, id: `slide-${i + 1}` }, JSON_FIELDS);
  });
  return [];
}

/** A row of the TimelineJS sheet as a slide. */
export function slideFromRow(row: HeadedRow): { slide: Slide; fields: SlideFields } {
  const date = (prefix: string) => ({
    year: row.get(`${prefix}year`),
    month: row.get(`${prefix}month`),
    day: row.get(`${prefix}day`),
  });
  const end = date('end_');
  const group = row.get('group') === '' && row.get('tag') !== '' ? 'tag' : 'group';
  return {
    slide: {
      start: date(''),
      end: end.year === '' ? null : end,
      headline: row.get('headline'),
      text: row.get('text'),
      displayDate: row.get('display_date'),
      media: {
        url: row.get('media'),
        caption: row.get('media_caption'),
        credit: row.get('media_credit'),
      },
      group: row.get(group),
      type: row.get('type'),
    },
    fields: {
      year: row.column('year'),
      month: row.column('month'),
      day: row.column('day'),
      headline: row.column('headline'),
      text: row.column('text'),
      media: row.column('media'),
      group: row.column(group),
    },
  };
}
