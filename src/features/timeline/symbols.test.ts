import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '@/domain/dataset/vocabulary';
import { downTriangle, hexagon, KIND_SYMBOLS, saltire, type PathShape } from './symbols';

/** The corners of a path made of M, L and Z. */
function corners(path: string): [number, number][] {
  expect(path).toMatch(/^M[-\d.,L]+Z$/);
  return path
    .slice(1, -1)
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

/** Signed area (shoelace) and centroid of a simple polygon. */
function measure(points: [number, number][]) {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  });
  return { area: Math.abs(twiceArea / 2), cx: cx / (3 * twiceArea), cy: cy / (3 * twiceArea) };
}

const SHAPES: [string, PathShape][] = [
  ['hexagon', hexagon],
  ['downward triangle', downTriangle],
  ['saltire', saltire],
];

describe('the kinds’ shapes', () => {
  it('gives every kind a shape of its own', () => {
    const shapes = EVENT_KINDS.map((kind) => KIND_SYMBOLS[kind]);
    expect(shapes.every((shape) => shape !== undefined)).toBe(true);
    expect(new Set(shapes).size).toBe(EVENT_KINDS.length);
    const drawn = shapes.map((shape) => (typeof shape === 'string' ? shape : shape(160)));
    expect(new Set(drawn).size).toBe(EVENT_KINDS.length);
  });

  it.each(SHAPES)('draws the %s with the area asked for, centred on the point', (_, shape) => {
    for (const area of [70, 160, 900]) {
      const measured = measure(corners(shape(area)));
      expect(measured.area).toBeCloseTo(area, 0);
      expect(Math.abs(measured.cx)).toBeLessThan(0.01);
      expect(Math.abs(measured.cy)).toBeLessThan(0.01);
    }
  });

  it('points the material-conflict triangle down, unlike the phone call’s', () => {
    const points = corners(downTriangle(160));
    const lowest = points.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(lowest[0]).toBeCloseTo(0);
    expect(points.filter(([, y]) => y < 0)).toHaveLength(2);
  });
});
