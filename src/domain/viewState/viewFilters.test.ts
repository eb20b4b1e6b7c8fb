import { describe, expect, it } from 'vitest';
import { STORY_STEPS } from '../builtIn/story';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from './urlState';
import { isFiltered, resolveViewFilters, type DatasetIds } from './viewFilters';

/** A dataset with the story's meetings and one more place and event. */
const WITH_STORY: DatasetIds = {
  placesById: new Set([...STORY_STEPS.map((s) => s.placeId), 'moscow']),
  eventsById: new Set([...STORY_STEPS.map((s) => s.eventId), 'a-call']),
};
/** A dataset of someone else's: none of the story's meetings. */
const WITHOUT_STORY: DatasetIds = {
  placesById: new Set(['moscow']),
  eventsById: new Set(['a-call']),
};
const SECOND_STEP = STORY_STEPS[1]!;
const WINDOW = { from: '2023-01-01', to: '2023-03-31' };

const url = (state: Partial<UrlState>) => ({
  state: { ...DEFAULT_URL_STATE, ...state },
  notices: [],
});

describe('resolveViewFilters: story > URL > playback', () => {
  it('shows the URL’s filters when no story step is open and nothing plays', () => {
    const resolved = resolveViewFilters(
      url({ from: '2022-01-01', to: '2022-12-31', place: 'moscow', event: 'a-call' }),
      WITH_STORY,
    );
    expect(resolved.filters).toEqual({
      range: { from: '2022-01-01', to: '2022-12-31' },
      place: 'moscow',
      event: 'a-call',
      facets: {},
    });
    expect(resolved.chosenRange).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(resolved.story).toBeNull();
    expect(resolved.notices).toEqual([]);
  });

  it('story over URL: an open step decides the range, place and event', () => {
    const resolved = resolveViewFilters(
      url({ from: '2025-01-01', to: '2025-12-31', place: 'moscow', event: 'a-call', story: 2 }),
      WITH_STORY,
    );
    expect(resolved.filters).toEqual({
      range: SECOND_STEP.range,
      place: SECOND_STEP.placeId,
      event: SECOND_STEP.eventId,
      facets: {},
    });
    expect(resolved.chosenRange).toEqual(SECOND_STEP.range);
    expect(resolved.story).toEqual({ number: 2, step: SECOND_STEP });
  });

  it('story over playback: a window does not move an open step', () => {
    const resolved = resolveViewFilters(url({ story: 2 }), WITH_STORY, WINDOW);
    expect(resolved.filters.range).toEqual(SECOND_STEP.range);
  });

  it('playback over the URL’s range while it plays; the URL’s place and event stay', () => {
    const resolved = resolveViewFilters(
      url({ from: '2022-01-01', to: '2022-12-31', place: 'moscow', event: 'a-call' }),
      WITH_STORY,
      WINDOW,
    );
    expect(resolved.filters).toEqual({
      range: WINDOW,
      place: 'moscow',
      event: 'a-call',
      facets: {},
    });
    // Playback plays over the range the reader chose, which it does not replace.
    expect(resolved.chosenRange).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    // A link copied while playing is the view on screen.
    expect(resolved.shownState).toMatchObject({ ...WINDOW, place: 'moscow', event: 'a-call' });
    expect(resolved.state).toMatchObject({ from: '2022-01-01', to: '2022-12-31' });
  });

  it('drops a place and an event the dataset lacks, with a notice each', () => {
    const resolved = resolveViewFilters(
      url({ place: 'atlantis', event: 'no-such-talks' }),
      WITH_STORY,
    );
    expect(resolved.filters).toMatchObject({ place: null, event: null });
    expect(resolved.state).toMatchObject({ place: null, event: null });
    expect(resolved.notices).toEqual([
      { param: 'place', reason: 'unknown-place' },
      { param: 'event', reason: 'unknown-event' },
    ]);
  });

  it('lists the URL’s own notices before the dataset’s', () => {
    const resolved = resolveViewFilters(
      parseUrlState('?from=2022-02-30&place=atlantis'),
      WITH_STORY,
    );
    expect(resolved.notices).toEqual([
      { param: 'from', reason: 'invalid-date' },
      { param: 'place', reason: 'unknown-place' },
    ]);
  });

  it('a step on data without the story’s meetings: no story, a notice, and the URL decides', () => {
    const resolved = resolveViewFilters(
      url({ from: '2022-01-01', place: 'moscow', story: 2 }),
      WITHOUT_STORY,
    );
    expect(resolved.storyAvailable).toBe(false);
    expect(resolved.story).toBeNull();
    expect(resolved.state.story).toBeNull();
    expect(resolved.filters).toEqual({
      range: { from: '2022-01-01', to: null },
      place: 'moscow',
      event: null,
      facets: {},
    });
    expect(resolved.notices).toEqual([{ param: 'story', reason: 'story-unavailable' }]);
  });

  it('keeps the URL’s notices about ids while a step is open (they are dropped from the link)', () => {
    const resolved = resolveViewFilters(url({ place: 'atlantis', story: 1 }), WITH_STORY);
    expect(resolved.filters.place).toBe(STORY_STEPS[0]!.placeId);
    expect(resolved.state).toMatchObject({ place: null, story: 1 });
    expect(resolved.notices).toEqual([{ param: 'place', reason: 'unknown-place' }]);
  });

  it('says whether the story can be opened on the data', () => {
    expect(resolveViewFilters(url({}), WITH_STORY).storyAvailable).toBe(true);
    expect(resolveViewFilters(url({}), WITHOUT_STORY).storyAvailable).toBe(false);
  });
});

describe('isFiltered', () => {
  const none = { range: { from: null, to: null }, place: null, event: null, facets: {} };
  it('is false with nothing set, true with any one filter', () => {
    expect(isFiltered(none)).toBe(false);
    expect(isFiltered({ ...none, range: { from: '2022-01-01', to: null } })).toBe(true);
    expect(isFiltered({ ...none, range: { from: null, to: '2022-01-01' } })).toBe(true);
    expect(isFiltered({ ...none, place: 'moscow' })).toBe(true);
    expect(isFiltered({ ...none, event: 'a-call' })).toBe(true);
    expect(isFiltered({ ...none, facets: { kind: ['talks'] } })).toBe(true);
  });
});

describe('resolveViewFilters: facets', () => {
  const known: DatasetIds = {
    ...WITHOUT_STORY,
    facetValues: (facet) => new Set(facet === 'kind' ? ['talks', 'meeting'] : []),
  };
  it('keeps the facets’ values the dataset has, and drops the others with a notice', () => {
    const resolved = resolveViewFilters(
      url({ facets: { kind: ['talks', 'summit'], actor: ['XYZ'] } }),
      known,
    );
    expect(resolved.filters.facets).toEqual({ kind: ['talks'] });
    expect(resolved.notices).toEqual([
      { param: 'kind', reason: 'unknown-value' },
      { param: 'actor', reason: 'unknown-value' },
    ]);
    expect(resolved.state.facets).toEqual({ kind: ['talks'] });
  });
});
