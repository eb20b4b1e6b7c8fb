// @vitest-environment jsdom
/**
 * The filters hook: every change goes through it, onto the URL as it is when the change is made,
 * and every change made in the views leaves the story keeping what its step showed.
 */
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDashboardFilters } from '@/app/useDashboardFilters';
import { useUrlState } from '@/data/useUrlState';
import { indexDataset } from '@/domain/query/indexDataset';
import { STORY_STEPS } from '@/domain/builtIn/story';
import { makeSampleDataset } from '../fixtures/sampleDataset';

const INDEX = indexDataset(makeSampleDataset({ withStory: true }));
const search = () => Object.fromEntries(new URLSearchParams(window.location.search));

function renderFilters(at: string) {
  window.history.replaceState(null, '', `/${at}`);
  return renderHook(() => useDashboardFilters(useUrlState(), INDEX));
}

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('useDashboardFilters', () => {
  it('keeps both of two changes made before the page renders again', () => {
    const { result } = renderFilters('');
    act(() => {
      const { selectPlace, setRange } = result.current;
      selectPlace('geneva');
      setRange({ from: '2022-01-01', to: '2022-12-31' });
    });
    expect(search()).toEqual({ from: '2022-01-01', to: '2022-12-31', place: 'geneva' });
    expect(result.current.filters).toEqual({
      range: { from: '2022-01-01', to: '2022-12-31' },
      place: 'geneva',
      event: null,
      facets: {},
    });
  });

  it('keeps the facets chosen through other changes; Reset clears them', () => {
    const { result } = renderFilters('');
    act(() => result.current.setFacets({ kind: ['meeting'] }));
    act(() => result.current.selectPlace('geneva'));
    expect(window.location.search).toBe('?place=geneva&kind=meeting');
    expect(result.current.filters.facets).toEqual({ kind: ['meeting'] });
    expect(result.current.filtered).toBe(true);
    act(() => result.current.reset());
    expect(window.location.search).toBe('');
    expect(result.current.filters.facets).toEqual({});
  });

  it('drops a facet value the dataset does not have, with a notice', () => {
    const { result } = renderFilters('?kind=meeting&kind=talks');
    expect(result.current.filters.facets).toEqual({ kind: ['meeting'] });
    expect(result.current.notices).toEqual([{ param: 'kind', reason: 'unknown-value' }]);
  });

  it('shows a dragged range without writing the link, until it is let go', () => {
    const { result } = renderFilters('?place=geneva');
    act(() => result.current.previewRange({ from: '2022-01-01', to: '2022-06-30' }));
    expect(result.current.filters.range).toEqual({ from: '2022-01-01', to: '2022-06-30' });
    expect(result.current.filters.place).toBe('geneva');
    expect(search()).toEqual({ place: 'geneva' });
    act(() => result.current.previewRange({ from: '2022-01-01', to: '2022-09-30' }));
    expect(result.current.filters.range.to).toBe('2022-09-30');
    act(() => result.current.setRange({ from: '2022-01-01', to: '2022-09-30' }));
    expect(search()).toEqual({ place: 'geneva', from: '2022-01-01', to: '2022-09-30' });
    // A drag cancelled returns to the link's range.
    act(() => result.current.previewRange({ from: '2023-01-01', to: '2023-03-31' }));
    act(() => result.current.previewRange(null));
    expect(result.current.filters.range).toEqual({ from: '2022-01-01', to: '2022-09-30' });
  });

  it('drops a dragged range when the link’s range changes under it, as with Back (C1)', () => {
    const { result } = renderFilters('?from=2022-01-01');
    act(() => result.current.previewRange({ from: '2022-03-01', to: '2022-06-30' }));
    expect(result.current.filters.range).toEqual({ from: '2022-03-01', to: '2022-06-30' });
    // The drag's end is never seen (its strip went away); the reader goes Back.
    act(() => {
      window.history.replaceState(null, '', '/?from=2021-12-01');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.filters.range).toEqual({ from: '2021-12-01', to: null });
  });

  it('selects an event with its place, and clears the event alone', () => {
    const { result } = renderFilters('');
    act(() => result.current.selectEvent('e3'));
    expect(search()).toEqual({ place: 'geneva', event: 'e3' });
    act(() => result.current.selectEvent(null));
    expect(search()).toEqual({ place: 'geneva' });
  });

  it('a place chosen clears the event chosen', () => {
    const { result } = renderFilters('?place=geneva&event=e1');
    act(() => result.current.selectPlace('budapest'));
    expect(search()).toEqual({ place: 'budapest' });
  });

  it('a change made in a story step leaves the story, keeping what the step showed', () => {
    const step = STORY_STEPS[1]!;
    const { result } = renderFilters('?story=2');
    expect(result.current.story?.number).toBe(2);
    act(() => result.current.selectPlace(null));
    expect(search()).toEqual({ from: step.range.from, to: step.range.to });
    expect(result.current.story).toBeNull();
  });

  it('closing the story keeps its step’s view; the story button gives the URL’s view back', () => {
    const step = STORY_STEPS[0]!;
    const { result } = renderFilters('?place=geneva&story=1');
    act(() => result.current.leaveStory());
    expect(search()).toEqual({
      from: step.range.from,
      to: step.range.to,
      place: step.placeId,
      event: step.eventId,
    });

    act(() => result.current.toggleStory());
    expect(search()).toMatchObject({ story: '1' });
    act(() => result.current.goToStep(3));
    expect(search()).toMatchObject({ story: '3' });
    act(() => result.current.toggleStory());
    expect(search().story).toBeUndefined();
    expect(result.current.filters.place).toBe(step.placeId);
  });

  it('reset clears every filter and the story', () => {
    const { result } = renderFilters('?from=2022-01-01&place=geneva&event=e1&story=2&lang=vi');
    expect(result.current.filtered).toBe(true);
    act(() => result.current.reset());
    expect(search()).toEqual({ lang: 'vi' });
    expect(result.current.filtered).toBe(false);
  });

  it('dismissing the notices writes the link without what was ignored, in place', () => {
    const { result } = renderFilters('?from=2022-02-30&place=atlantis&event=e1');
    expect(result.current.notices.map((n) => n.reason)).toEqual(['invalid-date', 'unknown-place']);
    const entries = window.history.length;
    act(() => result.current.dismissNotices());
    expect(search()).toEqual({ event: 'e1' });
    expect(window.history.length).toBe(entries);
    expect(result.current.notices).toEqual([]);
  });

  it('the link to the view is the URL’s state with what the dataset lacks left out', () => {
    const { result } = renderFilters('?from=2022-01-01&place=atlantis');
    expect(result.current.linkSearch).toBe('?from=2022-01-01');
  });

  it('keeps every handler’s identity across renders while nothing it acts on changes (C15)', () => {
    const { result, rerender } = renderFilters('?place=geneva');
    const before = result.current;
    rerender();
    const after = result.current;
    const handlers = [
      'setRange',
      'previewRange',
      'selectPlace',
      'selectEvent',
      'setFacets',
      'reset',
      'toggleStory',
      'goToStep',
      'leaveStory',
      'dismissNotices',
    ] as const;
    for (const name of handlers) expect(after[name], name).toBe(before[name]);
    expect(after.playback.play).toBe(before.playback.play);
  });

  it('keeps one filters object while only the language changes', () => {
    const { result } = renderFilters('?place=geneva');
    const before = result.current.filters;
    act(() => window.history.pushState(null, '', '/?place=geneva&lang=vi'));
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(result.current.filters).toBe(before);
  });
});
