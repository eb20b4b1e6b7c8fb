import { fromDayNumber } from '@/domain/dataset/dates';
import type { TimelineCell } from '@/domain/query/timelineCells';
import { useI18n } from '@/i18n/I18nProvider';
import './chartTooltip.css';

export interface CellTooltipProps {
  cell: TimelineCell;
}

/** A cell that stands for many events: how many, when, and how tense on average. */
export function CellTooltip({ cell }: CellTooltipProps) {
  const { t, date, number } = useI18n();
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t.eventCount(cell.count)}</p>
      <p className="chart-tooltip__meta">
        {date(fromDayNumber(cell.firstDay), 'day')} – {date(fromDayNumber(cell.lastDay), 'day')}
      </p>
      <p className="chart-tooltip__score">
        {cell.tension === null ? (
          t.notScored
        ) : (
          <>
            {t.meanTension}: <strong>{number(cell.tension)}</strong>
            {cell.low !== null && cell.high !== null && cell.low !== cell.high
              ? ` (${t.colRange.toLowerCase()} ${t.rangeShort(number(cell.low), number(cell.high))})`
              : ''}
          </>
        )}
      </p>
      <p className="chart-tooltip__meta">{t.clickToZoom}</p>
    </div>
  );
}
