/**
 * How a source is named to readers: publisher, headline and date, never the data's internal file
 * name. An article printed without a headline is named by its opening words.
 */
import type { Source } from '@/domain/dataset/schema';
import type { DatePrecision } from '@/domain/dataset/vocabulary';
import { safeHttpUrl } from '@/domain/dataset/safeUrl';
import type { Messages } from './messages';

export interface SourceLabel {
  publisher: string;
  /** The headline, or words that stand for it where the article has none. */
  headline: string;
  /** True where `headline` is the article's own (in its language), not our description. */
  isHeadline: boolean;
  date: string | null;
  /** The article's address, if it is a safe http(s) link. */
  url: string | null;
}

/** Words of the first paragraph, cut at a word: "Reuters dẫn nguồn tin ngoại giao cho hay…" */
function openingWords(text: string, words = 7): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words
    ? text
    : `${all
        .slice(0, words)
        .join(' ')
        .replace(/[,.;:]$/, '')}…`;
}

export function labelSource(
  source: Source,
  t: Messages,
  formatDate: (iso: string, precision: DatePrecision) => string,
): SourceLabel {
  const opening = source.paragraphs?.[0];
  return {
    publisher: source.publisher ?? t.noPublisher,
    headline: source.title ?? (opening ? t.untitledBeginning(openingWords(opening)) : t.untitled),
    isHeadline: source.title !== null,
    date: source.date ? formatDate(source.date, source.datePrecision ?? 'day') : null,
    url: source.url ? safeHttpUrl(source.url) : null,
  };
}

/** The label as one line of text: "VOV.VN, “Ngoại trưởng …”, December 2021" */
export function sourceLabelText(label: SourceLabel): string {
  const headline = label.isHeadline ? `“${label.headline}”` : label.headline;
  return [label.publisher, headline, label.date].filter(Boolean).join(', ');
}
