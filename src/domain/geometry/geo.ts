/**
 * The offline basemap: Natural Earth country shapes from world-atlas, made drawable on a flat
 * Leaflet map. world-atlas is spherical: rings that cross the antimeridian jump from +180° to
 * −180° (Russia's Chukotka, Fiji), which a flat map draws as a streak across the whole world.
 * Each ring is unwrapped to run continuously past ±180°, and features that then reach beyond the
 * map's edge get a copy shifted by 360°, so Chukotka shows both beside Alaska and beyond Siberia.
 * Antarctica, a ring around the pole that no flat projection closes, is left out: no event of
 * the story is near it.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const ANTARCTICA = '010';

/** unwrapRing([[179, 0], [-179, 1]]) → [[179, 0], [181, 1]] */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== null) {
      const delta = lon + offset - previous;
      if (delta > 180) offset -= 360;
      else if (delta < -180) offset += 360;
    }
    previous = lon + offset;
    out.push([lon + offset, lat]);
  }
  return out;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function shift(polygons: Position[][][], degrees: number): Position[][][] {
  return polygons.map((rings) =>
    rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + degrees, lat])),
  );
}

/** Unwraps every ring and adds a copy shifted by ±360° of any polygon that leaves −180…180. */
export function fixAntimeridian(country: CountryFeature): CountryFeature {
  const unwrapped = polygonsOf(country.geometry).map((rings) => rings.map(unwrapRing));
  const copies: Position[][][] = [];
  for (const polygon of unwrapped) {
    const lons = polygon[0]?.map((p) => p[0] ?? 0) ?? [];
    if (Math.max(...lons) > 180) copies.push(...shift([polygon], -360));
    if (Math.min(...lons) < -180) copies.push(...shift([polygon], 360));
  }
  return {
    ...country,
    geometry: { type: 'MultiPolygon', coordinates: [...unwrapped, ...copies] },
  };
}

/** world-atlas TopoJSON → GeoJSON countries ready for a flat map. */
export function buildBasemap(
  topology: Topology,
): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((f) => f.id !== ANTARCTICA && f.geometry)
      .map(fixAntimeridian),
  };
}
