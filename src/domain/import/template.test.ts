import { describe, expect, it } from 'vitest';
import { english, readFixture, WORDING } from '../../../tests/fixtures/import/read';
import { importFiles, importText } from './importFiles';
import { ImportSession } from './session';

const files = (names: ('events.csv' | 'quotes.csv')[]) =>
  names.map((name) => ({ text: readFixture(name), fileName: name }));

function importTemplate(names: ('events.csv' | 'quotes.csv')[]) {
  const outcome = importFiles(files(names), { wording: WORDING });
  if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
  return outcome;
}

describe('the CSV template', () => {
  const { dataset, leftOut, notes, counts, formats } = importTemplate(['quotes.csv', 'events.csv']);
  const event = (id: string) => dataset.events.find((e) => e.id === id);

  it('reads the events file before the quotes file, in whatever order they come', () => {
    expect(formats).toEqual(['template-events', 'template-quotes']);
    expect(counts).toMatchObject({ rows: 13, events: 6, quotes: 2, leftOut: 5 });
  });

  it('names each row left out by its file, line and column', () => {
    expect(leftOut.map(english)).toEqual([
      'events.csv: line 4, column date: expected a real calendar date, got "2022-13-40"',
      'events.csv: line 6, column latitude: expected a latitude from -90 to 90, got 95',
      'quotes.csv: line 4, column event: its event "row-4" was left out',
      'quotes.csv: line 5, column event: no event has the id "99"',
      'quotes.csv: line 6, column language: expected one of vi, en, got "ru"',
    ]);
    expect(notes.map(english)).toEqual([
      'events.csv: line 7, column source_url: the link "javascript:alert(1)" is not http or https, so it is left out; the row is kept',
      'events.csv: line 9, column place: “Riyadh” has no latitude and longitude, so the event has no place on the map; the row is kept',
    ]);
  });

  it('reads a row into an event with its place, people, source and coded act', () => {
    expect(event('row-3')).toEqual({
      id: 'row-3',
      date: '2022-01-21',
      datePrecision: 'day',
      placeId: 'geneva',
      kind: 'talks',
      status: 'held',
      category: 'us-russia',
      group: 'Meetings',
      participants: ['antony-blinken', 'sergey-lavrov'],
      title: { en: 'Talks in Geneva', vi: 'Hội đàm tại Geneva' },
      summary: {
        en: 'Blinken and Lavrov talked for 90 minutes, “frank and substantive”.',
        vi: 'Blinken and Lavrov talked for 90 minutes, “frank and substantive”.',
      },
      actions: [
        {
          actor: 'USA',
          target: 'RUS',
          cameo: '046',
          goldstein: 7,
          sentence: 'Blinken and Lavrov talked for 90 minutes, “frank and substantive”.',
          sourceId: 'example-org-2',
        },
      ],
      tension: 2.1,
      tensionRange: [2.1, 2.1],
      sourceIds: ['example-org-2'],
    });
    expect(dataset.places.find((p) => p.id === 'geneva')).toEqual({
      id: 'geneva',
      name: { en: 'Geneva', vi: 'Geneva' },
      country: null,
      lat: 46.2044,
      lon: 6.1432,
    });
  });

  it('keeps dates as precise as written: a month, a year', () => {
    expect(event('row-5')).toMatchObject({ date: '2023-03-01', datePrecision: 'month' });
    expect(event('row-8')).toMatchObject({
      date: '2024-01-01',
      datePrecision: 'year',
      placeId: null,
      kind: 'statement',
      tension: 6.4,
    });
  });

  it('keeps rows with no coded act, unscored, and a place without coordinates off the map', () => {
    expect(event('row-7')).toMatchObject({ actions: [], tension: null, category: 'context' });
    expect(event('row-9')).toMatchObject({ placeId: null, kind: 'phone-call', group: 'Calls' });
  });

  it('reads quotes of an event named by its line or its id, each text in its language', () => {
    expect(dataset.quotes).toEqual([
      {
        id: 'quote-2',
        eventId: 'row-3',
        speakerId: 'antony-blinken',
        date: '2022-01-21',
        datePrecision: 'day',
        language: 'en',
        text: {
          en: 'We did not expect any breakthroughs.',
          vi: 'Chúng tôi không kỳ vọng đột phá nào.',
        },
        sourceId: 'example-org-2',
      },
      {
        id: 'quote-3',
        eventId: 'row-5',
        speakerId: 'sergey-lavrov',
        date: '2023-03-02',
        datePrecision: 'day',
        text: { vi: 'Cuộc gặp rất ngắn.', en: 'The meeting was very short.' },
        // No link of its own: the event's source.
        sourceId: 'events-csv',
      },
    ]);
  });

  it('refuses a file that lacks a column it needs, naming it', () => {
    const session = new ImportSession({ wording: WORDING });
    const file = session.open({ format: 'template-events', delimiter: ',' });
    file.push('date,place\n2022-01-21,Geneva\n');
    file.end();
    const outcome = session.finish();
    expect(!outcome.ok && outcome.problems.map(english)).toEqual([
      'the header has no column "title"',
    ]);
  });

  it('says a quotes file alone has no events, and why each quote is left out', () => {
    const quotes = importText('event,speaker,text\n1,A,B\n', { wording: WORDING });
    expect(!quotes.ok && quotes.problems.map(english)).toEqual([
      'events: the dataset has no events',
      'line 2, column event: no event has the id "1"',
    ]);
  });

  it('refuses a file whose format it does not recognise, whatever its name', () => {
    const outcome = importText('date,place\n2022-01-21,Geneva\n', {
      wording: WORDING,
      fileName: 'events.csv',
    });
    expect(!outcome.ok && outcome.problems.map(english)).toEqual([
      'the format of the file was not recognised: expected this app’s JSON, a TimelineJS timeline (JSON, or its spreadsheet as CSV), GDELT 1.0 or 2.0 event rows, or the CSV template',
    ]);
  });

  it('keeps the first of two events with one id, and the quotes of that event', () => {
    const outcome = importFiles(
      [{ text: 'id,date,title\na,2022,x\na,2023,y\n' }, { text: 'event,speaker,text\na,S,T\n' }],
      { wording: WORDING },
    );
    expect(outcome.ok && outcome.leftOut.map(english)).toEqual([
      'line 3, column id: duplicate id "a"',
    ]);
    expect(outcome.ok && outcome.dataset.quotes.map((q) => q.eventId)).toEqual(['a']);
  });

  it('names a row whose quoted field is never closed', () => {
    const outcome = importText('date,title\n2022,first\n2023,"never closed\n', {
      wording: WORDING,
    });
    expect(outcome.ok && outcome.leftOut.map(english)).toEqual([
      'line 3: a quoted field is not closed before the end of the file',
    ]);
  });

  it('refuses a CAMEO code outside GDELT’s table, whose weight it cannot know', () => {
    const outcome = importText('date,title,actor,target,cameo\n2022,x,USA,RUS,0999\n2022,y,,,\n', {
      wording: WORDING,
    });
    expect(outcome.ok && outcome.leftOut.map(english)).toEqual([
      'line 2, column cameo: CAMEO 0999 is not a code of GDELT’s table, so its Goldstein weight is not known',
    ]);
  });
});
