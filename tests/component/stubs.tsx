/**
 * Stand-ins for the lazily loaded map and chart in jsdom, where Leaflet and Recharts cannot
 * measure layout. They draw nothing but expose the inputs the real views receive, as controls a
 * test can use: one button per marker (named like the real marker) and one per timeline point.
 */
import type { DiplomacyMapProps } from '@/features/map/DiplomacyMap';
import type { TensionChartProps } from '@/features/timeline/TensionChart';
import { useI18n } from '@/i18n/I18nProvider';

export function MapStub({ summaries, selectedPlaceId, onSelectPlace }: DiplomacyMapProps) {
  const { t, pick } = useI18n();
  return (
    <div data-testid="map-stub">
      {summaries.map((s) => (
        <button
          key={s.place.id}
          type="button"
          aria-pressed={s.place.id === selectedPlaceId}
          data-max-tension={s.maxTension}
          onClick={() => onSelectPlace(s.place.id === selectedPlaceId ? null : s.place.id)}
        >
          {t.markerName(pick(s.place.name), s.eventCount, s.notHeldCount)}
        </button>
      ))}
    </div>
  );
}

export function ChartStub({
  timeline,
  domain,
  eventsById,
  onSelectEvent,
  onRangeChange,
}: TensionChartProps) {
  const { pick } = useI18n();
  return (
    <div data-testid="chart-stub" data-domain={domain.join(',')} data-kind={timeline.kind}>
      <ol>
        {timeline.marks.map((p) => {
          const event = eventsById.get(p.eventId);
          return (
            <li key={p.eventId} data-highlighted={p.highlighted} data-selected={p.selected}>
              <button type="button" onClick={() => onSelectEvent(p.eventId)}>
                point: {event ? pick(event.title) : p.eventId}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onRangeChange({ from: '2025-01-01', to: '2025-12-31' })}>
        brush 2025
      </button>
    </div>
  );
}
