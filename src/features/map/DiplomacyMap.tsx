import { useQuery } from '@tanstack/react-query';
import { latLngBounds } from 'leaflet';
// Ours before Leaflet's, as when ours were global: where both match alike, Leaflet's wins.
import './DiplomacyMap.css';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, useMap, ZoomControl } from 'react-leaflet';
import { basemapQueryOptions } from '@/data/basemapQuery';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import type { Place } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { BASEMAP_COLORS, useTheme } from '@/theme/ThemeProvider';
import { MapExporter } from './MapExporter';
import { PlaceDots } from './PlaceDots';
import { DOM_MARKER_LIMIT } from './markerSize';
import { PlaceMarkers } from './PlaceMarkers';

export interface DiplomacyMapProps {
  summaries: readonly PlaceSummary[];
  /** The dataset's most events at a place: circles are sized against it (markerSize.ts). */
  largest: number;
  /** Every place of the dataset: where each place's label goes is decided among them all. */
  placesById: ReadonlyMap<string, Place>;
  selectedPlaceId: string | null;
  /** The place of the selected event: marked as a selected place is, but not pressed. */
  selectedEventPlaceId?: string | null;
  onSelectPlace: (placeId: string | null) => void;
}

/** The meeting places on an offline basemap; each marker is a keyboard-operable button. */
export default function DiplomacyMap({
  summaries,
  largest,
  placesById,
  selectedPlaceId,
  selectedEventPlaceId = null,
  onSelectPlace,
}: DiplomacyMapProps) {
  const { t, lang } = useI18n();
  const basemap = useQuery(basemapQueryOptions);
  const { theme } = useTheme();
  const countryStyle = useMemo(
    () => ({ ...BASEMAP_COLORS[theme], weight: 0.7, fillOpacity: 1 }),
    [theme],
  );
  const places = {
    summaries,
    largest,
    placesById,
    selectedPlaceId,
    selectedEventPlaceId,
    onSelectPlace,
  };
  return (
    <div className="map-frame">
      <MapContainer
        className="map"
        center={[45, 0]}
        zoom={2}
        minZoom={0}
        zoomSnap={0.25}
        zoomDelta={0.5}
        maxZoom={8}
        worldCopyJump={false}
        preferCanvas
        // No fades: Leaflet removes a faded label (a tooltip) 200 ms after its place leaves the
        // range, so the map would settle a fifth of a second after the other views.
        fadeAnimation={false}
        attributionControl
        zoomControl={false}
      >
        {/* Leaflet's own control is in English; its titles are set when it is made, so a new
            language makes a new one. */}
        <ZoomControl key={lang} zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
        {basemap.data ? (
          <GeoJSON
            // Canvas paths cannot use CSS variables: the layer is redrawn when the theme changes.
            key={theme}
            data={basemap.data}
            style={countryStyle}
            interactive={false}
            attribution="Natural Earth"
          />
        ) : null}
        <FitToPlaces summaries={summaries} />
        {/* The same places either way: DOM markers up to the limit, a canvas past it. */}
        {summaries.length > DOM_MARKER_LIMIT ? (
          <PlaceDots {...places} />
        ) : (
          <PlaceMarkers {...places} />
        )}
        {/* Last, so that the markers are on the map when the picture can be taken; and once the
            basemap has come (or failed), so that the picture has the countries. */}
        <MapExporter ready={basemap.isSuccess || basemap.isError} />
      </MapContainer>
      {basemap.isError ? (
        <p className="map-frame__notice" role="note">
          {t.mapBasemapError}
        </p>
      ) : null}
    </div>
  );
}

function FitToPlaces({ summaries }: { summaries: readonly PlaceSummary[] }) {
  const map = useMap();
  // A string of the positions, so the map refits when the set of places changes and not when a
  // selection re-renders the same places.
  const positions = summaries.map((s) => `${s.place.lat},${s.place.lon}`).join(';');
  const fitted = useRef(false);
  useEffect(
    function fitMapToMarkers() {
      if (positions === '') return;
      const bounds = latLngBounds(
        positions.split(';').map((p) => p.split(',').map(Number) as [number, number]),
      );
      // Refit only when a marker would be out of view: a new zoom re-projects every country,
      // the costliest part of a filter change.
      if (fitted.current && map.getBounds().pad(-0.05).contains(bounds)) return;
      fitted.current = true;
      // More room on the right, where the labels are.
      map.fitBounds(bounds, {
        paddingTopLeft: [40, 40],
        paddingBottomRight: [120, 40],
        maxZoom: 5,
        animate: false,
      });
    },
    [map, positions],
  );
  return null;
}
