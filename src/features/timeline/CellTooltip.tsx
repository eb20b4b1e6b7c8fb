import { fromDayNumber } from '@/domain/dates';
import { useI18n } from '@/i18n/I18nProvider';
import type { ChartPoint } from './labels';
import './chartTooltip.css';

export interface CellTooltipProps {
  point: ChartPoint;
}

/** A mark that stands for many events: how many, when, and how tense on average. */
export function CellTooltip({ point }: CellTooltipProps) {
  const { t, date, number } = useI18n();
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t.eventCount(point.count)}</p>
      <p className="chart-tooltip__meta">
        {date(fromDayNumber(point.firstDay), 'day')} – {date(fromDayNumber(point.lastDay), 'day')}
      </p>
      <p className="chart-tooltip__score">
        {point.tension === null ? (
          t.notScored
        ) : (
          <>
            {t.meanTension}: <strong>{number(point.tension)}</strong>
          </>
        )}
      </p>
      <p className="chart-tooltip__meta">{t.clickToZoom}</p>
    </div>
  );
}
