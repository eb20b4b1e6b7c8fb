import type { Place } from '@/domain/schema';

/**
 * Which side of its marker a place's name goes: left where another place sits just to the east
 * (Geneva, with Budapest beside it), so that neighbouring labels do not run into each other.
 */
export function labelSide(place: Place, others: readonly Place[]): 'left' | 'right' {
  const crowdedEast = others.some(
    (other) =>
      other.id !== place.id &&
      other.lon - place.lon > 0 &&
      other.lon - place.lon < 16 &&
      Math.abs(other.lat - place.lat) < 8,
  );
  return crowdedEast ? 'left' : 'right';
}
