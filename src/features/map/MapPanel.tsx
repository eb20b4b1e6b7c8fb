import { lazy, memo, useMemo } from 'react';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import type { Place } from '@/domain/dataset/schema';
import { TENSION_BANDS, TENSION_COLORS, UNSCORED_COLOR } from '@/domain/scoring/tensionBands';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Panel } from '@/components/Panel';
import { WhenNearScreen } from '@/components/WhenNearScreen';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n/I18nProvider';
import { DOM_MARKER_LIMIT, markerDiameter } from './markerSize';
import { PlaceList } from './PlaceList';

/** Places the map's text alternative names; the rest are counted. */
const DESCRIBED_PLACES = 20;
import './MapPanel.css';

/** Leaflet and the map, in their own chunk: fetched when the page is idle or the map is near. */
export const loadDiplomacyMap = () => import('./DiplomacyMap');
const DiplomacyMap = lazy(loadDiplomacyMap);

export interface MapPanelProps {
  summaries: readonly PlaceSummary[];
  /** The dataset's most events at a place: circles are sized against it. */
  largest: number;
  /** Every place of the dataset. */
  placesById: ReadonlyMap<string, Place>;
  /** The dataset has no places at all (a TimelineJS timeline): the map says so. */
  noPlacesInData?: boolean;
  selectedPlaceId: string | null;
  /** The place of the selected event, marked as the selected place is. */
  selectedEventPlaceId: string | null;
  onSelectPlace: (placeId: string | null) => void;
}

/** Memoised: it re-renders when what it draws changes, not on every filter keystroke. */
export const MapPanel = memo(function MapPanel(props: MapPanelProps) {
  const { summaries, selectedPlaceId, onSelectPlace } = props;
  const { t, pick } = useI18n();
  const mapPlaceholder = (
    <div className="map-frame map-frame--loading">
      <Spinner label={t.mapLoading} />
    </div>
  );
  const empty = props.noPlacesInData ? t.mapNoPlacesInData : t.mapNoPlaces;
  // The busiest places by name, the rest counted: a paragraph of bounded length whatever the data.
  const described = useMemo(
    () => [...summaries].sort((a, b) => b.eventCount - a.eventCount).slice(0, DESCRIBED_PLACES),
    [summaries],
  );
  const more = summaries.length - described.length;
  const description =
    summaries.length === 0
      ? empty
      : t.mapDescription(
          described
            .map((s) => t.markerName(pick(s.place.name), s.eventCount, s.notHeldCount))
            .concat(more > 0 ? [t.mapMorePlaces(more)] : [])
            .join('; '),
        );

  return (
    <Panel
      label={t.mapTitle}
      heading={t.mapHeading}
      caption={t.mapCaption}
      className="panel--map"
      actions={
        <button
          type="button"
          className="chip"
          aria-pressed={selectedPlaceId === null}
          onClick={() => onSelectPlace(null)}
        >
          {t.allPlaces}
        </button>
      }
    >
      <div className="map-wrap">
        <p className="visually-hidden">{description}</p>
        <ErrorBoundary fallback={<p role="alert">{t.viewError}</p>} resetKeys={[summaries]}>
          {/* Leaflet is built when the map comes near the screen, not before. */}
          <WhenNearScreen placeholder={mapPlaceholder}>
            <DiplomacyMap
              summaries={summaries}
              largest={props.largest}
              placesById={props.placesById}
              selectedPlaceId={selectedPlaceId}
              selectedEventPlaceId={props.selectedEventPlaceId}
              onSelectPlace={onSelectPlace}
            />
          </WhenNearScreen>
        </ErrorBoundary>
        {summaries.length === 0 ? <p className="map-wrap__empty">{empty}</p> : null}
      </div>
      {summaries.length > DOM_MARKER_LIMIT ? (
        <PlaceList
          summaries={summaries}
          selectedPlaceId={selectedPlaceId}
          onSelectPlace={onSelectPlace}
        />
      ) : null}
      <MapLegend />
    </Panel>
  );
});

function MapLegend() {
  const { t } = useI18n();
  return (
    <div className="legend" aria-label={t.tensionScale} role="group">
      <div className="legend__scale">
        <span className="legend__title">{t.tensionScale}</span>
        <ol className="legend__bands">
          {TENSION_BANDS.map((band, i) => (
            <li key={band.key}>
              <span
                className="legend__swatch"
                style={{ background: TENSION_COLORS[i] }}
                aria-hidden="true"
              />
              {band.min}–{band.max} {t.tensionBand[band.key]}
            </li>
          ))}
          <li>
            <span
              className="legend__swatch"
              style={{ background: UNSCORED_COLOR }}
              aria-hidden="true"
            />
            {t.legendUnscoredMap}
          </li>
        </ol>
      </div>
      <div className="legend__marks">
        <span className="legend__item">
          <span
            className="legend__circle"
            style={{ width: markerDiameter(1), height: markerDiameter(1) }}
            aria-hidden="true"
          />
          {t.legendHeld}
        </span>
        <span className="legend__item">
          <span
            className="legend__circle legend__circle--not-held"
            style={{ width: markerDiameter(1), height: markerDiameter(1) }}
            aria-hidden="true"
          />
          {t.legendPlanned}
        </span>
        <span className="legend__item muted">{t.legendSize}</span>
      </div>
    </div>
  );
}
