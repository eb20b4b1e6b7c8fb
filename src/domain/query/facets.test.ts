import { describe, expect, it } from 'vitest';
import {
  countFacets,
  facetsOfDataset,
  facetValuesOf,
  hasFacets,
  keepByFacets,
  shownFacets,
  toggleFacetValue,
} from './facets';
import type { DiplomaticEvent } from '../dataset/schema';

function event(id: string, patch: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return {
    id,
    date: '2022-01-01',
    datePrecision: 'day',
    placeId: null,
    kind: 'meeting',
    status: 'held',
    category: 'context',
    participants: [],
    title: { en: id, vi: id },
    summary: { en: id, vi: id },
    actions: [],
    tension: null,
    tensionRange: null,
    sourceIds: ['s'],
    ...patch,
  };
}

const act = (actor: string | null, target: string | null, cameo: string) => ({
  actor,
  target,
  cameo,
  goldstein: 1,
  sentence: 'x',
  sourceId: 's',
});

const EVENTS = [
  event('a', { kind: 'meeting', actions: [act('USA', 'RUS', '046')], group: 'Talks' }),
  event('b', { kind: 'talks', actions: [act('USA', 'UKR', '1056')], group: 'Talks' }),
  event('c', { kind: 'meeting', status: 'planned', actions: [act('RUS', null, '046')] }),
  event('d', { kind: 'statement', participants: ['alice'] }),
];

describe('facetValuesOf', () => {
  it('gives the actor countries of an event’s acts once each, and their CAMEO roots', () => {
    const e = event('x', { actions: [act('USA', 'RUS', '046'), act('RUS', 'USA', '0461')] });
    expect(facetValuesOf(e, 'actor')).toEqual(['USA', 'RUS']);
    expect(facetValuesOf(e, 'cameo')).toEqual(['04']);
    expect(facetValuesOf(event('y'), 'group')).toEqual([]);
  });
});

describe('keepByFacets', () => {
  it('is undefined when nothing is chosen, so the views skip the test', () => {
    expect(keepByFacets({})).toBeUndefined();
    expect(keepByFacets({ kind: [] })).toBeUndefined();
    expect(keepByFacets({ kind: ['talks'] }, 'kind')).toBeUndefined();
  });

  it('keeps an event with any chosen value of a facet, and only if every facet holds', () => {
    const keep = keepByFacets({ kind: ['meeting', 'talks'], actor: ['UKR'] })!;
    expect(EVENTS.filter(keep).map((e) => e.id)).toEqual(['b']);
    const meetings = keepByFacets({ kind: ['meeting'] })!;
    expect(EVENTS.filter(meetings).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('countFacets', () => {
  it('counts every value when nothing is chosen', () => {
    const counts = countFacets(EVENTS, {});
    expect(Object.fromEntries(counts.kind)).toEqual({ meeting: 2, talks: 1, statement: 1 });
    expect(Object.fromEntries(counts.actor)).toEqual({ USA: 2, RUS: 2, UKR: 1 });
    expect(Object.fromEntries(counts.cameo)).toEqual({ '04': 2, '10': 1 });
    expect(Object.fromEntries(counts.group)).toEqual({ Talks: 2 });
  });

  it('counts a facet over the events the OTHER facets keep, not its own choice', () => {
    const counts = countFacets(EVENTS, { kind: ['meeting'], status: ['held'] });
    // Kind follows the status chosen (held: a, b, d), not the kind chosen.
    expect(Object.fromEntries(counts.kind)).toEqual({ meeting: 1, talks: 1, statement: 1 });
    // Status follows the kind chosen (meetings: a, c).
    expect(Object.fromEntries(counts.status)).toEqual({ held: 1, planned: 1 });
    // Every other facet follows both: only a.
    expect(Object.fromEntries(counts.actor)).toEqual({ USA: 1, RUS: 1 });
  });
});

describe('shownFacets', () => {
  it('hides a facet of one value or none, and participants where acts name actors', () => {
    expect(shownFacets(facetsOfDataset(EVENTS))).toEqual(['kind', 'status', 'actor', 'cameo']);
    const unacted = [event('p', { participants: ['ann'] }), event('q', { participants: ['bo'] })];
    expect(shownFacets(facetsOfDataset(unacted))).toEqual(['participant']);
  });
});

describe('toggleFacetValue and hasFacets', () => {
  it('adds and removes a value, dropping a facet left empty', () => {
    const one = toggleFacetValue({}, 'kind', 'talks', true);
    expect(one).toEqual({ kind: ['talks'] });
    expect(hasFacets(one)).toBe(true);
    expect(toggleFacetValue(one, 'kind', 'talks', true)).toEqual({ kind: ['talks'] });
    const none = toggleFacetValue(one, 'kind', 'talks', false);
    expect(none).toEqual({});
    expect(hasFacets(none)).toBe(false);
  });
});
