import { DivIcon } from 'leaflet';
import type { PlaceSummary } from '@/domain/aggregate';
import { tensionColor } from '@/domain/tension';
import { markerDiameter } from './markerSize';

/** The marker's parts, as its CSS (DiplomacyMap.css) and its picture (exportMap.ts) find them. */
export const MARKER_CLASSES = {
  circle: 'place-marker__circle',
  label: 'place-marker__label',
  selected: 'place-marker--selected',
} as const;

/**
 * A place's marker: a circle sized by its events and coloured by its highest tension, dashed when
 * none of its events was held, and a visible label. The element is built with the DOM, never from
 * an HTML string, so no text from the data can become markup. `accessibleName` is what a screen
 * reader says for the marker button Leaflet makes of it.
 */
export function createPlaceIcon(
  summary: Pick<PlaceSummary, 'eventCount' | 'maxTension' | 'heldCount'>,
  label: string,
  accessibleName: string,
  side: 'left' | 'right',
): DivIcon {
  const size = markerDiameter(summary.eventCount);
  const root = document.createElement('span');
  root.className = 'place-marker__inner';

  const circle = document.createElement('span');
  circle.className = MARKER_CLASSES.circle;
  if (summary.heldCount === 0) circle.classList.add(`${MARKER_CLASSES.circle}--not-held`);
  circle.style.width = `${size}px`;
  circle.style.height = `${size}px`;
  circle.style.setProperty('--fill', tensionColor(summary.maxTension));
  circle.setAttribute('aria-hidden', 'true');

  const text = document.createElement('span');
  text.className = `${MARKER_CLASSES.label} ${MARKER_CLASSES.label}--${side}`;
  text.setAttribute('aria-hidden', 'true');
  text.textContent = label;

  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = accessibleName;

  root.append(circle, text, name);
  return new DivIcon({
    html: root,
    className: 'place-marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    // A little past the circle's edge, on whichever side the tooltip opens.
    tooltipAnchor: [size / 2 + 6, 0],
  });
}
