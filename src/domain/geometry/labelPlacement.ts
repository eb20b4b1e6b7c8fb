/**
 * Where the chart's annotations go: each label beside its mark, above or below it, stacked in
 * rows and slid sideways where neighbours crowd it, joined to its mark by a leader line. Greedy
 * and deterministic: labels are placed left to right, each in the nearest free spot, and a label
 * is placed only where it overlaps no label placed before it and stays inside the bounds, so no
 * two labels ever overlap, at any width. A label with no free spot is left out.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The centre of the mark it names, in pixels. */
  x: number;
  y: number;
  /** How far above and below the mark's centre a label keeps clear (the mark, its range). */
  clearAbove: number;
  clearBelow: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where its leader line meets the label: on its bottom edge above the mark, its top below. */
  lineEnd: { x: number; y: number };
  /** Where the line leaves the mark. */
  lineStart: { x: number; y: number };
}

export interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacementOptions {
  /** Space between a mark and its nearest label row, and between rows. */
  gap?: number;
  /** Rows tried on each side of the mark. */
  rows?: number;
  /**
   * Boxes a label should rather not cover (the marks and their ranges): covering one costs as much
   * as moving two rows away, so a label covers a mark only where nothing near is free.
   */
  obstacles?: readonly Box[];
}

/** True when the boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `box` lies wholly inside `bounds`. */
export function isInside(box: Box, bounds: Bounds): boolean {
  return (
    box.x >= bounds.left &&
    box.x + box.width <= bounds.right &&
    box.y >= bounds.top &&
    box.y + box.height <= bounds.bottom
  );
}

/** What covering one mark costs: as much as two rows further from the mark. */
const OBSTACLE_COST = 20;

interface Candidate {
  box: Box;
  cost: number;
  above: boolean;
}

/**
 * The spots a label may take, each with its cost: rows above and below; in each, centred on the
 * mark, wholly to its right or its left (clear of its range's line), or just past a label placed
 * already, if that is not far.
 */
function candidatesFor(
  label: LabelRequest,
  bounds: Bounds,
  gap: number,
  rows: number,
  placed: readonly PlacedLabel[],
) {
  const { width, height } = label;
  const maxX = bounds.right - width;
  const candidates: Candidate[] = [];
  if (maxX < bounds.left) return candidates;
  const centred = label.x - width / 2;
  const xs = [centred, label.x + 6, label.x - 6 - width];
  for (const { box } of placed) {
    for (const x of [box.x + box.width + gap, box.x - width - gap])
      if (Math.abs(x - centred) <= width) xs.push(x);
  }
  for (let row = 0; row < rows; row++) {
    for (const above of [true, false]) {
      const offset = (above ? label.clearAbove : label.clearBelow) + gap + row * (height + gap);
      const y = above ? label.y - offset - height : label.y + offset;
      xs.forEach((rawX, i) => {
        const x = Math.min(Math.max(rawX, bounds.left), maxX);
        const slide = Math.abs(x - centred) / Math.max(width, 1);
        // A row further costs more than any slide; below costs a little more than above.
        const cost = row * 10 + (above ? 0 : 1) + slide * 2 + i * 0.01;
        candidates.push({ box: { x, y, width, height }, cost, above });
      });
    }
  }
  return candidates;
}

/**
 * placeLabels([{ id: 'geneva', x: 120, y: 80, clearAbove: 8, clearBelow: 8, width: 50, height: 28 }],
 * bounds) → [{ id: 'geneva', box: { x: 95, y: 40, width: 50, height: 28 }, lineStart, lineEnd }]
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  bounds: Bounds,
  { gap = 4, rows = 4, obstacles = [] }: PlacementOptions = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...labels].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const label of ordered) {
    let chosen: Candidate | undefined;
    let best = Infinity;
    for (const c of candidatesFor(label, bounds, gap, rows, placed)) {
      const covered = obstacles.filter((o) => boxesOverlap(o, c.box)).length;
      const cost = c.cost + covered * OBSTACLE_COST;
      if (cost >= best || !isInside(c.box, bounds)) continue;
      if (placed.some((p) => boxesOverlap(p.box, c.box))) continue;
      chosen = c;
      best = cost;
    }
    if (!chosen) continue;
    const { box, above } = chosen;
    const edgeY = above ? box.y + box.height : box.y;
    placed.push({
      id: label.id,
      box,
      lineEnd: { x: Math.min(Math.max(label.x, box.x + 2), box.x + box.width - 2), y: edgeY },
      lineStart: { x: label.x, y: above ? label.y - label.clearAbove : label.y + label.clearBelow },
    });
  }
  return placed;
}

/** Rough advance widths, in ems, of the type the chart sets labels in (Be Vietnam Pro, 600). */
function charWidth(char: string): number {
  if (" .,:;!|'’".includes(char)) return 0.3;
  if ('ijlI()[]'.includes(char)) return 0.34;
  if ('frt1/'.includes(char)) return 0.46;
  if ('mwMW'.includes(char)) return 0.92;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.74;
  return 0.62;
}

/**
 * A text's width in pixels at `fontSize`, estimated from its characters, on the wide side so a box
 * holds its text: estimateTextWidth("Geneva", 12) ≈ 45. Diacritics add no width.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ems += charWidth(char);
  return Math.ceil(ems * fontSize);
}
