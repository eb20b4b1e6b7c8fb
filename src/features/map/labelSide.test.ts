import { describe, expect, it } from 'vitest';
import type { Place } from '@/domain/schema';
import { labelSide } from './labelSide';

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

describe('labelSide', () => {
  it('puts the label on the left when a neighbour sits just to the east', () => {
    expect(labelSide(geneva, [geneva, budapest, stockholm, delhi])).toBe('left');
  });
  it('keeps it on the right otherwise', () => {
    expect(labelSide(budapest, [geneva, budapest, stockholm, delhi])).toBe('right');
    expect(labelSide(stockholm, [geneva, budapest, stockholm, delhi])).toBe('right');
    expect(labelSide(geneva, [geneva, delhi])).toBe('right');
  });
});
