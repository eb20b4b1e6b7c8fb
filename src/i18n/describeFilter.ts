/** The filtered view in one sentence, for the status line, the page title and the pictures. */
import type { DateRange } from '@/domain/dateRange';
import type { I18n } from './I18nProvider';

export interface FilterDescription {
  shown: number;
  total: number;
  placeName: string | null;
  range: DateRange;
  /** The dataset's dates, said where the range is open. */
  extent: DateRange;
}

/** "Showing 2 of 20 events in Geneva, 1 January 2022 – 31 December 2022" */
export function describeFilter(
  { t, date }: Pick<I18n, 't' | 'date'>,
  { shown, total, placeName, range, extent }: FilterDescription,
): string {
  const from = range.from ?? extent.from;
  const to = range.to ?? extent.to;
  return t.viewSummary({
    shown,
    total,
    place: placeName,
    from: from === null ? null : date(from, 'day'),
    to: to === null ? null : date(to, 'day'),
  });
}
