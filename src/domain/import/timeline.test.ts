import { describe, expect, it } from 'vitest';
import { english, readFixture, vietnamese, WORDING } from '../../../tests/fixtures/import/read';
import { importText } from './importFiles';

function importTimeline(name: 'timeline.json' | 'timeline.csv') {
  const outcome = importText(readFixture(name), { wording: WORDING, fileName: name });
  if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
  return outcome;
}

describe.each(['timeline.json', 'timeline.csv'] as const)('TimelineJS, %s', (name) => {
  const { dataset, counts } = importTimeline(name);
  const [calls, summit, talks] = dataset.events;

  it('takes the title slide for the dataset’s title, and skips eras', () => {
    expect(dataset.title).toBe('US–Russia talks before the invasion');
    expect(counts).toMatchObject({ rows: 8, events: 3, leftOut: 3, skipped: { title: 1, era: 1 } });
  });

  it('keeps each date as precise as the slide gives it: a year, a month or a day', () => {
    expect(dataset.events.map((e) => [e.date, e.datePrecision])).toEqual([
      ['2021-01-01', 'year'],
      ['2021-06-16', 'day'],
      ['2022-01-01', 'month'],
    ]);
  });

  it('turns HTML into plain text, and keeps its http(s) links as sources', () => {
    expect(summit?.summary.en).toBe(
      'Biden & Putin met at the Villa La Grange.\nThe talks lasted about four hours.',
    );
    expect(calls?.summary.en).not.toMatch(/[<>]/);
    const links = calls?.sourceIds.map((id) => dataset.sources.find((s) => s.id === id)?.url);
    expect(links?.[0]).toBeNull(); // the file itself
    expect(links?.[1]).toMatch(/^https:\/\/www\.whitehouse\.gov\/briefing-room\//);
  });

  it('keeps the media as a link, not fetched, with its caption and credit', () => {
    const media = dataset.sources.find((s) => s.id === summit?.sourceIds[1]);
    expect(media).toMatchObject({
      url: 'https://upload.wikimedia.org/wikipedia/commons/a/a0/Villa_La_Grange.jpg',
      credit: 'Wikimedia Commons',
    });
    expect(media?.title).toMatch(/^The Villa La Grange/);
  });

  it('keeps groups, and makes events with no place, no actors and no score', () => {
    expect(dataset.events.map((e) => e.group)).toEqual(['Calls', 'Meetings', 'Meetings']);
    expect(dataset.places).toEqual([]);
    for (const event of dataset.events)
      expect(event).toMatchObject({
        placeId: null,
        kind: 'event',
        status: 'held',
        category: 'context',
        participants: [],
        actions: [],
        tension: null,
        tensionRange: null,
      });
  });

  it('notes the end date and the date the timeline displays', () => {
    expect(talks?.note).toBe(
      'Ends 21 January 2022. The timeline gives its date as “January 2022”.',
    );
  });
});

describe('TimelineJS JSON', () => {
  it('names the slides it cannot read by their path, and the links it leaves out', () => {
    const { leftOut, notes } = importTimeline('timeline.json');
    expect(leftOut.map(english)).toEqual([
      'events[3].start_date.month: expected a real calendar date, got "2022-13"',
      'events[4].start_date.year: is missing',
      'events[5]: expected an object, got "not a slide"',
    ]);
    expect(notes.map(english)).toEqual([
      'events[2].text.text: the link "javascript:alert(1)" is not http or https, so it is left out; the row is kept',
      'events[2].media.url: the link "data:image/png;base64,iVBORw0KGgo=" is not http or https, so it is left out; the row is kept',
    ]);
  });

  it('refuses JSON that is broken, or has no list of slides', () => {
    const broken = importText('{"events": [{"start_date": {"year": 2021}', {
      wording: WORDING,
    });
    expect(broken.ok).toBe(false);
    const noList = importText('{"title": {"text": {"headline": "x"}}, "events": 3}', {
      wording: WORDING,
    });
    expect(!noList.ok && noList.problems.map(english)).toEqual(['events: expected a list, got 3']);
  });
});

describe('TimelineJS CSV', () => {
  it('names the rows it cannot read by line and column, in both languages', () => {
    const { leftOut } = importTimeline('timeline.csv');
    expect(leftOut.map(english)).toEqual([
      'line 8, column Year: expected a number, got "20x1"',
      'line 9, column Day: expected a real calendar date, got "2022-2-30"',
      'line 10: 20 columns, a TimelineJS CSV row has 18',
    ]);
    expect(vietnamese(leftOut[0]!)).toBe(
      'dòng 8, cột Year: phải là một số, nhưng nhận được "20x1"',
    );
  });

  it('counts lines as a spreadsheet shows them, a text with a line break in it included', () => {
    const { dataset } = importTimeline('timeline.csv');
    // The Geneva slide's text holds a line break: the slide after it starts on line 6.
    expect(dataset.events.map((e) => e.id)).toEqual(['row-3', 'row-4', 'row-6']);
  });
});
