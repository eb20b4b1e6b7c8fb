import type { Place } from '@/domain/dataset/schema';

/** A neighbour this close to the east (degrees of longitude and latitude) crowds a label. */
const EAST = 16;
const NORTH_SOUTH = 8;

/**
 * Which side of its marker each place's name goes: left where another place sits just to the
 * east (Geneva, with Budapest beside it), so that neighbouring labels do not run into each other.
 * Once per set of places: the places sorted by longitude, each compared only with those east of
 * it within reach.
 */
export function labelSides(places: Iterable<Place>): Map<string, 'left' | 'right'> {
  const byLon = [...places].sort((a, b) => a.lon - b.lon);
  const sides = new Map<string, 'left' | 'right'>();
  byLon.forEach((place, i) => {
    let crowded = false;
    for (let j = i + 1; j < byLon.length; j++) {
      const other = byLon[j];
      if (!other || other.lon - place.lon >= EAST) break;
      const east = other.lon - place.lon;
      crowded = east > 0 && Math.abs(other.lat - place.lat) < NORTH_SOUTH && other.id !== place.id;
      if (crowded) break;
    }
    sides.set(place.id, crowded ? 'left' : 'right');
  });
  return sides;
}
