/**
 * An import: one dataset made from one file (or the template's events and quotes files), read a
 * piece at a time so that a file of millions of rows can be read in a worker with progress:
 *
 *   const session = new ImportSession({ wording, fileName });
 *   const file = session.open(detectFormat(firstPiece), fileName);
 *   for (const piece of pieces) { file.push(piece); send(session.take()); }
 *   file.end(); send(session.take());
 *   const result = session.finish();   // counts, the rows left out and why, or why nothing can be shown
 *
 * `importFiles` does the same for whole texts and returns the dataset. This app's own JSON is not
 * read here: parseDatasetText and streamDataset read it.
 */
import { DEFAULT_DYAD, type Dyad } from '../scoring/tension';
import { describeJsonError } from '../validation/jsonError';
import { problem, type Problem } from '../dataset/problems';
import { DatasetBuilder, type ImportBatch, type ImportCounts, type RecordSink } from './builder';
import { DelimitedReader, type Row } from './delimited';
import type { Detection } from './detect';
import { GdeltMapper } from './gdelt';
import {
  normalizeColumn,
  TEMPLATE_EVENT_REQUIRED,
  TEMPLATE_QUOTE_REQUIRED,
  TIMELINE_REQUIRED,
} from './formats';
import type { DelimitedFormat } from '../dataset/vocabulary';
import type { HeadedRow } from './headedRow';
import { TemplateMapper, type TemplateOptions } from './template';
import { readQuoteRow } from './templateQuotes';
import { TimelineMapper } from './timeline';
import { readTimelineJson, slideFromRow } from './timelineSlides';
import type { ImportWording } from './wording';

export interface ImportOptions {
  /** The name of the file, written into its sources (`file`); never used to tell the format. */
  fileName?: string;
  wording: ImportWording;
  /** The two sides whose tension is scored (default: the US and Russia); kept in the dataset. */
  dyad?: Dyad;
  /** Keep only GDELT rows between the two sides (default: every row). */
  onlyDyad?: boolean;
  /** Where kept records go as they are kept (default: held for `take()`). */
  sink?: RecordSink;
}

/** One file being read. */
export interface FileImport {
  push(piece: string): void;
  end(): void;
}

export type ImportResult =
  | {
      ok: true;
      title?: string;
      dyad?: Dyad;
      counts: ImportCounts;
      /** Every problem of every row left out, in the order of the file. */
      leftOut: Problem[];
      /** What was changed in rows that were kept (a link that is not http(s), no coordinates). */
      notes: Problem[];
    }
  | { ok: false; counts: ImportCounts; problems: Problem[] };

/** The columns a file with a header must have. */
const REQUIRED: Readonly<
  Record<Exclude<DelimitedFormat, 'gdelt-1' | 'gdelt-2'>, readonly string[]>
> = {
  'timeline-csv': TIMELINE_REQUIRED,
  'template-events': TEMPLATE_EVENT_REQUIRED,
  'template-quotes': TEMPLATE_QUOTE_REQUIRED,
};

export class ImportSession {
  readonly builder: DatasetBuilder;
  private timeline: TimelineMapper | null = null;
  private template: TemplateMapper | null = null;
  /** Problems that refuse a file whole: no format recognised, a column missing, JSON broken. */
  private readonly refusals: Problem[] = [];
  /** Each file opened, and where its problems start in each list. */
  private readonly files: {
    name: string;
    from: Record<'leftOut' | 'notes' | 'refusals', number>;
  }[] = [];

  constructor(readonly options: ImportOptions) {
    this.builder = new DatasetBuilder(options.dyad ?? DEFAULT_DYAD, options.sink);
  }

  open(detection: Detection, fileName = this.options.fileName): FileImport {
    const options = { ...this.options, fileName, onlyDyad: this.options.onlyDyad ?? false };
    this.begin(fileName);
    switch (detection.format) {
      case null:
        this.refusals.push(problem('', 'unknown-format', {}));
        return { push() {}, end() {} };
      case 'dataset-json':
        throw new Error('this app’s JSON is read by parseDatasetText or streamDataset');
      case 'timeline-json': {
        const mapper = this.timelineMapper(options);
        let text = '';
        return {
          push: (piece) => void (text += piece),
          end: () => {
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch {
              this.refusals.push(describeJsonError(text));
              return;
            }
            this.refusals.push(...readTimelineJson(value, mapper, this.builder));
          },
        };
      }
      case 'gdelt-1':
      case 'gdelt-2': {
        const mapper = new GdeltMapper(this.builder, detection.format, options);
        let header = detection.header;
        return this.rows(new DelimitedReader('\t', false), (row) => {
          if (header) header = false;
          else mapper.row(row);
        });
      }
      case 'timeline-csv': {
        const mapper = this.timelineMapper(options);
        return this.headed(detection.format, detection.delimiter, (row) => {
          const { slide, fields } = slideFromRow(row);
          mapper.slide(slide, { line: row.line, id: `row-${row.line}` }, fields);
        });
      }
      case 'template-events':
      case 'template-quotes': {
        const template = this.templateMapper({
          ...options,
          decimalComma: detection.delimiter === ';',
        });
        return this.headed(detection.format, detection.delimiter, (row) =>
          detection.format === 'template-events'
            ? template.event(row)
            : readQuoteRow(template, row),
        );
      }
    }
  }

  /** The template's reader, one for its events and quotes files, whichever form each comes in. */
  templateMapper(options: TemplateOptions): TemplateMapper {
    this.template ??= new TemplateMapper(this.builder, options);
    return this.template;
  }

  private timelineMapper(options: { fileName?: string; wording: ImportWording }) {
    this.timeline ??= new TimelineMapper(this.builder, options);
    return this.timeline;
  }

  private rows(reader: DelimitedReader, each: (row: Row) => void): FileImport {
    const read = (rows: Row[]) => {
      for (const row of rows) {
        if (row.unclosed) {
          this.builder.counts.rows += 1;
          const unclosed = problem('', 'unclosed-quote', {});
          this.builder.leaveOut([
            problem('', 'in-row', { line: row.line, column: null, problem: unclosed }),
          ]);
        } else each(row);
      }
    };
    return { push: (piece) => read(reader.push(piece)), end: () => read(reader.end()) };
  }

  /** A file whose first row names its columns. */
  private headed(
    format: keyof typeof REQUIRED,
    delimiter: string,
    each: (row: HeadedRow) => void,
  ): FileImport {
    let header: string[] | null = null;
    let at = new Map<string, number>();
    let refused = false;
    return this.rows(new DelimitedReader(delimiter, true), ({ line, fields }) => {
      if (refused) return;
      if (header === null) {
        header = fields;
        at = new Map(fields.map((name, i) => [normalizeColumn(name), i] as const).reverse());
        const missing = REQUIRED[format].filter((name) => !at.has(name));
        for (const column of missing) this.refusals.push(problem('', 'missing-column', { column }));
        refused = missing.length > 0;
        return;
      }
      const width = header.length;
      if (fields.length > width && fields.slice(width).some((field) => field.trim() !== '')) {
        this.builder.counts.rows += 1;
        const count = fields.length;
        this.builder.leaveOut([
          problem('', 'row-columns', { line, count, expected: width, format }),
        ]);
        return;
      }
      const names = header;
      each({
        line,
        get: (name) => (fields[at.get(name) ?? -1] ?? '').trim(),
        column: (name) => names[at.get(name) ?? -1] ?? name,
      });
    });
  }

  /** Refuses the files whole (a file of columns no format reads: domain/import/columnar.ts). */
  refuse(found: Problem): void {
    this.refusals.push(found);
  }

  /** Where a file begins: its problems are named by it, where more than one file is read. */
  begin(fileName = this.options.fileName): void {
    const { leftOut, notes } = this.builder;
    this.files.push({
      name: fileName ?? '',
      from: { leftOut: leftOut.length, notes: notes.length, refusals: this.refusals.length },
    });
  }

  /** What refuses the files read so far whole (a format not recognised, a column missing). */
  refused(): readonly Problem[] {
    return this.refusals;
  }

  /** The records kept since the last call: hand them on, and they are not held here. */
  take(): ImportBatch {
    return this.builder.take();
  }

  /**
   * Problems named by line alone, where more than one file was read, named by file too:
   * `quotes.csv: line 4, column event: …`.
   */
  private byFile(list: 'leftOut' | 'notes' | 'refusals'): Problem[] {
    const problems = list === 'refusals' ? this.refusals : this.builder[list];
    if (this.files.length < 2) return [...problems];
    return problems.map((found, i) => {
      const file = this.files.findLast((f) => f.from[list] <= i);
      return found.path === '' && file && file.name !== '' ? { ...found, path: file.name } : found;
    });
  }

  finish(): ImportResult {
    const { counts } = this.builder;
    const [leftOut, notes] = [this.byFile('leftOut'), this.byFile('notes')];
    if (this.refusals.length > 0) return { ok: false, counts, problems: this.byFile('refusals') };
    if (counts.events === 0) {
      const eventRows = counts.rows - (this.template?.quoteRows ?? 0);
      const none = problem('events', eventRows === 0 ? 'no-events' : 'no-valid-event', {});
      return { ok: false, counts, problems: [none, ...leftOut] };
    }
    return {
      ok: true,
      ...(this.timeline?.title === undefined ? {} : { title: this.timeline.title }),
      ...(this.options.dyad === undefined ? {} : { dyad: this.options.dyad }),
      counts,
      leftOut,
      notes,
    };
  }
}
