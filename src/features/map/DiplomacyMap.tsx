import { useQuery } from '@tanstack/react-query';
import { latLngBounds, Marker as LeafletMarker, Point, type LeafletKeyboardEvent } from 'leaflet';
// Ours before Leaflet's, as when ours were global: where both match alike, Leaflet's wins.
import './DiplomacyMap.css';
import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { GeoJSON, MapContainer, useMap, ZoomControl } from 'react-leaflet';
import { basemapQueryOptions } from '@/data/basemapQuery';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import type { Place } from '@/domain/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { BASEMAP_COLORS, useTheme } from '@/theme/ThemeProvider';
import { labelSides } from './labelSide';
import { MapExporter } from './MapExporter';
import { makePlaceIcon, MARKER_CLASSES, updatePlaceIcon, type PlaceIcon } from './markerIcon';

export interface DiplomacyMapProps {
  summaries: readonly PlaceSummary[];
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
        <PlaceMarkers
          summaries={summaries}
          placesById={placesById}
          selectedPlaceId={selectedPlaceId}
          selectedEventPlaceId={selectedEventPlaceId}
          onSelectPlace={onSelectPlace}
        />
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

interface PlaceMarkersProps {
  summaries: readonly PlaceSummary[];
  placesById: ReadonlyMap<string, Place>;
  selectedPlaceId: string | null;
  selectedEventPlaceId: string | null;
  onSelectPlace: (placeId: string | null) => void;
}

/** A place's marker, made the first time the place is shown and kept for the dataset. */
interface PlaceMarkerEntry {
  marker: LeafletMarker;
  parts: PlaceIcon;
  /** What its icon shows now (see showSummaries). */
  look: string;
  /** It carries the selection's ring, and is drawn over the others. */
  marked: boolean;
}

/**
 * The places' markers, made with Leaflet rather than a React component each: one marker per
 * place for the dataset, made when the place is first shown; a filter change updates the
 * markers' elements in place (size, colour, held or not, name, pressed, the selection's ring)
 * and takes the markers of places without events off the map, rather than making new icons,
 * which rebuilt every marker's DOM. Done before the frame is painted (a layout effect), so the
 * map shows a change in the same frame as the rest of the page.
 */
function PlaceMarkers(props: PlaceMarkersProps) {
  const { summaries, placesById, selectedPlaceId, selectedEventPlaceId } = props;
  const map = useMap();
  const i18n = useI18n();
  const sides = useMemo(() => labelSides(placesById.values()), [placesById]);
  // What the markers' handlers and tooltips read when they run: they are made once.
  const latest = useRef({ props, i18n, byPlace: new Map<string, PlaceSummary>() });
  const store = useRef<{ places: typeof placesById; markers: Map<string, PlaceMarkerEntry> }>({
    places: placesById,
    markers: new Map(),
  });

  useLayoutEffect(
    function showSummaries() {
      latest.current = {
        props,
        i18n,
        byPlace: new Map(summaries.map((s) => [s.place.id, s])),
      };
      if (store.current.places !== placesById) {
        for (const { marker } of store.current.markers.values()) marker.remove();
        store.current = { places: placesById, markers: new Map() };
      }
      const { markers } = store.current;
      const { t, pick } = i18n;
      const shown = new Set<string>();
      for (const summary of summaries) {
        const id = summary.place.id;
        shown.add(id);
        let entry = markers.get(id);
        if (!entry) {
          entry = makePlaceMarker(summary.place, sides.get(id) ?? 'right', latest);
          markers.set(id, entry);
        }
        // What the marker shows, in the page's language: unchanged, nothing to update.
        const look = `${summary.eventCount} ${summary.heldCount} ${summary.notHeldCount} ${summary.maxTension} ${i18n.lang}`;
        if (entry.look !== look) {
          entry.look = look;
          const name = pick(summary.place.name);
          const accessibleName = t.markerName(name, summary.eventCount, summary.notHeldCount);
          const resized = updatePlaceIcon(entry.parts, summary, name, accessibleName);
          if (resized && map.hasLayer(entry.marker)) placeMarkerElement(entry);
        }
        if (!map.hasLayer(entry.marker)) entry.marker.addTo(map);
        const selected = id === selectedPlaceId;
        const marked = selected || id === selectedEventPlaceId;
        // A marker put back on the map has a new element: these are set on it too.
        const element = entry.marker.getElement();
        if (element) {
          if (element.getAttribute('aria-pressed') !== String(selected))
            element.setAttribute('aria-pressed', String(selected));
          element.classList.toggle(MARKER_CLASSES.selected, marked);
        }
        if (entry.marked !== marked) {
          entry.marked = marked;
          entry.marker.setZIndexOffset(marked ? 1000 : 0);
        }
      }
      for (const [id, { marker }] of markers)
        if (!shown.has(id) && map.hasLayer(marker)) marker.remove();
    },
    [props, i18n, map, summaries, placesById, sides, selectedPlaceId, selectedEventPlaceId],
  );
  useEffect(
    () =>
      function removeMarkers() {
        for (const { marker } of store.current.markers.values()) marker.remove();
      },
    [],
  );
  return null;
}

interface Latest {
  props: PlaceMarkersProps;
  i18n: ReturnType<typeof useI18n>;
  byPlace: ReadonlyMap<string, PlaceSummary>;
}

/** A keyboard-operable marker for a place; pressing it selects the place, or clears it. */
function makePlaceMarker(
  place: Place,
  side: 'left' | 'right',
  latest: { readonly current: Latest },
): PlaceMarkerEntry {
  const parts = makePlaceIcon(side);
  const marker = new LeafletMarker([place.lat, place.lon], {
    icon: parts.icon,
    keyboard: true,
    riseOnHover: true,
  });
  const toggle = () => {
    const { selectedPlaceId, onSelectPlace } = latest.current.props;
    onSelectPlace(selectedPlaceId === place.id ? null : place.id);
  };
  marker.on('click', toggle);
  marker.on('keypress', (e: LeafletKeyboardEvent) => {
    const key = e.originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      e.originalEvent.preventDefault();
      toggle();
    }
  });
  // Written when it opens, from the filters then shown: nothing of it is made before.
  marker.bindTooltip(() => placeTooltip(place, latest.current), {
    direction: 'auto',
    className: 'place-tooltip',
  });
  return { marker, parts, look: '', marked: false };
}

/** A marker whose circle changed size, placed again around its position. */
function placeMarkerElement({ marker, parts }: PlaceMarkerEntry) {
  const element = marker.getElement();
  const size = parts.icon.options.iconSize;
  if (!element || !(size instanceof Point)) return;
  element.style.width = `${size.x}px`;
  element.style.height = `${size.y}px`;
  element.style.marginLeft = `${-size.x / 2}px`;
  element.style.marginTop = `${-size.y / 2}px`;
}

/** The place's name and its latest events in the filters, built with the DOM (no markup). */
function placeTooltip(place: Place, { i18n, byPlace }: Latest): HTMLElement {
  const { t, pick, date } = i18n;
  const root = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = pick(place.name);
  const list = document.createElement('ul');
  const summary = byPlace.get(place.id);
  // Its latest events, newest first, as the index gives them (none made before it opens).
  for (const event of summary?.latest(TOOLTIP_EVENTS) ?? []) {
    const item = document.createElement('li');
    item.textContent = `${date(event.date, event.datePrecision)}: ${pick(event.title)}${
      event.status === 'held' ? '' : ` (${t.status[event.status]})`
    }`;
    list.append(item);
  }
  root.append(name, list);
  const count = summary?.eventCount ?? 0;
  if (count > TOOLTIP_EVENTS) {
    const earlier = document.createElement('p');
    earlier.textContent = t.tooltipEarlier(count - TOOLTIP_EVENTS);
    root.append(earlier);
  }
  return root;
}
