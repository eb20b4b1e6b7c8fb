import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildBasemap, unwrapRing, type CountryFeature } from './geo';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const basemap = buildBasemap(topology);
const country = (name: string) => basemap.features.find((f) => f.properties.name === name)!;

/** Largest jump in longitude between consecutive points of any ring: above 180 means a streak. */
function largestLongitudeJump({ geometry }: CountryFeature): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = 0;
  for (const ring of polygons.flat())
    for (let i = 1; i < ring.length; i++)
      largest = Math.max(largest, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
  return largest;
}

describe('unwrapRing', () => {
  it('continues across the antimeridian instead of jumping back', () => {
    expect(
      unwrapRing([
        [179, 60],
        [-179, 61],
        [-178, 62],
        [179, 60],
      ]),
    ).toEqual([
      [179, 60],
      [181, 61],
      [182, 62],
      [179, 60],
    ]);
  });
  it('leaves an ordinary ring alone', () => {
    const ring = [
      [6, 46],
      [7, 46],
      [7, 47],
      [6, 46],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('buildBasemap', () => {
  it('draws Russia and Fiji without a streak across the map', () => {
    for (const name of ['Russia', 'Fiji']) {
      expect(largestLongitudeJump(country(name))).toBeLessThan(180);
    }
    expect(basemap.features.every((f) => largestLongitudeJump(f) < 180)).toBe(true);
  });

  it('shows Chukotka on both sides of the antimeridian', () => {
    const geometry = country('Russia').geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const lons = polygons.flatMap((rings) => rings.flatMap((ring) => ring.map((p) => p[0]!)));
    expect(Math.max(...lons)).toBeGreaterThan(180);
    expect(Math.min(...lons)).toBeLessThan(-170);
  });

  it('leaves out Antarctica and keeps the countries of the story', () => {
    const names = basemap.features.map((f) => f.properties.name);
    expect(names).not.toContain('Antarctica');
    for (const name of [
      'United States of America',
      'Russia',
      'Ukraine',
      'Switzerland',
      'Sweden',
      'India',
      'Hungary',
    ]) {
      expect(names).toContain(name);
    }
  });
});
