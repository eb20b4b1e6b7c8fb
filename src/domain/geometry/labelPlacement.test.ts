import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  isInside,
  placeLabels,
  type Bounds,
  type LabelRequest,
} from './labelPlacement';

const bounds = (width: number, height = 260): Bounds => ({
  left: 52,
  right: width - 2,
  top: 18,
  bottom: height,
});

/** The five meetings as the chart places them: day of the story (0 … 1430) and tension. */
const MEETINGS = [
  { id: 'stockholm', day: 1, tension: 3.6, range: [3.1, 5.5], width: 66 },
  { id: 'geneva', day: 51, tension: 2.4, range: [2.1, 2.9], width: 52 },
  { id: 'new-delhi', day: 456, tension: 2.9, range: [2.6, 5.3], width: 64 },
  { id: 'alaska', day: 1338, tension: 3.2, range: [3.2, 3.2], width: 52 },
  { id: 'budapest', day: 1399, tension: 5.4, range: [5.4, 7.5], width: 62 },
] as const;

/** The meetings at a chart width: the x axis from 52 to width − 24, tension 0–10 over 30–260. */
function meetingsAt(width: number): LabelRequest[] {
  const plotWidth = width - 24 - 52;
  const y = (tension: number) => 30 + ((10 - tension) / 12.2) * 230;
  return MEETINGS.map((m) => ({
    id: m.id,
    x: 52 + (m.day / 1430) * plotWidth,
    y: y(m.tension),
    clearAbove: Math.max(9, y(m.tension) - y(m.range[1]) + 2),
    clearBelow: Math.max(9, y(m.range[0]) - y(m.tension) + 2),
    width: m.width,
    height: 28,
  }));
}

function expectNoOverlap(placed: ReturnType<typeof placeLabels>) {
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      expect(
        boxesOverlap(placed[i]!.box, placed[j]!.box),
        `${placed[i]!.id}/${placed[j]!.id}`,
      ).toBe(false);
}

describe('placeLabels', () => {
  it('places a lone label centred just above its mark, its line from the mark to the label', () => {
    const [placed] = placeLabels(
      [{ id: 'a', x: 200, y: 150, clearAbove: 9, clearBelow: 9, width: 50, height: 28 }],
      bounds(400),
    );
    expect(placed?.box).toEqual({ x: 175, y: 109, width: 50, height: 28 });
    expect(placed?.lineStart).toEqual({ x: 200, y: 141 });
    expect(placed?.lineEnd).toEqual({ x: 200, y: 137 });
  });

  it('keeps clear of a range above the mark: the label starts past its end', () => {
    const [placed] = placeLabels(
      [{ id: 'a', x: 200, y: 150, clearAbove: 40, clearBelow: 9, width: 50, height: 28 }],
      bounds(400),
    );
    expect(placed?.box.y).toBe(150 - 40 - 4 - 28);
    expect(placed?.lineStart).toEqual({ x: 200, y: 110 });
  });

  it('moves a label off the marks it would cover, if a spot near is free', () => {
    const mark = { x: 185, y: 115, width: 30, height: 20 };
    const [placed] = placeLabels(
      [{ id: 'a', x: 200, y: 150, clearAbove: 9, clearBelow: 9, width: 50, height: 28 }],
      bounds(400),
      { obstacles: [mark] },
    );
    expect(boxesOverlap(placed!.box, mark)).toBe(false);
  });

  it('keeps a label near an edge inside the chart', () => {
    const [placed] = placeLabels(
      [{ id: 'a', x: 55, y: 150, clearAbove: 9, clearBelow: 9, width: 80, height: 28 }],
      bounds(400),
    );
    expect(placed!.box.x).toBe(52);
  });

  it('names all five meetings, none overlapping, at every width from a phone’s up', () => {
    for (let width = 290; width <= 1400; width += 10) {
      const placed = placeLabels(meetingsAt(width), bounds(width));
      expect(placed.map((p) => p.id).sort(), `at ${width} px`).toEqual(
        MEETINGS.map((m) => m.id).sort(),
      );
      expectNoOverlap(placed);
      for (const p of placed) expect(isInside(p.box, bounds(width))).toBe(true);
    }
  });

  it('never overlaps two labels, nor leaves the bounds, for any marks at any width', () => {
    const label = fc.record({
      x: fc.double({ min: 0, max: 1400, noNaN: true }),
      y: fc.double({ min: 0, max: 300, noNaN: true }),
      width: fc.integer({ min: 10, max: 160 }),
      height: fc.integer({ min: 10, max: 40 }),
      clearAbove: fc.integer({ min: 0, max: 60 }),
      clearBelow: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 40 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.array(
          fc.record({ x: fc.nat(1400), y: fc.nat(300), width: fc.nat(20), height: fc.nat(20) }),
          {
            maxLength: 20,
          },
        ),
        (labels, width, obstacles) => {
          const box = bounds(width, 300);
          const placed = placeLabels(
            labels.map((l, i) => ({ ...l, id: String(i) })),
            box,
            { obstacles },
          );
          expect(new Set(placed.map((p) => p.id)).size).toBe(placed.length);
          for (const p of placed) expect(isInside(p.box, box)).toBe(true);
          expectNoOverlap(placed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same marks give the same places', () => {
    expect(placeLabels(meetingsAt(360), bounds(360))).toEqual(
      placeLabels([...meetingsAt(360)].reverse(), bounds(360)),
    );
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the size, and gives diacritics no width of their own', () => {
    expect(estimateTextWidth('Geneva', 12)).toBeGreaterThan(estimateTextWidth('Gen', 12));
    expect(estimateTextWidth('Geneva', 24)).toBeGreaterThan(estimateTextWidth('Geneva', 12));
    expect(estimateTextWidth('thg 12 2021', 11)).toBe(estimateTextWidth('thg 12 2021', 11));
    expect(estimateTextWidth('Việt', 12)).toBe(estimateTextWidth('Viet', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});

describe('boxesOverlap', () => {
  it('counts shared area, not touching edges', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
  });
});
