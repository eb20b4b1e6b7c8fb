import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { indexDataset } from '../query/indexDataset';
import {
  DEFAULT_URL_STATE,
  hasStoryMeetings,
  parseUrlState,
  reconcileUrlState,
  urlStateToSearch,
} from './urlState';

describe('parseUrlState', () => {
  it('reads every filter', () => {
    expect(
      parseUrlState(
        '?from=2022-01-01&to=2022-12-31&place=geneva&event=e-1&lang=vi&kind=talks&kind=meeting&group=A%2C+B',
      ),
    ).toEqual({
      state: {
        from: '2022-01-01',
        to: '2022-12-31',
        place: 'geneva',
        event: 'e-1',
        lang: 'vi',
        story: null,
        facets: { kind: ['talks', 'meeting'], group: ['A, B'] },
      },
      notices: [],
    });
  });

  it('writes each facet value as a parameter of its own, and reads them back', () => {
    const state = { ...DEFAULT_URL_STATE, facets: { actor: ['USA', 'RUS'], group: ['A & B'] } };
    const search = urlStateToSearch(state);
    expect(search).toBe('?group=A+%26+B&actor=USA&actor=RUS');
    expect(parseUrlState(search).state).toEqual(state);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('drops impossible dates and unknown languages with a notice', () => {
    const { state, notices } = parseUrlState('?from=2022-13-40&to=yesterday&lang=fr');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toEqual([
      { param: 'from', reason: 'invalid-date' },
      { param: 'to', reason: 'invalid-date' },
      { param: 'lang', reason: 'unknown-language' },
    ]);
  });

  it('swaps a reversed range and says so', () => {
    const { state, notices } = parseUrlState('?from=2023-01-01&to=2022-01-01');
    expect(state).toMatchObject({ from: '2022-01-01', to: '2023-01-01' });
    expect(notices).toEqual([{ param: 'to', reason: 'reversed-range' }]);
  });

  it('takes the first of repeated values and refuses huge ones', () => {
    const huge = 'a'.repeat(5000);
    const { state, notices } = parseUrlState(`?place=geneva&place=budapest&event=${huge}`);
    expect(state.place).toBe('geneva');
    expect(state.event).toBeNull();
    expect(notices).toEqual([
      { param: 'place', reason: 'repeated' },
      { param: 'event', reason: 'too-long' },
    ]);
  });

  it('refuses markup in an id', () => {
    const { state, notices } = parseUrlState('?place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(state.place).toBeNull();
    expect(notices).toEqual([{ param: 'place', reason: 'unknown-place' }]);
  });
});

describe('the story step', () => {
  it('reads a step from 1 to 5 and refuses anything else', () => {
    expect(parseUrlState('?story=3').state.story).toBe(3);
    for (const bad of ['0', '6', '2.5', '-1', 'two', '03']) {
      const { state, notices } = parseUrlState(`?story=${bad}`);
      expect(state.story).toBeNull();
      expect(notices).toEqual([{ param: 'story', reason: 'unknown-story' }]);
    }
  });
  it('round-trips', () => {
    expect(urlStateToSearch({ ...DEFAULT_URL_STATE, story: 2, lang: 'vi' })).toBe(
      '?lang=vi&story=2',
    );
  });
});

describe('reconcileUrlState', () => {
  it('drops a place or event the dataset does not have', () => {
    const known = { places: new Set(['geneva']), events: new Set(['e1']) };
    const state = { ...DEFAULT_URL_STATE, place: 'atlantis', event: 'e1' };
    expect(reconcileUrlState(state, known)).toEqual({
      state: { ...state, place: null },
      notices: [{ param: 'place', reason: 'unknown-place' }],
    });
  });
  it('closes a story step, with a notice, on data without the story’s meetings', () => {
    const sample = indexDataset(makeSampleDataset());
    const known = { places: sample.placesById, events: sample.eventsById };
    expect(hasStoryMeetings(known)).toBe(false);
    expect(reconcileUrlState({ ...DEFAULT_URL_STATE, story: 2 }, known)).toEqual({
      state: DEFAULT_URL_STATE,
      notices: [{ param: 'story', reason: 'story-unavailable' }],
    });
    const withStory = indexDataset(makeSampleDataset({ withStory: true }));
    const storyKnown = { places: withStory.placesById, events: withStory.eventsById };
    expect(hasStoryMeetings(storyKnown)).toBe(true);
    expect(reconcileUrlState({ ...DEFAULT_URL_STATE, story: 2 }, storyKnown).notices).toEqual([]);
  });
  it('asks the index’s own maps, without copying their ids', () => {
    const index = indexDataset(makeSampleDataset());
    const asked: string[] = [];
    const events = { has: (id: string) => (asked.push(id), index.eventsById.has(id)) };
    const state = { ...DEFAULT_URL_STATE, place: 'geneva', event: 'nowhere' };
    expect(reconcileUrlState(state, { places: index.placesById, events })).toEqual({
      state: { ...state, event: null },
      notices: [{ param: 'event', reason: 'unknown-event' }],
    });
    expect(asked).toEqual(['nowhere']);
  });
});

describe('urlStateToSearch', () => {
  it('drops defaults and round-trips', () => {
    const state = { ...DEFAULT_URL_STATE, from: '2022-01-01', place: 'geneva' };
    expect(urlStateToSearch(state)).toBe('?from=2022-01-01&place=geneva');
    expect(parseUrlState(urlStateToSearch(state)).state).toEqual(state);
    expect(urlStateToSearch(DEFAULT_URL_STATE)).toBe('');
  });
});
