/**
 * Our CSV template (README, "Bring your own data"): one event a row, and an optional second file
 * of quotes (templateQuotes.ts), each naming its event by id or by the row (line) it is on in the
 * events file.
 *
 * Events: `date` (YYYY, YYYY-MM or YYYY-MM-DD, as precise as it is known) and `title` are needed;
 * `place` with `latitude` and `longitude` makes a place (a place without coordinates is noted and
 * left off the map); `participants` are names separated by ";"; `source_url` an http(s) link;
 * `actor`, `target` and `cameo` code one act, weighed by GDELT's table, so that the row is scored
 * as the built-in data is. `kind` defaults to the CAMEO code's kind or `event`, `status` to `held`,
 * `title_vi` and `summary_vi` to the title and summary.
 */
import { describeCameo } from '../scoring/cameo';
import { describeValue } from '../dataset/describeIssue';
import { problem, type Problem } from '../dataset/problems';
import { ID_PATTERN } from '../dataset/ids';
import { safeHttpUrl } from '../dataset/safeUrl';
import { isBetweenSides } from '../scoring/tension';
import type { DatasetBuilder, Origin } from './builder';
import { kindOfCameo } from './gdeltFields';
import type { HeadedRow } from './headedRow';
import { placeOfRow } from './templatePlace';
import { hostOf, readDate, slugify, type DatedAs } from './text';
import type { ImportWording } from './wording';

export interface TemplateOptions {
  fileName?: string;
  wording: ImportWording;
  /** The file is `;`-separated: its numbers may have a decimal comma ("46,2"). */
  decimalComma?: boolean;
}

export class TemplateMapper {
  /** Rows of the quotes file read: rows, but not rows of events. */
  quoteRows = 0;
  /** Event ids by the line of their row, every id read, and the kept events' dates and sources. */
  private readonly eventByLine = new Map<number, string>();
  private readonly eventsRead = new Set<string>();
  private readonly events = new Map<string, { date: DatedAs; sourceId: string }>();

  constructor(
    readonly builder: DatasetBuilder,
    private readonly options: TemplateOptions,
  ) {}

  fail(row: HeadedRow, column: string | null, found: Problem): void {
    const named = column === null ? null : row.column(column);
    this.builder.leaveOut([
      problem('', 'in-row', { line: row.line, column: named, problem: found }),
    ]);
  }

  origin(row: HeadedRow, columns: Readonly<Record<string, string>>): Origin {
    return {
      line: row.line,
      columnOf: (field) => {
        const name = columns[field];
        return name === undefined ? null : row.column(name);
      },
    };
  }

  /** The source of a row: its link, else the file. Null if the row is left out. */
  source(row: HeadedRow, fallback: string | null): string | null {
    const link = row.get('source_url');
    const url = link === '' ? null : safeHttpUrl(link);
    if (link !== '' && url === null)
      this.builder.note(
        problem('', 'in-row', {
          line: row.line,
          column: row.column('source_url'),
          problem: problem('', 'url-dropped', { got: describeValue(link) }),
        }),
      );
    if (url === null && fallback !== null) return fallback;
    const file = this.options.fileName ?? 'template';
    const origin = this.origin(row, { url: 'source_url' });
    return this.builder.source(
      url ?? '',
      url ? (hostOf(url) ?? 'link') : file,
      (id) => ({
        id,
        file,
        publisher: url ? hostOf(url) : null,
        url,
        title: null,
        language: 'und',
        credit: null,
      }),
      origin,
    );
  }

  person(row: HeadedRow, name: string, column: string): string | null {
    return this.builder.person(
      name.toLowerCase(),
      name,
      (id) => ({
        id,
        name,
        role: this.options.wording.participantRole,
        country: null,
      }),
      this.origin(row, { name: column }),
    );
  }

  /** A row of the events file. */
  event(row: HeadedRow): void {
    this.builder.counts.rows += 1;
    const id = this.eventId(row);
    this.eventByLine.set(row.line, id);
    this.eventsRead.add(id);
    const date = readDate(row.get('date'));
    if (!date.ok) return this.fail(row, 'date', date.problem);
    const [actor, target, cameo] = [
      row.get('actor') || null,
      row.get('target') || null,
      row.get('cameo'),
    ];
    const weight = cameo === '' ? undefined : describeCameo(cameo)?.goldstein;
    if ((actor !== null || target !== null) && cameo === '')
      return this.fail(row, 'cameo', problem('', 'missing', {}));
    if (cameo !== '' && weight === undefined)
      return this.fail(row, 'cameo', problem('', 'unknown-cameo', { cameo }));
    const placeId = placeOfRow(this, row, this.options.decimalComma ?? false);
    if (placeId === false) return;
    const participants: string[] = [];
    for (const name of row
      .get('participants')
      .split(';')
      .map((n) => n.trim())) {
      if (name === '') continue;
      const person = this.person(row, name, 'participants');
      if (person === null) return;
      if (!participants.includes(person)) participants.push(person);
    }
    const sourceId = this.source(row, null);
    if (sourceId === null) return;
    const [title, titleVi] = [row.get('title'), row.get('title_vi') || row.get('title')];
    const [summary, summaryVi] = [
      row.get('summary') || title,
      row.get('summary_vi') || row.get('summary') || titleVi,
    ];
    const actions =
      weight === undefined
        ? []
        : [
            {
              actor,
              target,
              cameo,
              goldstein: weight,
              sentence: row.get('sentence') || summary || title,
              sourceId,
            },
          ];
    const raw = {
      id,
      date: date.date.date,
      datePrecision: date.date.precision,
      placeId,
      kind: row.get('kind') || (cameo === '' ? 'event' : kindOfCameo(cameo)),
      status: row.get('status') || 'held',
      category: isBetweenSides(actor, target, this.builder.dyad) ? 'us-russia' : 'context',
      ...(row.get('group') ? { group: row.get('group') } : {}),
      participants,
      title: { en: title, vi: titleVi },
      summary: { en: summary, vi: summaryVi },
      actions,
      sourceIds: [sourceId],
      ...(row.get('note') ? { note: row.get('note') } : {}),
    };
    const origin = this.origin(row, {
      id: 'id',
      date: 'date',
      kind: 'kind',
      status: 'status',
      group: 'group',
      note: 'note',
      'title.en': 'title',
      'title.vi': row.get('title_vi') ? 'title_vi' : 'title',
      'summary.en': 'summary',
      'summary.vi': row.get('summary_vi') ? 'summary_vi' : 'summary',
      'actions[0].actor': 'actor',
      'actions[0].target': 'target',
      'actions[0].cameo': 'cameo',
    });
    const event = this.builder.event(raw, origin);
    if (event) this.events.set(event.id, { date: date.date, sourceId });
  }

  /**
   * A row's event id: its `id`, written as the schema's ids are ("E1" → "e1", noted), or one made
   * from its line.
   */
  private eventId(row: HeadedRow): string {
    const written = row.get('id');
    if (written === '') return `row-${row.line}`;
    if (ID_PATTERN.test(written)) return written;
    const id = slugify(written) || `row-${row.line}`;
    this.builder.note(
      problem('', 'in-row', {
        line: row.line,
        column: row.column('id'),
        problem: problem('', 'id-rewritten', { from: written, to: id }),
      }),
    );
    return id;
  }

  /**
   * The event a quote names, by id (as written in the events file, or as its id was rewritten) or
   * by the line of its row: its id, and its date and first source if it was kept (`read`: whether
   * the events file had it at all).
   */
  eventOf(reference: string) {
    const byLine = /^\d+$/.test(reference) ? this.eventByLine.get(Number(reference)) : undefined;
    const written = ID_PATTERN.test(reference) || this.eventsRead.has(reference);
    const id = byLine ?? (written ? reference : slugify(reference) || reference);
    return { id, kept: this.events.get(id), read: this.eventsRead.has(id) };
  }
}
