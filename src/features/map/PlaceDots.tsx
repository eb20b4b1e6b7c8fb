import { canvas, CircleMarker, Tooltip } from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { themeColor } from '@/components/themeColor';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import { tensionColor } from '@/domain/scoring/tensionBands';
import { useI18n } from '@/i18n/I18nProvider';
import { useTheme } from '@/theme/ThemeProvider';
import { markerDiameter } from './markerSize';
import { placeTooltip } from './placeTooltip';
import type { PlaceMarkersProps } from './PlaceMarkers';

/** Places named on the map in this mode: the busiest. The list under the map names the rest. */
export const LABELLED_DOTS = 8;

interface Dot {
  dot: CircleMarker;
  label: Tooltip | null;
}

/**
 * Many places as circles on the map's canvas (C9): a DOM marker each, with its label, costs too
 * much past a few dozen places. A filter change restyles the circles, one redraw of the canvas;
 * only the busiest few are named. Not focusable: the place list under the map (PlaceList) is
 * the keyboard's and screen reader's way to choose a place in this mode.
 */
export function PlaceDots({
  summaries,
  selectedPlaceId,
  selectedEventPlaceId,
  onSelectPlace,
  largest,
}: PlaceMarkersProps) {
  const map = useMap();
  const i18n = useI18n();
  const { theme } = useTheme();
  const dots = useRef(new Map<string, Dot>());
  // A canvas of their own over the basemap's: restyling the circles never redraws the countries.
  const renderer = useMemo(() => canvas({ padding: 0.2 }), []);
  // What the circles' handlers and tooltips read when they run: they are made once a place.
  const latest = useRef({ summaries: new Map<string, PlaceSummary>(), selectedPlaceId, i18n });

  useLayoutEffect(
    function showDots() {
      latest.current = {
        summaries: new Map(summaries.map((s) => [s.place.id, s])),
        selectedPlaceId,
        i18n,
      };
      // Canvas paths cannot read CSS variables: the theme's colours, resolved.
      const ink = themeColor('--ink', '#1c2541', map.getContainer());
      const selection = themeColor('--selection', '#1f4fd1', map.getContainer());
      const named = new Set(
        [...summaries]
          .sort((a, b) => b.eventCount - a.eventCount)
          .slice(0, LABELLED_DOTS)
          .map((s) => s.place.id),
      );
      const shown = new Set<string>();
      for (const summary of summaries) {
        const { place } = summary;
        shown.add(place.id);
        let entry = dots.current.get(place.id);
        if (!entry) {
          const dot = new CircleMarker([place.lat, place.lon], {
            renderer,
            bubblingMouseEvents: false,
          });
          dot.on('click', () =>
            latest.current.selectedPlaceId === place.id
              ? onSelectPlace(null)
              : onSelectPlace(place.id),
          );
          dot.bindTooltip(
            () => placeTooltip(place, latest.current.summaries.get(place.id), latest.current.i18n),
            { direction: 'auto', className: 'place-tooltip' },
          );
          entry = { dot, label: null };
          dots.current.set(place.id, entry);
        }
        const marked = place.id === selectedPlaceId || place.id === selectedEventPlaceId;
        const held = summary.heldCount > 0;
        entry.dot.setRadius(markerDiameter(summary.eventCount, largest) / 2);
        entry.dot.setStyle({
          color: marked ? selection : ink,
          weight: marked ? 3 : 1,
          fillColor: tensionColor(summary.maxTension),
          fillOpacity: held ? 0.9 : 0.2,
          dashArray: held ? undefined : '3 2',
        });
        if (!map.hasLayer(entry.dot)) entry.dot.addTo(map);
        if (marked) entry.dot.bringToFront();
        const name = i18n.pick(place.name);
        if (named.has(place.id) || marked) {
          entry.label ??= new Tooltip({
            permanent: true,
            direction: 'right',
            offset: [6, 0],
            className: 'place-dot-label',
            interactive: false,
          }).setLatLng([place.lat, place.lon]);
          if (entry.label.getContent() !== name) entry.label.setContent(name);
          if (!map.hasLayer(entry.label)) entry.label.addTo(map);
        } else if (entry.label && map.hasLayer(entry.label)) entry.label.remove();
      }
      for (const [id, entry] of dots.current)
        if (!shown.has(id)) {
          entry.dot.remove();
          entry.label?.remove();
        }
    },
    [
      map,
      renderer,
      summaries,
      selectedPlaceId,
      selectedEventPlaceId,
      onSelectPlace,
      largest,
      i18n,
      theme,
    ],
  );
  useEffect(
    () =>
      function removeDots() {
        for (const entry of dots.current.values()) {
          entry.dot.remove();
          entry.label?.remove();
        }
        dots.current.clear();
      },
    [],
  );
  return null;
}
