import { useQuery } from '@tanstack/react-query';
import { latLngBounds, type LeafletKeyboardEvent, type Marker as LeafletMarker } from 'leaflet';
// Ours before Leaflet's, as when ours were global: where both match alike, Leaflet's wins.
import './DiplomacyMap.css';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, Marker, Tooltip, useMap, ZoomControl } from 'react-leaflet';
import { basemapQueryOptions } from '@/data/basemapQuery';
import type { PlaceSummary } from '@/domain/aggregate';
import type { DiplomaticEvent } from '@/domain/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { BASEMAP_COLORS, useTheme } from '@/theme/ThemeProvider';
import { labelSide } from './labelSide';
import { MapExporter } from './MapExporter';
import { createPlaceIcon, MARKER_CLASSES } from './markerIcon';

export interface DiplomacyMapProps {
  summaries: readonly PlaceSummary[];
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  selectedPlaceId: string | null;
  /** The place of the selected event: marked as a selected place is, but not pressed. */
  selectedEventPlaceId?: string | null;
  onSelectPlace: (placeId: string | null) => void;
}

/** The meeting places on an offline basemap; each marker is a keyboard-operable button. */
export default function DiplomacyMap({
  summaries,
  eventsById,
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
  const places = useMemo(() => summaries.map((s) => s.place), [summaries]);
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
        {summaries.map((summary) => (
          <PlaceMarker
            key={summary.place.id}
            summary={summary}
            side={labelSide(summary.place, places)}
            eventsById={eventsById}
            selected={summary.place.id === selectedPlaceId}
            marked={
              summary.place.id === selectedPlaceId || summary.place.id === selectedEventPlaceId
            }
            onSelect={onSelectPlace}
          />
        ))}
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

/** A marker's tooltip lists a place's latest events, this many at most. */
const TOOLTIP_EVENTS = 5;

interface PlaceMarkerProps {
  summary: PlaceSummary;
  side: 'left' | 'right';
  eventsById: ReadonlyMap<string, DiplomaticEvent>;
  /** The place is the one selected (the marker is pressed). */
  selected: boolean;
  /** The place is selected, or holds the selected event: it carries the selection's ring. */
  marked: boolean;
  onSelect: (placeId: string | null) => void;
}

function PlaceMarker({ summary, side, eventsById, selected, marked, onSelect }: PlaceMarkerProps) {
  const { t, pick, date } = useI18n();
  const markerRef = useRef<LeafletMarker>(null);
  const name = pick(summary.place.name);
  const accessibleName = t.markerName(name, summary.eventCount, summary.notHeldCount);
  // Made again only when what it shows changes, not whenever the summaries are recomputed: a
  // new icon costs a DOM rebuild per marker.
  const { eventCount, maxTension, heldCount } = summary;
  const icon = useMemo(
    () => createPlaceIcon({ eventCount, maxTension, heldCount }, name, accessibleName, side),
    [eventCount, maxTension, heldCount, name, accessibleName, side],
  );

  // Selection changes the element in place: a new icon would drop keyboard focus.
  useEffect(
    function reflectSelection() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-pressed', String(selected));
      element.classList.toggle(MARKER_CLASSES.selected, marked);
      markerRef.current?.setZIndexOffset(marked ? 1000 : 0);
    },
    [selected, marked, icon],
  );

  const eventHandlers = useMemo(
    () => ({
      click: () => onSelect(selected ? null : summary.place.id),
      keypress: (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          e.originalEvent.preventDefault();
          onSelect(selected ? null : summary.place.id);
        }
      },
    }),
    [onSelect, selected, summary.place.id],
  );

  return (
    <Marker
      ref={markerRef}
      position={[summary.place.lat, summary.place.lon]}
      icon={icon}
      keyboard
      riseOnHover
      eventHandlers={eventHandlers}
    >
      <Tooltip direction="auto" className="place-tooltip">
        <strong>{name}</strong>
        <ul>
          {summary.eventIds.slice(-TOOLTIP_EVENTS).map((id) => {
            const event = eventsById.get(id);
            if (!event) return null;
            return (
              <li key={id}>
                {date(event.date, event.datePrecision)}: {pick(event.title)}
                {event.status === 'held' ? '' : ` (${t.status[event.status]})`}
              </li>
            );
          })}
        </ul>
        {summary.eventIds.length > TOOLTIP_EVENTS ? (
          <p>{t.tooltipEarlier(summary.eventIds.length - TOOLTIP_EVENTS)}</p>
        ) : null}
      </Tooltip>
    </Marker>
  );
}
