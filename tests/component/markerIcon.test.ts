// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PlaceSummary } from '@/domain/query/placeSummaries';
import { createPlaceIcon } from '@/features/map/markerIcon';
import { markerDiameter } from '@/features/map/markerSize';

const summary = (over: Partial<PlaceSummary> = {}): PlaceSummary => ({
  place: { id: 'x', name: { en: 'X', vi: 'X' }, country: 'XX', lat: 0, lon: 0 },
  eventCount: 2,
  latest: () => [],
  maxTension: 6.5,
  heldCount: 2,
  notHeldCount: 0,
  ...over,
});

describe('createPlaceIcon', () => {
  it('names the marker for screen readers and shows the label', () => {
    const element = createPlaceIcon(summary(), 'Geneva', 'Geneva: 2 events', 'right').createIcon();
    expect(element.textContent).toContain('Geneva: 2 events');
    expect(element.querySelector('.place-marker__label')?.textContent).toBe('Geneva');
    // The count is in the name and the size, not printed on a coloured fill it could not contrast with.
    expect(element.querySelector('.place-marker__circle')?.textContent).toBe('');
  });

  it('colours by the highest tension and sizes by the count', () => {
    const circle = createPlaceIcon(summary(), 'G', 'G', 'right')
      .createIcon()
      .querySelector<HTMLElement>('.place-marker__circle')!;
    expect(circle.style.getPropertyValue('--fill')).toBe('#f03b20');
    expect(circle.style.width).toBe(`${markerDiameter(2)}px`);
    expect(markerDiameter(4)).toBeGreaterThan(markerDiameter(1));
  });

  it('draws a place whose events were never held differently', () => {
    const element = createPlaceIcon(
      summary({ heldCount: 0, notHeldCount: 1, eventCount: 1 }),
      'B',
      'B',
      'left',
    ).createIcon();
    expect(element.querySelector('.place-marker__circle--not-held')).not.toBeNull();
    expect(element.querySelector('.place-marker__label--left')).not.toBeNull();
  });

  it('keeps markup in a name as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const element = createPlaceIcon(summary(), hostile, hostile, 'right').createIcon();
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('.place-marker__label')?.textContent).toBe(hostile);
  });
});
