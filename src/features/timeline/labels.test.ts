import { describe, expect, it } from 'vitest';
import { eventSetOf } from '@/domain/query/eventSet';
import { indexDataset } from '@/domain/query/indexDataset';
import { timelineOf } from '@/domain/query/timelineModel';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { drawingOrder, keyMeetingLabels } from './labels';

const index = indexDataset(makeSampleDataset());
const series = timelineOf(eventSetOf(index, { from: null, to: null }, {}), null, null).marks;
const placeOf = (id: string) => index.placesById.get(id);

describe('keyMeetingLabels', () => {
  it('names in-person meetings and summits by their place, not calls or statements', () => {
    const labels = keyMeetingLabels(series, placeOf, (text) => text.en);
    expect(labels.map((l) => [l.eventId, l.place])).toEqual([
      ['e1', 'Geneva'],
      ['e4', 'Budapest'],
    ]);
  });

  it('drops a bracketed aside from the place’s name, in the reader’s language', () => {
    const renamed = (id: string) => {
      const place = placeOf(id);
      return place && { ...place, name: { en: 'Alaska (Anchorage)', vi: 'Alaska (Anchorage)' } };
    };
    expect(keyMeetingLabels(series, renamed, (text) => text.vi)[0]?.place).toBe('Alaska');
  });
});

describe('drawingOrder', () => {
  it('draws month-precision and context events first, so exact US–Russia events lie on top', () => {
    expect(drawingOrder(series).map((p) => p.eventId)).toEqual(['e3', 'e4', 'e2', 'e1']);
  });
});
