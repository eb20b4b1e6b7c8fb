import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/i18n/datasetText';
import { MESSAGES } from '@/i18n/allMessages';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { countLeftOutRecords, formatPath, type Problem } from '../dataset/problems';
import { describeValue } from '../dataset/describeIssue';
import { parseDatasetText, validateDataset } from './validate';

/** A problem as an English reader sees it: `events[3].date: expected …`. */
const english = (problem: Problem) => formatProblem(MESSAGES.en, problem);

/** Every problem found, whether the dataset was refused or shown without the bad records. */
function problemsOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  return (result.ok ? result.leftOut : result.problems).map(english);
}

describe('validateDataset', () => {
  it('accepts a valid dataset whole', () => {
    const result = validateDataset(makeSampleDataset());
    expect(result.ok && result.leftOut).toEqual([]);
  });

  it('shows the valid records and lists exactly what was left out', () => {
    const data = makeSampleDataset();
    data.events[1]!.date = '2022-13-40';
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
    expect(result.dataset.quotes).toHaveLength(3);
    expect(countLeftOutRecords(result.leftOut)).toBe(1);
  });

  it('leaves out the quotes of a left-out event, and says why', () => {
    const data = makeSampleDataset();
    data.events[0]!.placeId = 'atlantis';
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
    expect(result.dataset.quotes.map((q) => q.id)).toEqual(['q2', 'q3']);
    expect(result.leftOut.map(english)).toEqual([
      'events[0].placeId: no place has the id "atlantis"',
      'quotes[0].eventId: its event "e1" was left out',
    ]);
  });

  it('leaves out a quote whose event failed its own shape', () => {
    const raw = JSON.parse(JSON.stringify(makeSampleDataset()));
    raw.events[0].kind = 'duel';
    expect(problemsOf(raw)).toEqual([
      'events[0].kind: expected one of meeting, summit, phone-call, talks, statement, announcement, postponement, material-cooperation, material-conflict, event, got "duel"',
      'quotes[0].eventId: its event "e1" was left out',
    ]);
  });

  it('refuses a dataset in which no valid event remains', () => {
    const data = makeSampleDataset();
    for (const event of data.events) event.tension = 11;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(english(result.problems[0]!)).toBe('events: no valid event remains');
    expect(result.problems.length).toBeGreaterThan(4);
  });

  it('refuses a dataset whose top level is not the five lists', () => {
    const raw = { events: {}, quotes: [] };
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining(['sources: is missing', 'events: expected a list, got an object']),
    );
  });

  it('names an impossible date with its path and value', () => {
    const data = makeSampleDataset();
    data.events[1]!.date = '2022-13-40';
    expect(problemsOf(data)).toEqual([
      'events[1].date: expected a real calendar date, got "2022-13-40"',
    ]);
  });

  it('names a malformed date with its path and value', () => {
    const raw = JSON.parse(JSON.stringify(makeSampleDataset()));
    raw.events[3].date = '21/1/2022';
    expect(problemsOf(raw)).toEqual([
      'events[3].date: expected YYYY-MM-DD, got "21/1/2022"',
      'quotes[2].eventId: its event "e4" was left out',
    ]);
  });

  it('reports a missing field and a wrong type', () => {
    const raw = JSON.parse(JSON.stringify(makeSampleDataset()));
    delete raw.places[0].lat;
    raw.events[0].tension = 'high';
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        'places[0].lat: is missing',
        'events[0].tension: expected a number, got "high"',
      ]),
    );
  });

  it('reports coordinates out of range', () => {
    const raw = makeSampleDataset();
    raw.places[1]!.lon = 200;
    expect(problemsOf(raw)).toEqual([
      'places[1].lon: expected a longitude from -180 to 180, got 200',
      'events[3].placeId: no place has the id "budapest"',
      'quotes[2].eventId: its event "e4" was left out',
    ]);
  });

  it('reports broken references and duplicate ids', () => {
    const data = makeSampleDataset();
    data.events[0]!.placeId = 'atlantis';
    data.quotes[0]!.eventId = 'nope';
    data.quotes[1]!.speaker = undefined;
    data.people[1]!.id = 'alice';
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        'people[1].id: duplicate id "alice"',
        'events[0].placeId: no place has the id "atlantis"',
        'quotes[0].eventId: no event has the id "nope"',
        'quotes[1].speaker: a quote with no speakerId needs a described speaker',
      ]),
    );
  });

  it('insists that the stored tension is the score of the actions', () => {
    const data = makeSampleDataset();
    data.events[0]!.tension = 9;
    expect(problemsOf(data)).toEqual([
      'events[0].tension: expected 3.3 (the score of its actions), got 9',
      'quotes[0].eventId: its event "e1" was left out',
    ]);
  });

  it('computes the tension and its range where a file leaves them out', () => {
    const data = makeSampleDataset();
    const event = data.events[2]! as Partial<(typeof data.events)[number]>;
    delete event.tension;
    delete event.tensionRange;
    const result = validateDataset(data);
    expect(result.ok && result.leftOut).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.events[2]).toMatchObject({ tension: 6.4, tensionRange: [6.4, 6.4] });
  });

  it('scores again, rather than refusing, a file written with the earlier mean-based score', () => {
    const data = makeSampleDataset();
    // (10 − 2.5) ÷ 2 = 3.8: what the earlier version stored for a meeting alone.
    data.events[0]!.tension = 3.8;
    const result = validateDataset(data);
    expect(result.ok && result.leftOut).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.events[0]?.tension).toBe(3.3);
  });

  it('insists on null where no action is between the two sides', () => {
    const data = makeSampleDataset();
    data.events[0]!.actions[0]!.target = 'UKR';
    data.events[0]!.tension = 3.3;
    data.events[0]!.tensionRange = null;
    expect(problemsOf(data)).toEqual([
      'events[0].tension: expected null (no action is between the two sides), got 3.3',
      'quotes[0].eventId: its event "e1" was left out',
    ]);
  });

  it('scores the two sides a dataset names', () => {
    const data = makeSampleDataset();
    data.dyad = ['FRA', 'DEU'];
    for (const event of data.events) {
      event.tension = null;
      event.tensionRange = null;
    }
    data.events[0]!.actions[0]! = { ...data.events[0]!.actions[0]!, actor: 'FRA', target: 'DEU' };
    data.events[0]!.tension = 3.3;
    data.events[0]!.tensionRange = [3.3, 3.3];
    expect(problemsOf(data)).toEqual([]);
  });

  it('insists that a stored range is the range of the readings', () => {
    const data = makeSampleDataset();
    data.events[2]!.actions[0]!.alternatives = [
      { cameo: '111', goldstein: -2, reason: 'criticism rather than accusation' },
      { cameo: '1056', goldstein: -5, reason: 'a demand' },
    ];
    expect(problemsOf(data)).toEqual([
      'events[2].tensionRange: expected [6.4, 7.5] (the lowest and highest score over its readings), got [6.4, 6.4]',
      'quotes[1].eventId: its event "e3" was left out',
    ]);
  });

  it('insists on GDELT’s weight for the code of an alternative reading', () => {
    const data = makeSampleDataset();
    data.events[2]!.actions[0]!.alternatives = [
      { cameo: '1056', goldstein: -2, reason: 'a demand' },
    ];
    expect(problemsOf(data)).toEqual([
      'events[2].actions[0].alternatives[0].goldstein: CAMEO 1056 (Demand de-escalation of military engagement) weighs -5 on the Goldstein scale, got -2',
      'quotes[1].eventId: its event "e3" was left out',
    ]);
  });

  it('insists on GDELT’s weight for a known CAMEO code', () => {
    const data = makeSampleDataset();
    data.events[3]!.actions[0]!.goldstein = 7;
    data.events[3]!.tension = 1.5;
    expect(problemsOf(data)).toEqual([
      'events[3].actions[0].goldstein: CAMEO 036 (Express intent to meet or negotiate) weighs 4 on the Goldstein scale, got 7',
      'quotes[2].eventId: its event "e4" was left out',
    ]);
  });

  it('wants month-precision dates on the first of the month', () => {
    const data = makeSampleDataset();
    data.events[2]!.date = '2023-02-14';
    expect(problemsOf(data)).toEqual([
      'events[2].date: a month-precision date is written with day 01, got "2023-02-14"',
      'quotes[1].eventId: its event "e3" was left out',
    ]);
  });

  it('refuses a dataset without events', () => {
    const data = makeSampleDataset();
    data.events = [];
    data.quotes = [];
    expect(problemsOf(data)).toEqual(['events: the dataset has no events']);
  });

  it('refuses something that is not a dataset at all', () => {
    expect(problemsOf([1, 2, 3])).toEqual(['expected an object, got a list']);
  });
});

describe('parseDatasetText', () => {
  it('says where JSON parsing stopped', () => {
    const result = parseDatasetText('{"events": [1, 2,,]}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stage).toBe('json');
      expect(english(result.problems[0]!)).toBe(
        'not valid JSON: a value was expected at line 1, column 18, after `{"events": [1, 2,`',
      );
    }
  });
});

describe('parseDatasetText, more JSON failures', () => {
  it.each([
    ['', 'not valid JSON: the file is empty'],
    ['<!doctype html><html>', 'not valid JSON: unexpected character at line 1, column 1'],
    [
      '{\n  "events": [\n    {"id": "a"\n',
      'not valid JSON: a closing } was expected at line 4, column 1, after `"events": [ {"id": "a"`',
    ],
  ])('explains %j', (text, message) => {
    const result = parseDatasetText(text);
    expect(result.ok ? null : english(result.problems[0]!)).toBe(message);
  });
});

describe('formatting', () => {
  it('writes paths the way JavaScript reads them', () => {
    expect(formatPath(['events', 3, 'actions', 0, 'cameo'])).toBe('events[3].actions[0].cameo');
  });
  it('quotes and cuts long text values', () => {
    const long = describeValue('x'.repeat(100));
    expect(long.kind === 'literal' && long.text).toHaveLength(60);
    expect(describeValue('<script>')).toEqual({ kind: 'literal', text: '"<script>"' });
    expect(describeValue({})).toEqual({ kind: 'object' });
  });
});
