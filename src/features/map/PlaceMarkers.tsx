/*
 * Markers as DOM DivIcons, kept (review 2026-12 §2.2: "Add CircleMarker on canvas / supercluster
 * for datasets with many places"), up to DOM_MARKER_LIMIT places (markerSize.ts): each is a
 * focusable marker, named and pressed or not, with a visible label, which a canvas circle cannot
 * be. Past that limit the map already draws canvas dots instead (PlaceDots.tsx, DiplomacyMap.tsx),
 * with the place list under it as the keyboard's way in. Clustering (supercluster) is not added:
 * a cluster would hide the places the chart and the story name behind a count.
 */
import { Marker as LeafletMarker, Point, type LeafletKeyboardEvent } from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import type { Place } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { labelSides } from './labelSide';
import { makePlaceIcon, MARKER_CLASSES, updatePlaceIcon, type PlaceIcon } from './markerIcon';
import { placeTooltip } from './placeTooltip';

export interface PlaceMarkersProps {
  /** The dataset's most events at a place: circles are sized against it (markerSize.ts). */
  largest: number;
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
export function PlaceMarkers(props: PlaceMarkersProps) {
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
          const resized = updatePlaceIcon(
            entry.parts,
            summary,
            name,
            accessibleName,
            props.largest,
          );
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
  marker.bindTooltip(
    () => placeTooltip(place, latest.current.byPlace.get(place.id), latest.current.i18n),
    {
      direction: 'auto',
      className: 'place-tooltip',
    },
  );
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
