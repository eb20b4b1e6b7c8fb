/** Circle diameter in pixels by number of events: area grows with the count. Leaflet-free, so the legend can use it before the map loads. */
export function markerDiameter(eventCount: number): number {
  return Math.round(10 + 9 * Math.sqrt(eventCount));
}
