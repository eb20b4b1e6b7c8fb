import { describe, expect, it } from 'vitest';
import { describeCameo } from '../scoring/cameo';
import { english, readFixture, vietnamese, WORDING } from '../../../tests/fixtures/import/read';
import { kindOfCameo } from './gdeltFields';
import { importText } from './importFiles';

function importGdelt(name: 'gdelt-1.export.CSV' | 'gdelt-2.export.CSV', onlyDyad = false) {
  const outcome = importText(readFixture(name), { wording: WORDING, fileName: name, onlyDyad });
  if (!outcome.ok) throw new Error(outcome.problems.map(english).join('\n'));
  return outcome;
}

describe('GDELT 2.0 rows', () => {
  const { dataset, leftOut, notes, counts, formats } = importGdelt('gdelt-2.export.CSV');
  const event = (id: string) => dataset.events.find((e) => e.id === `gdelt-${id}`);

  it('reads one event a row, and names each row it cannot read by its line', () => {
    expect(formats).toEqual(['gdelt-2']);
    expect(counts).toEqual({
      rows: 8,
      events: 6,
      quotes: 0,
      leftOut: 2,
      skipped: { title: 0, era: 0, 'outside-dyad': 0 },
    });
    expect(leftOut.map(english)).toEqual([
      'line 4: 30 columns, a GDELT 2.0 row has 61',
      'line 7, column SQLDATE: expected a date as YYYYMMDD, got "2022-02-22"',
    ]);
    expect(leftOut.map(vietnamese)[0]).toBe('dòng 4: có 30 cột, một dòng GDELT 2.0 có 61 cột');
  });

  it('maps the date, the place, the actors, the act and the source of a row', () => {
    expect(event('1022431001')).toEqual({
      id: 'gdelt-1022431001',
      date: '2022-01-21',
      datePrecision: 'day',
      placeId: 'geneva-geneve-switzerland',
      kind: 'talks',
      status: 'held',
      category: 'us-russia',
      participants: ['antony-blinken-usa', 'sergey-lavrov-rus'],
      title: {
        en: 'Antony Blinken → Sergey Lavrov: Engage in negotiation',
        vi: 'Antony Blinken → Sergey Lavrov: Đàm phán',
      },
      summary: {
        en: 'Antony Blinken → Sergey Lavrov: Engage in negotiation (CAMEO 046, Goldstein +7.0), in Geneva, Genève, Switzerland: an event GDELT coded by machine from a news report.',
        vi: 'Antony Blinken → Sergey Lavrov: Đàm phán (CAMEO 046, Goldstein +7,0), tại Geneva, Genève, Switzerland: sự kiện do GDELT mã hóa tự động từ một bản tin.',
      },
      actions: [
        {
          actor: 'USA',
          target: 'RUS',
          cameo: '046',
          goldstein: 7,
          sentence: 'GDELT 1022431001: USAGOV 046 RUSGOV',
          sourceId: 'www-reuters-com',
        },
      ],
      tension: 2.1,
      tensionRange: [2.1, 2.1],
      sourceIds: ['www-reuters-com'],
    });
    expect(dataset.places.find((p) => p.id === 'geneva-geneve-switzerland')).toEqual({
      id: 'geneva-geneve-switzerland',
      name: { en: 'Geneva, Genève, Switzerland', vi: 'Geneva, Genève, Switzerland' },
      // GDELT's SZ is FIPS 10-4 for Switzerland: CH in ISO.
      country: 'CH',
      lat: 46.2022,
      lon: 6.14569,
    });
    expect(dataset.people.find((p) => p.id === 'sergey-lavrov-rus')).toEqual({
      id: 'sergey-lavrov-rus',
      name: 'Sergey Lavrov',
      role: { en: 'Actor in GDELT’s event data', vi: 'Chủ thể trong dữ liệu sự kiện GDELT' },
      country: 'RU',
    });
    expect(dataset.sources[0]).toEqual({
      id: 'www-reuters-com',
      file: 'gdelt-2.export.CSV',
      publisher: 'www.reuters.com',
      url: 'https://www.reuters.com/world/europe/blinken-lavrov-meet-geneva-2022-01-21/',
      title: null,
      language: 'und',
      credit: null,
    });
  });

  it('makes one place, one person and one source for each thing, however many rows name it', () => {
    expect(event('1022053006')?.placeId).toBe('geneva-geneve-switzerland');
    expect(event('1022053006')?.participants).toEqual(['antony-blinken-usa', 'sergey-lavrov-rus']);
    expect(dataset.places.map((p) => p.id)).toEqual([
      'geneva-geneve-switzerland',
      'washington-district-of-columbia-united-states',
      'moscow-moskva-russia',
      'kyiv-kyyiv-misto-ukraine',
    ]);
    expect(new Set(dataset.people.map((p) => p.id)).size).toBe(dataset.people.length);
  });

  it('gives a row without coordinates no place, and names countries acting as themselves', () => {
    expect(event('1019983002')).toMatchObject({ placeId: null, kind: 'phone-call' });
    expect(event('1023870003')?.title).toEqual({
      en: 'United States → Russia: Demand de-escalation of military engagement',
      vi: 'Mỹ → Nga: Yêu cầu giảm leo thang quân sự',
    });
  });

  it('keeps only http(s) links, and says so of the one it leaves out', () => {
    const source = dataset.sources.find((s) => s.id === event('1023870003')?.sourceIds[0]);
    expect(source).toMatchObject({ url: null, publisher: null });
    expect(notes.map(english)).toEqual([
      'line 3, column SOURCEURL: the link "javascript:alert(document.cookie)" is not http or https, so it is left out; the row is kept',
    ]);
  });

  it('scores tension as the built-in data is scored: between the two sides only', () => {
    expect(event('1024102004')).toMatchObject({ kind: 'material-conflict', tension: 8.1 });
    // Russia against Ukraine: kept as context, not scored for the US and Russia.
    expect(event('1024215005')).toMatchObject({
      kind: 'material-conflict',
      category: 'context',
      tension: null,
    });
  });

  it('keeps only the rows between two chosen sides when asked', () => {
    const between = importGdelt('gdelt-2.export.CSV', true);
    expect(between.counts?.skipped['outside-dyad']).toBe(1);
    expect(between.dataset.events.map((e) => e.id)).not.toContain('gdelt-1024215005');
    expect(between.dataset.places.map((p) => p.id)).not.toContain('kyiv-kyyiv-misto-ukraine');
    expect(between.dataset.events.every((e) => e.category === 'us-russia')).toBe(true);
  });
});

describe('GDELT 1.0 rows', () => {
  it('reads the 58 columns of a daily file, and keeps a citation in place of a URL', () => {
    const { dataset, leftOut } = importGdelt('gdelt-1.export.CSV');
    expect(leftOut.map(english)).toEqual([
      'line 2: 30 columns, a GDELT 1.0 row has 58 (57 in the 1979–2013 backfile)',
    ]);
    expect(dataset.events.map((e) => [e.id, e.date, e.kind, e.tension])).toEqual([
      ['gdelt-998831101', '2021-06-16', 'meeting', 3.3],
      ['gdelt-998902102', '2021-06-17', 'statement', 6.4],
    ]);
    expect(dataset.sources[1]).toMatchObject({ publisher: 'BBC Monitoring', url: null });
    expect(dataset.people.find((p) => p.name === 'Kremlin')?.country).toBe('RU');
  });
});

describe('broken GDELT rows', () => {
  const first = readFixture('gdelt-2.export.CSV').split('\n')[0]!.split('\t');
  const COLUMN = { GoldsteinScale: 30, ActionGeo_Lat: 56, ActionGeo_Long: 57, EventCode: 26 };
  /** The first fixture row with some fields replaced. */
  const withFields = (changes: Partial<Record<keyof typeof COLUMN, string>>) => {
    const fields = [...first];
    for (const [name, value] of Object.entries(changes))
      fields[COLUMN[name as keyof typeof COLUMN]] = value;
    return fields.join('\t');
  };

  it('names the column of a number that is missing or is not one', () => {
    const text = [
      withFields({ GoldsteinScale: '' }),
      withFields({ GoldsteinScale: 'high' }),
      withFields({ ActionGeo_Lat: 'north' }),
      withFields({ ActionGeo_Long: '' }),
      withFields({ EventCode: '46' }),
      first.join('\t'),
      first.join('\t'),
    ].join('\n');
    const outcome = importText(text, { wording: WORDING });
    expect(outcome.ok && outcome.leftOut.map(english)).toEqual([
      'line 1, column GoldsteinScale: is missing',
      'line 2, column GoldsteinScale: expected a number, got "high"',
      'line 3, column ActionGeo_Lat: expected a number, got "north"',
      'line 4, column ActionGeo_Long: is missing',
      'line 5, column EventCode: CAMEO 46 is not a code of GDELT’s table, so its Goldstein weight is not known',
      'line 7, column GLOBALEVENTID: duplicate id "gdelt-1022431001"',
    ]);
    expect(outcome.ok && outcome.dataset.events.map((e) => e.id)).toEqual(['gdelt-1022431001']);
  });
});

describe('kindOfCameo', () => {
  it.each([
    ['041', 'phone-call'],
    ['042', 'meeting'],
    ['043', 'meeting'],
    ['044', 'meeting'],
    ['045', 'meeting'],
    ['046', 'talks'],
    ['04', 'statement'],
    ['040', 'statement'],
    ['010', 'statement'],
    ['036', 'statement'],
    ['0874', 'material-cooperation'],
    ['061', 'material-cooperation'],
    ['073', 'material-cooperation'],
    ['094', 'statement'],
    ['1056', 'statement'],
    ['130', 'statement'],
    ['141', 'material-conflict'],
    ['163', 'material-conflict'],
    ['2042', 'material-conflict'],
  ])('files CAMEO %s as %s', (code, kind) => {
    expect(describeCameo(code)).toBeDefined();
    expect(kindOfCameo(code)).toBe(kind);
  });
});
