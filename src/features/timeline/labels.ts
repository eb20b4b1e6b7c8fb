import type { TimelineMark } from '@/domain/thinTimeline';
import type { LocalizedText, Place } from '@/domain/schema';

export interface ChartPoint extends TimelineMark {
  /** The place's name by the key meetings (in-person US–Russia contacts with a place). */
  label: string | undefined;
  /** Below the mark rather than above it, where the previous label is too close. */
  labelBelow: boolean;
}

const LABELLED_KINDS: ReadonlySet<string> = new Set(['meeting', 'summit']);

/** Labels closer than this in time alternate above and below their marks. */
export const LABEL_CLEARANCE_DAYS = 120;

/** Names the key meetings on the timeline, alternating labels that would run into each other. */
export function labelKeyMeetings(
  series: readonly TimelineMark[],
  placeOf: (placeId: string) => Place | undefined,
  pick: (text: LocalizedText) => string,
): ChartPoint[] {
  const points: ChartPoint[] = [];
  let previous: ChartPoint | null = null;
  for (const p of series) {
    const place = p.placeId === null ? undefined : placeOf(p.placeId);
    const labelled =
      p.count === 1 &&
      place !== undefined &&
      p.category === 'us-russia' &&
      LABELLED_KINDS.has(p.kind);
    const crowded = previous !== null && p.day - previous.day < LABEL_CLEARANCE_DAYS;
    const point: ChartPoint = {
      ...p,
      label: labelled ? pick(place.name) : undefined,
      labelBelow: labelled && crowded && previous !== null && !previous.labelBelow,
    };
    if (labelled) previous = point;
    points.push(point);
  }
  return points;
}

/**
 * The order marks are drawn in, so the surest lie on top where marks overlap: context before
 * US–Russia events, month-precision dates before exact ones.
 */
export function drawingOrder(points: readonly ChartPoint[]): ChartPoint[] {
  const weight = (p: ChartPoint) =>
    (p.category === 'us-russia' ? 2 : 0) + (p.datePrecision === 'day' ? 1 : 0);
  return [...points].sort((a, b) => weight(a) - weight(b) || a.day - b.day);
}

/**
 * Where a label sits against its mark: centred, or run inwards near either end of the axis, so
 * that "Stockholm" or "Budapest" is not cut off by the edge of a narrow chart.
 */
export function labelAnchor(day: number, domain: [number, number]): 'start' | 'middle' | 'end' {
  const fraction = (day - domain[0]) / Math.max(1, domain[1] - domain[0]);
  return fraction < 0.12 ? 'start' : fraction > 0.88 ? 'end' : 'middle';
}
