import { isKeyMeeting } from '@/domain/scoring/finding';
import type { LocalizedText, Place } from '@/domain/dataset/schema';
import type { TimelineMark } from '@/domain/query/timelineModel';

/** A mark as the chart draws it. */
export type ChartPoint = TimelineMark;

/** A key meeting the chart names: its place (without a bracketed aside) and month. */
export interface MeetingLabel {
  eventId: string;
  day: number;
  tension: number | null;
  tensionRange: readonly [number, number] | null;
  place: string;
  highlighted: boolean;
}

/** "Alaska (Anchorage)" → "Alaska": an annotation is short; the table and tooltip say it all. */
const shortPlaceName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '') || name;

/**
 * The marks the chart annotates: the key meetings (the two sides meeting in person somewhere, as
 * the headline counts them), each one drawn on its own.
 */
export function keyMeetingLabels(
  marks: readonly TimelineMark[],
  placeOf: (placeId: string) => Place | undefined,
  pick: (text: LocalizedText) => string,
): MeetingLabel[] {
  const labels: MeetingLabel[] = [];
  for (const mark of marks) {
    const place = mark.placeId === null ? undefined : placeOf(mark.placeId);
    if (!place || !isKeyMeeting(mark)) continue;
    labels.push({
      eventId: mark.eventId,
      day: mark.day,
      tension: mark.tension,
      tensionRange: mark.tensionRange,
      place: shortPlaceName(pick(place.name)),
      highlighted: mark.highlighted,
    });
  }
  return labels;
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
