import { describe, expect, it } from 'vitest';
import { computeDashboardView, indexDataset } from '@/domain/aggregate';
import { thinTimeline } from '@/domain/thinTimeline';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { drawingOrder, labelAnchor, labelKeyMeetings } from './labels';

const index = indexDataset(makeSampleDataset());
const view = computeDashboardView(index, { range: { from: null, to: null }, placeId: null });
const series = thinTimeline(view.series, [0, 100_000]);

describe('labelKeyMeetings', () => {
  it('labels in-person meetings and summits with their place, not calls or statements', () => {
    const points = labelKeyMeetings(
      series,
      (id) => index.placesById.get(id),
      (text) => text.en,
    );
    expect(points.map((p) => [p.eventId, p.label])).toEqual([
      ['e2', undefined],
      ['e1', 'Geneva'],
      ['e3', undefined],
      ['e4', 'Budapest'],
    ]);
  });

  it('puts a label below its mark when the previous label is close in time', () => {
    const close = series.map((p) => (p.eventId === 'e4' ? { ...p, day: series[1]!.day + 30 } : p));
    const points = labelKeyMeetings(
      close,
      (id) => index.placesById.get(id),
      (text) => text.en,
    );
    expect(points.find((p) => p.eventId === 'e1')?.labelBelow).toBe(false);
    expect(points.find((p) => p.eventId === 'e4')?.labelBelow).toBe(true);
  });
});

describe('drawingOrder', () => {
  it('draws month-precision and context events first, so exact US–Russia events lie on top', () => {
    const points = labelKeyMeetings(
      series,
      (id) => index.placesById.get(id),
      (text) => text.en,
    );
    expect(drawingOrder(points).map((p) => p.eventId)).toEqual(['e3', 'e4', 'e2', 'e1']);
  });
});

describe('labelAnchor', () => {
  it('runs labels inwards near the ends of the axis and centres them elsewhere', () => {
    const domain: [number, number] = [0, 1000];
    expect(labelAnchor(20, domain)).toBe('start');
    expect(labelAnchor(500, domain)).toBe('middle');
    expect(labelAnchor(980, domain)).toBe('end');
    expect(labelAnchor(5, [5, 5])).toBe('start');
  });
});
