import { lazy, Suspense } from 'react';
import type { DiplomaticEvent, Place } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import type { ChartPoint } from './labels';
import './chartTooltip.css';

/**
 * How the score is made, with the CAMEO codebook that names the acts: fetched once the reader
 * starts using the page (usePrefetchViews), not with the chart on the first screen.
 */
const TensionBreakdown = lazy(() =>
  import('./TensionBreakdown').then((m) => ({ default: m.TensionBreakdown })),
);

export interface PointTooltipProps {
  point: ChartPoint;
  /** The event's record, read when the tooltip shows it. */
  event: DiplomaticEvent | undefined;
  placesById: ReadonlyMap<string, Place>;
}

/** The event under the pointer: its title, date, place, kind, score and how the score is made. */
export function PointTooltip({ point, event, placesById }: PointTooltipProps) {
  const { t, pick, date, number } = useI18n();
  const place = point.placeId === null ? undefined : placesById.get(point.placeId);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{event ? pick(event.title) : point.eventId}</p>
      <p className="chart-tooltip__meta">
        {date(point.date, point.datePrecision)} · {place ? pick(place.name) : t.noPlace} ·{' '}
        {t.kind[point.kind]}
        {point.status === 'held' ? '' : ` · ${t.status[point.status]}`}
      </p>
      <p className="chart-tooltip__score">
        {t.colTension}:{' '}
        <strong>{point.tension === null ? t.notScored : number(point.tension)}</strong>
        {point.tension !== null &&
        point.tensionRange &&
        point.tensionRange[0] !== point.tensionRange[1]
          ? ` (${t.colRange.toLowerCase()} ${t.rangeShort(number(point.tensionRange[0]), number(point.tensionRange[1]))})`
          : ''}
      </p>
      {event ? (
        <Suspense fallback={null}>
          <TensionBreakdown event={event} compact />
        </Suspense>
      ) : null}
    </div>
  );
}
