import type { SymbolType } from 'recharts';
import type { EventKind } from '@/domain/dataset/vocabulary';

/**
 * A shape Recharts does not draw (it has seven, all taken): an SVG path centred on 0,0 whose area
 * is `area` square pixels, as Recharts sizes its own symbols.
 */
export type PathShape = (area: number) => string;
export type KindShape = SymbolType | PathShape;

type Point = readonly [number, number];

/** A closed polygon as path data, to three decimals. */
function polygon(points: readonly Point[]): string {
  const at = ([x, y]: Point) => `${+x.toFixed(3)},${+y.toFixed(3)}`;
  return `M${points.map(at).join('L')}Z`;
}

/** A regular hexagon, corners left and right: material cooperation. */
export const hexagon: PathShape = (area) => {
  const r = Math.sqrt((2 * area) / (3 * Math.sqrt(3)));
  return polygon(
    Array.from({ length: 6 }, (_, i) => [
      r * Math.cos((i * Math.PI) / 3),
      r * Math.sin((i * Math.PI) / 3),
    ]),
  );
};

/** An equilateral triangle pointing down, centred on its centroid: material conflict. */
export const downTriangle: PathShape = (area) => {
  const side = Math.sqrt((4 * area) / Math.sqrt(3));
  const height = (side * Math.sqrt(3)) / 2;
  return polygon([
    [-side / 2, -height / 3],
    [side / 2, -height / 3],
    [0, (2 * height) / 3],
  ]);
};

/** Recharts' cross (five squares) turned 45°, an ×: an event of no named kind. */
export const saltire: PathShape = (area) => {
  const a = Math.sqrt(area / 5) / 2;
  const plus: Point[] = [
    [-a, -3 * a],
    [a, -3 * a],
    [a, -a],
    [3 * a, -a],
    [3 * a, a],
    [a, a],
    [a, 3 * a],
    [-a, 3 * a],
    [-a, a],
    [-3 * a, a],
    [-3 * a, -a],
    [-a, -a],
  ];
  const turn = Math.SQRT1_2;
  return polygon(plus.map(([x, y]) => [(x - y) * turn, (x + y) * turn]));
};

/** One shape per kind of event, so the timeline does not rely on colour alone. */
export const KIND_SYMBOLS: Record<EventKind, KindShape> = {
  meeting: 'circle',
  summit: 'star',
  'phone-call': 'triangle',
  talks: 'square',
  statement: 'diamond',
  announcement: 'wye',
  postponement: 'cross',
  'material-cooperation': hexagon,
  'material-conflict': downTriangle,
  event: saltire,
};
