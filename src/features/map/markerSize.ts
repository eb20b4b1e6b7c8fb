/** Past this many places on the map, they are drawn on its canvas, not as a DOM marker each. */
export const DOM_MARKER_LIMIT = 60;

/** Above this many events at its busiest place, a dataset's circles are scaled to it. */
const SCALED_FROM = 16;
/** The largest circle, in pixels, on a dataset whose circles are scaled. */
const LARGEST = 36;

/**
 * Circle diameter in pixels by number of events: area grows with the count. On a dataset with
 * many events a place (an import), areas are shares of its busiest place's count (`largest`,
 * fixed for the dataset so that sizes hold still while the range moves), so no circle outgrows the
 * map. Leaflet-free, so the legend can use it before the map loads.
 */
export function markerDiameter(eventCount: number, largest = 0): number {
  if (largest <= SCALED_FROM) return Math.round(10 + 9 * Math.sqrt(eventCount));
  return Math.round(10 + (LARGEST - 10) * Math.sqrt(Math.min(1, eventCount / largest)));
}
