import { useId, useMemo } from 'react';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import { usePages } from '@/hooks/usePages';
import { useI18n } from '@/i18n/I18nProvider';

/** Places listed at a time. */
const LIST_PAGE = 12;

export interface PlaceListProps {
  summaries: readonly PlaceSummary[];
  selectedPlaceId: string | null;
  onSelectPlace: (placeId: string | null) => void;
}

/**
 * The places as buttons, most events first, a page at a time: on a map with too many places for
 * a focusable marker each (they are drawn on its canvas), the keyboard's and screen reader's way
 * to choose one, and a reader's way to find the busiest.
 */
export function PlaceList({ summaries, selectedPlaceId, onSelectPlace }: PlaceListProps) {
  const { t, pick } = useI18n();
  const headingId = useId();
  const sorted = useMemo(
    () => [...summaries].sort((a, b) => b.eventCount - a.eventCount),
    [summaries],
  );
  const pages = usePages(sorted, sorted.length, LIST_PAGE);
  return (
    <div className="place-list">
      <p id={headingId} className="place-list__heading">
        {t.placeListHeading(sorted.length)}
      </p>
      <ul aria-labelledby={headingId}>
        {sorted.slice(0, pages.limit).map((s, i) => {
          const pressed = s.place.id === selectedPlaceId;
          return (
            <li key={s.place.id}>
              <button
                type="button"
                className="chip"
                ref={pages.focusRef(i)}
                aria-pressed={pressed}
                onClick={() => onSelectPlace(pressed ? null : s.place.id)}
              >
                {t.markerName(pick(s.place.name), s.eventCount, s.notHeldCount)}
              </button>
            </li>
          );
        })}
      </ul>
      {pages.hidden > 0 ? (
        <button type="button" className="chip" onClick={pages.showMore}>
          {t.showMore(pages.nextPage)}
        </button>
      ) : null}
    </div>
  );
}
