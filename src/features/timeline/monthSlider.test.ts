import { describe, expect, it } from 'vitest';
import { toDayNumber } from '@/domain/dataset/dates';
import { binByMonth } from '@/domain/query/timeAxis';
import {
  dragThumb,
  nearestBoundary,
  rangeAfterMove,
  shiftSpan,
  stepThumb,
  thumbBounds,
} from './monthSlider';

/** Four years of months, January 2022 (0) to December 2025 (47). */
const COUNT = 48;
const span = (startIndex: number, endIndex: number) => ({ startIndex, endIndex });

describe('stepThumb', () => {
  it('steps a month with the arrow keys, either thumb, either way', () => {
    expect(stepThumb(span(5, 20), 'start', 'ArrowRight', COUNT)).toEqual(span(6, 20));
    expect(stepThumb(span(5, 20), 'start', 'ArrowLeft', COUNT)).toEqual(span(4, 20));
    expect(stepThumb(span(5, 20), 'end', 'ArrowUp', COUNT)).toEqual(span(5, 21));
    expect(stepThumb(span(5, 20), 'end', 'ArrowDown', COUNT)).toEqual(span(5, 19));
  });

  it('steps a year with Page Up and Page Down', () => {
    expect(stepThumb(span(5, 40), 'start', 'PageUp', COUNT)).toEqual(span(17, 40));
    expect(stepThumb(span(5, 40), 'end', 'PageDown', COUNT)).toEqual(span(5, 28));
  });

  it('goes to the ends with Home and End: the strip’s, or the other thumb', () => {
    expect(stepThumb(span(5, 20), 'start', 'Home', COUNT)).toEqual(span(0, 20));
    expect(stepThumb(span(5, 20), 'start', 'End', COUNT)).toEqual(span(20, 20));
    expect(stepThumb(span(5, 20), 'end', 'Home', COUNT)).toEqual(span(5, 5));
    expect(stepThumb(span(5, 20), 'end', 'End', COUNT)).toEqual(span(5, 47));
  });

  it('never lets the thumbs cross or leave the strip', () => {
    expect(stepThumb(span(20, 20), 'start', 'ArrowRight', COUNT)).toEqual(span(20, 20));
    expect(stepThumb(span(10, 15), 'start', 'PageUp', COUNT)).toEqual(span(15, 15));
    expect(stepThumb(span(10, 15), 'end', 'PageDown', COUNT)).toEqual(span(10, 10));
    expect(stepThumb(span(0, 47), 'start', 'ArrowLeft', COUNT)).toEqual(span(0, 47));
    expect(stepThumb(span(0, 47), 'end', 'PageUp', COUNT)).toEqual(span(0, 47));
  });

  it('leaves other keys to the page', () => {
    expect(stepThumb(span(5, 20), 'start', 'Tab', COUNT)).toBeNull();
    expect(stepThumb(span(5, 20), 'end', 'Enter', COUNT)).toBeNull();
  });
});

describe('thumbBounds', () => {
  it('stops each thumb at the other', () => {
    expect(thumbBounds(span(5, 20), 'start', COUNT)).toEqual({ min: 0, max: 20 });
    expect(thumbBounds(span(5, 20), 'end', COUNT)).toEqual({ min: 5, max: 47 });
  });
});

describe('dragging', () => {
  it('snaps a point on the strip to the nearest month boundary', () => {
    expect(nearestBoundary(0, COUNT)).toBe(0);
    expect(nearestBoundary(0.5, COUNT)).toBe(24);
    // 10.4 months along is nearer the 10th boundary, 10.6 the 11th.
    expect(nearestBoundary(10.4 / COUNT, COUNT)).toBe(10);
    expect(nearestBoundary(10.6 / COUNT, COUNT)).toBe(11);
    expect(nearestBoundary(-0.2, COUNT)).toBe(0);
    expect(nearestBoundary(1.3, COUNT)).toBe(COUNT);
  });

  it('gives the start thumb the month after the boundary and the end thumb the month before', () => {
    expect(dragThumb(span(0, 47), 'start', 12 / COUNT, COUNT)).toEqual(span(12, 47));
    expect(dragThumb(span(0, 47), 'end', 24 / COUNT, COUNT)).toEqual(span(0, 23));
  });

  it('stops a dragged thumb at the other one', () => {
    expect(dragThumb(span(10, 20), 'start', 0.9, COUNT)).toEqual(span(20, 20));
    expect(dragThumb(span(10, 20), 'end', 0.05, COUNT)).toEqual(span(10, 10));
  });

  it('moves the whole span by whole months, stopping at the strip’s ends', () => {
    expect(shiftSpan(span(10, 20), 5.4, COUNT)).toEqual(span(15, 25));
    expect(shiftSpan(span(10, 20), -30, COUNT)).toEqual(span(0, 10));
    expect(shiftSpan(span(10, 20), 40, COUNT)).toEqual(span(37, 47));
  });
});

describe('rangeAfterMove', () => {
  const bins = binByMonth([], { start: toDayNumber('2022-01-01'), end: toDayNumber('2025-12-31') });
  const typed = { from: '2022-03-15', to: '2022-10-20' };

  it('moves the start alone to its month, keeping the typed end', () => {
    expect(rangeAfterMove(bins, span(3, 9), span(2, 9), typed)).toEqual({
      from: '2022-04-01',
      to: '2022-10-20',
    });
  });

  it('moves the end alone, and both when the whole span moves; open at the strip’s edges', () => {
    expect(rangeAfterMove(bins, span(2, 10), span(2, 9), typed)).toEqual({
      from: '2022-03-15',
      to: '2022-11-30',
    });
    expect(rangeAfterMove(bins, span(4, 11), span(2, 9), typed)).toEqual({
      from: '2022-05-01',
      to: '2022-12-31',
    });
    expect(rangeAfterMove(bins, span(0, 9), span(2, 9), typed)).toEqual({
      from: null,
      to: '2022-10-20',
    });
  });
});
