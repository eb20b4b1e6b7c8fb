import type { DateRange } from '@/domain/dateRange';
import { useI18n } from '@/i18n/I18nProvider';

export interface StatusLineProps {
  shown: number;
  total: number;
  quoteCount: number;
  placeName: string | null;
  range: DateRange;
  extent: DateRange;
}

/** "Showing 4 of 20 events in Geneva, 1 December 2021 – 31 October 2025 · 9 quotes", announced politely. */
export function StatusLine({
  shown,
  total,
  quoteCount,
  placeName,
  range,
  extent,
}: StatusLineProps) {
  const { t, date } = useI18n();
  const from = range.from ?? extent.from;
  const to = range.to ?? extent.to;
  return (
    <p role="status" className="status-line">
      <strong>{t.showing(shown, total)}</strong>
      {placeName ? t.inPlace(placeName) : ''}
      {from && to ? t.dateSpan(date(from, 'day'), date(to, 'day')) : ''}
      <span className="status-line__quotes"> · {t.quotesCount(quoteCount)}</span>
    </p>
  );
}
