/**
 * Every id the schema accepts selects through the link, by one limit for both (review C6), and a
 * facet the panel does not offer does not filter: its values are dropped, with a notice.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../dataset/ids';
import { eventSchema } from '../dataset/schema';
import { fastEvent } from '../validation/fastShape';
import { parseUrlState, reconcileUrlState, urlStateToSearch } from './urlState';

describe('ids in the link', () => {
  it('selects an event whose id is as long as the schema allows', () => {
    const id = `e-${'x'.repeat(MAX_ID_LENGTH - 2)}`;
    const { state, notices } = parseUrlState(
      urlStateToSearch({ ...parseUrlState('').state, event: id }),
    );
    expect(notices).toEqual([]);
    expect(state.event).toBe(id);
  });

  it('is one limit: the schema refuses an id the link would refuse', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    expect(parseUrlState(`?place=${long}`).notices).toEqual([
      { param: 'place', reason: 'too-long' },
    ]);
    const event = {
      id: long,
      date: '2022-01-21',
      datePrecision: 'day',
      placeId: null,
      kind: 'meeting',
      status: 'held',
      category: 'us-russia',
      participants: [],
      title: { en: 't', vi: 't' },
      summary: { en: 's', vi: 's' },
      actions: [],
      sourceIds: ['s'],
    };
    expect(eventSchema.safeParse(event).success).toBe(false);
    expect(fastEvent(event)).toBeNull();
    expect(eventSchema.safeParse({ ...event, id: 'x'.repeat(MAX_ID_LENGTH) }).success).toBe(true);
  });
});

describe('a facet the panel hides', () => {
  it('does not filter: its values are dropped, with a notice', () => {
    const { state } = parseUrlState('?participant=antony-blinken&kind=meeting');
    const all = { has: () => true };
    const known = {
      places: all,
      events: all,
      facets: () => all,
      hidden: new Set(['participant'] as const),
    };
    const reconciled = reconcileUrlState(state, known);
    expect(reconciled.state.facets).toEqual({ kind: ['meeting'] });
    expect(reconciled.notices).toEqual([{ param: 'participant', reason: 'hidden-facet' }]);
  });
});
