/**
 * The quotes file of our CSV template, read after its events file: `event` (the event's id, or the
 * line its row is on in the events file), `speaker`, `text` (as spoken or printed), `translation`,
 * `language` of the text (`vi`, the default, or `en`), `date` (default: the event's),
 * `source_url` (default: the event's source), `note`.
 */
import { describeValue } from '../dataset/describeIssue';
import { problem } from '../dataset/problems';
import type { HeadedRow } from './headedRow';
import type { TemplateMapper } from './template';
import { readDate } from './text';

/** A row of the quotes file. */
export function readQuoteRow(template: TemplateMapper, row: HeadedRow): void {
  template.builder.counts.rows += 1;
  template.quoteRows += 1;
  const event = template.eventOf(row.get('event'));
  if (event.kept === undefined) {
    const code = event.read ? 'event-left-out' : 'unknown-event';
    return template.fail(row, 'event', problem('', code, { id: event.id }));
  }
  const date =
    row.get('date') === ''
      ? ({ ok: true, date: event.kept.date } as const)
      : readDate(row.get('date'));
  if (!date.ok) return template.fail(row, 'date', date.problem);
  const language = row.get('language').toLowerCase() || 'vi';
  if (language !== 'vi' && language !== 'en')
    return template.fail(
      row,
      'language',
      problem('', 'breaks-rule', {
        rule: 'one-of',
        options: ['vi', 'en'],
        got: describeValue(row.get('language')),
      }),
    );
  const speaker = row.get('speaker');
  if (speaker === '') return template.fail(row, 'speaker', problem('', 'missing', {}));
  const speakerId = template.person(row, speaker, 'speaker');
  if (speakerId === null) return;
  const sourceId = template.source(row, event.kept.sourceId);
  if (sourceId === null) return;
  const [text, translation] = [row.get('text'), row.get('translation') || row.get('text')];
  const raw = {
    id: `quote-${row.line}`,
    eventId: event.id,
    speakerId,
    date: date.date.date,
    datePrecision: date.date.precision,
    text: language === 'vi' ? { vi: text, en: translation } : { en: text, vi: translation },
    // An English original is stored as one: labelled as printed, the Vietnamese as a translation.
    ...(language === 'en' ? { language } : {}),
    sourceId,
    ...(row.get('note') ? { note: row.get('note') } : {}),
  };
  const textColumns =
    language === 'vi'
      ? { 'text.vi': 'text', 'text.en': 'translation' }
      : { 'text.en': 'text', 'text.vi': 'translation' };
  template.builder.quote(
    raw,
    template.origin(row, { ...textColumns, note: 'note', date: 'date', eventId: 'event' }),
  );
}
