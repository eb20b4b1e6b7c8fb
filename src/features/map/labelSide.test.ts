import { describe, expect, it } from 'vitest';
import type { Place } from '@/domain/dataset/schema';
import { labelSides } from './labelSide';

const place = (id: string, lat: number, lon: number): Place => ({
  id,
  name: { en: id, vi: id },
  country: 'XX',
  lat,
  lon,
});
const geneva = place('geneva', 46.2, 6.14);
const budapest = place('budapest', 47.5, 19.04);
const stockholm = place('stockholm', 59.33, 18.07);
const delhi = place('new-delhi', 28.61, 77.21);

describe('labelSides', () => {
  it('puts the label on the left when a neighbour sits just to the east', () => {
    expect(labelSides([geneva, budapest, stockholm, delhi]).get('geneva')).toBe('left');
  });
  it('keeps it on the right otherwise', () => {
    const sides = labelSides([delhi, stockholm, budapest, geneva]);
    expect(sides.get('budapest')).toBe('right');
    expect(sides.get('stockholm')).toBe('right');
    expect(sides.get('new-delhi')).toBe('right');
    expect(labelSides([geneva, delhi]).get('geneva')).toBe('right');
  });
  it('answers as comparing every pair would, for many places', () => {
    const places = Array.from({ length: 300 }, (_, i) =>
      place(`p${i}`, ((i * 37) % 140) - 60, ((i * 73) % 350) - 175),
    );
    const sides = labelSides(places);
    for (const p of places) {
      const crowded = places.some(
        (o) =>
          o.id !== p.id && o.lon - p.lon > 0 && o.lon - p.lon < 16 && Math.abs(o.lat - p.lat) < 8,
      );
      expect(sides.get(p.id)).toBe(crowded ? 'left' : 'right');
    }
  });
});
