import { DivIcon, point } from 'leaflet';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import { tensionColor } from '@/domain/scoring/tensionBands';
import { markerDiameter } from './markerSize';

/** The marker's parts, as its CSS (DiplomacyMap.css) and its picture (exportMap.ts) find them. */
export const MARKER_CLASSES = {
  circle: 'place-marker__circle',
  label: 'place-marker__label',
  selected: 'place-marker--selected',
} as const;

/** What a marker shows of its place's events in the filters. */
export type MarkerLook = Pick<PlaceSummary, 'eventCount' | 'maxTension' | 'heldCount'>;

/**
 * A place's icon and the elements in it, made once per place: a filter change updates them
 * (`updatePlaceIcon`) rather than making a new icon, which would rebuild the marker's DOM.
 */
export interface PlaceIcon {
  icon: DivIcon;
  circle: HTMLElement;
  label: HTMLElement;
  name: HTMLElement;
}

/**
 * A place's marker: a circle sized by its events and coloured by its highest tension, dashed when
 * none of its events was held, and a visible label. The element is built with the DOM, never from
 * an HTML string, so no text from the data can become markup. The name is what a screen reader
 * says for the marker button Leaflet makes of it.
 */
export function makePlaceIcon(side: 'left' | 'right'): PlaceIcon {
  const root = document.createElement('span');
  root.className = 'place-marker__inner';
  const circle = document.createElement('span');
  circle.className = MARKER_CLASSES.circle;
  circle.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = `${MARKER_CLASSES.label} ${MARKER_CLASSES.label}--${side}`;
  label.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  root.append(circle, label, name);
  return { icon: new DivIcon({ html: root, className: 'place-marker' }), circle, label, name };
}

/**
 * Shows `look` in a place's icon, changing only what differs. Sets the icon's size for Leaflet's
 * next placing of it, and returns whether the size changed (then the marker's element, placed
 * with the earlier size, must be placed again).
 */
export function updatePlaceIcon(
  parts: PlaceIcon,
  look: MarkerLook,
  label: string,
  accessibleName: string,
  /** The dataset's most events at a place (markerSize.ts). */
  largest = 0,
): boolean {
  const { icon, circle } = parts;
  const size = markerDiameter(look.eventCount, largest);
  const px = `${size}px`;
  const resized = circle.style.width !== px;
  if (resized) {
    circle.style.width = px;
    circle.style.height = px;
    icon.options.iconSize = point(size, size);
    icon.options.iconAnchor = point(size / 2, size / 2);
    // A little past the circle's edge, on whichever side the tooltip opens.
    icon.options.tooltipAnchor = point(size / 2 + 6, 0);
  }
  const fill = tensionColor(look.maxTension);
  if (circle.style.getPropertyValue('--fill') !== fill) circle.style.setProperty('--fill', fill);
  circle.classList.toggle(`${MARKER_CLASSES.circle}--not-held`, look.heldCount === 0);
  if (parts.label.textContent !== label) parts.label.textContent = label;
  if (parts.name.textContent !== accessibleName) parts.name.textContent = accessibleName;
  return resized;
}

/** A place's icon showing `look`: for a marker drawn once (and the tests). */
export function createPlaceIcon(
  look: MarkerLook,
  label: string,
  accessibleName: string,
  side: 'left' | 'right',
): DivIcon {
  const parts = makePlaceIcon(side);
  updatePlaceIcon(parts, look, label, accessibleName);
  return parts.icon;
}
