/**
 * What the schema's extensions for imported data accept and refuse: year-precision dates, events
 * with no coded act, unknown countries, groups. Each is optional, so older files read as before.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/i18n/datasetText';
import { MESSAGES } from '@/i18n/allMessages';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import type { Problem } from '../dataset/problems';
import { validateDataset } from './validate';

const english = (problem: Problem) => formatProblem(MESSAGES.en, problem);
const vietnamese = (problem: Problem) => formatProblem(MESSAGES.vi, problem);

function leftOutOf(raw: unknown): Problem[] {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`refused: ${result.problems.map(english).join('; ')}`);
  return result.leftOut;
}

describe('year precision', () => {
  it('keeps an event, a quote and a source known only to the year, written as 1 January', () => {
    const data = makeSampleDataset();
    data.events[2] = { ...data.events[2]!, date: '2023-01-01', datePrecision: 'year' };
    data.quotes[1] = { ...data.quotes[1]!, date: '2023-01-01', datePrecision: 'year' };
    data.sources[0] = { ...data.sources[0]!, date: '2023-01-01', datePrecision: 'year' };
    expect(leftOutOf(data)).toEqual([]);
  });

  it('leaves out a year-precision date that is not 1 January, and says so in both languages', () => {
    const data = makeSampleDataset();
    data.events[2] = { ...data.events[2]!, date: '2023-02-01', datePrecision: 'year' };
    const [problem] = leftOutOf(data);
    expect(english(problem!)).toBe(
      'events[2].date: a year-precision date is written as 1 January (YYYY-01-01), got "2023-02-01"',
    );
    expect(vietnamese(problem!)).toContain('ngày 1 tháng 1');
  });

  it('names the three precisions when another is given', () => {
    const data = makeSampleDataset();
    Object.assign(data.events[0]!, { datePrecision: 'week' });
    expect(leftOutOf(data).map(english)[0]).toBe(
      'events[0].datePrecision: expected "day", "month" or "year", got "week"',
    );
  });
});

describe('imported events', () => {
  it('keeps an event with no coded act, unscored', () => {
    const data = makeSampleDataset();
    const event: Record<string, unknown> = { ...data.events[0]!, actions: [] };
    delete event.tension;
    delete event.tensionRange;
    const result = validateDataset({ ...data, events: [event] });
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      actions: [],
      tension: null,
      tensionRange: null,
    });
  });

  it('refuses a stored score for an event with no coded act', () => {
    const data = makeSampleDataset();
    data.events[0] = { ...data.events[0]!, actions: [], tension: 3.3, tensionRange: null };
    expect(leftOutOf(data).map(english)).toEqual([
      'events[0].tension: expected null (no action is between the two sides), got 3.3',
      'quotes[0].eventId: its event "e1" was left out',
    ]);
  });

  it('keeps people and places whose country is unknown', () => {
    const data = makeSampleDataset();
    data.people[0] = { ...data.people[0]!, country: null };
    data.places[0] = { ...data.places[0]!, country: null };
    expect(leftOutOf(data)).toEqual([]);
  });

  it('keeps an event’s group, and refuses an empty one', () => {
    const data = makeSampleDataset();
    data.events[0] = { ...data.events[0]!, group: 'Arms control' };
    data.events[1] = { ...data.events[1]!, group: '' };
    const result = validateDataset(data);
    expect(result.ok && result.dataset.events[0]?.group).toBe('Arms control');
    expect(result.ok && result.leftOut.map(english)).toEqual([
      'events[1].group: expected non-empty text, got ""',
    ]);
  });

  it('accepts the new kinds', () => {
    const data = makeSampleDataset();
    data.events[0] = { ...data.events[0]!, kind: 'material-cooperation' };
    data.events[1] = { ...data.events[1]!, kind: 'material-conflict' };
    data.events[2] = { ...data.events[2]!, kind: 'event' };
    expect(leftOutOf(data)).toEqual([]);
  });
});
