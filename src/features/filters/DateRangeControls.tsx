import { useId, type ReactNode } from 'react';
import { isCalendarDate } from '@/domain/dates';
import { withRangeEnd, type DateRange } from '@/domain/dateRange';
import { findPeriod, PERIODS } from '@/domain/periods';
import { useI18n } from '@/i18n/I18nProvider';
import './filters.css';

export interface DateRangeControlsProps {
  range: DateRange;
  /** The dataset's first and last days, shown where the range is open. */
  extent: DateRange;
  onChange: (range: DateRange) => void;
  /** More buttons on the row, after the periods (Reset). */
  actions?: ReactNode;
}

/** Two labelled date inputs and the story's periods as presets; all drive one range. */
export function DateRangeControls({ range, extent, onChange, actions }: DateRangeControlsProps) {
  const { t } = useI18n();
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  const active = findPeriod(range);

  function commit(end: 'from' | 'to', value: string) {
    // An emptied input opens that end of the range; a half-typed date changes nothing. The other
    // end is the one on screen (during playback, the window's).
    if (value === '') onChange(withRangeEnd(range, end, null));
    else if (isCalendarDate(value)) onChange(withRangeEnd(range, end, value));
  }

  return (
    <div className="range-controls">
      <div className="range-controls__dates">
        <div className="field">
          <label htmlFor={fromId}>{t.from}</label>
          <input
            id={fromId}
            type="date"
            value={range.from ?? extent.from ?? ''}
            min={extent.from ?? undefined}
            max={range.to ?? extent.to ?? undefined}
            aria-describedby={hintId}
            onChange={(e) => commit('from', e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{t.to}</label>
          <input
            id={toId}
            type="date"
            value={range.to ?? extent.to ?? ''}
            min={range.from ?? extent.from ?? undefined}
            max={extent.to ?? undefined}
            aria-describedby={hintId}
            onChange={(e) => commit('to', e.currentTarget.value)}
          />
        </div>
      </div>
      <div className="range-controls__presets" role="group" aria-label={t.periods}>
        {PERIODS.map((period) => (
          <button
            key={period.id}
            type="button"
            className="chip"
            aria-pressed={active === period.id}
            onClick={() => onChange(period.range)}
          >
            {t.period[period.id]}
          </button>
        ))}
      </div>
      {actions}
      <p id={hintId} className="range-controls__hint">
        {t.rangeHint}
      </p>
    </div>
  );
}
