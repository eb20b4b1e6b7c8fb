import { useId, type ReactNode } from 'react';
import { isCalendarDate } from '@/domain/dataset/dates';
import { withRangeEnd, type DateRange } from '@/domain/dataset/dateRange';
import { useDatasetIdentity } from '@/data/datasetOrigin';
import { extentPeriods } from '@/domain/viewState/extentPeriods';
import { PERIODS } from '@/domain/builtIn/periods';
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

/**
 * Two labelled date inputs and presets (the story's periods, or the years of other data); all
 * drive one range.
 */
export function DateRangeControls({ range, extent, onChange, actions }: DateRangeControlsProps) {
  const { t } = useI18n();
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  // The story's periods on the built-in data; on other data, its own years (review C7).
  const { builtIn } = useDatasetIdentity();
  const presets = builtIn
    ? PERIODS.map((period) => ({ id: period.id, label: t.period[period.id], range: period.range }))
    : extentPeriods(extent).map((period) => ({
        id: period.id,
        label: period.year === null ? t.period.all : String(period.year),
        range: period.range,
      }));
  const active = presets.find((p) => p.range.from === range.from && p.range.to === range.to)?.id;

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
        {presets.map((period) => (
          <button
            key={period.id}
            type="button"
            className="chip"
            aria-pressed={active === period.id}
            onClick={() => onChange(period.range)}
          >
            {period.label}
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
