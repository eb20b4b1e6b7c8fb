import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { eventSchema, quoteSchema, type Dataset } from '../schema';
import { parseDatasetText } from '../validate';
import { EVENT_KEYS, packEvents, packQuotes, QUOTE_KEYS, transferablesOf } from './packedRecords';
import { StoredEvent, TextReader, unpackEvents, unpackQuotes } from './storedRecords';

/**
 * The sample with every optional member set and Vietnamese text, validated: the records the
 * worker packs.
 */
function validated(): Dataset {
  const sample = makeSampleDataset();
  const first = sample.events[0];
  if (first) Object.assign(first, { group: 'Thượng đỉnh', note: 'Ngày theo bản tin thứ hai.' });
  const verdict = parseDatasetText(JSON.stringify(sample));
  if (!verdict.ok) throw new Error('the sample is valid');
  return verdict.dataset;
}
const fullEvents = () => validated().events;

describe('packed records', () => {
  it('list their members in the order of the schema', () => {
    expect([...EVENT_KEYS]).toEqual(Object.keys(eventSchema.shape));
    expect([...QUOTE_KEYS]).toEqual(Object.keys(quoteSchema.shape));
  });

  it('come back whole, written as the record was, optional members and all', () => {
    const { events, quotes } = validated();
    const reader = new TextReader();
    const stored = unpackEvents(packEvents(events), reader);
    const storedQuotes = unpackQuotes(packQuotes(quotes), reader);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(events));
    expect(JSON.stringify(storedQuotes)).toBe(JSON.stringify(quotes));
    expect(stored[0]?.title).toEqual(events[0]?.title);
    expect(stored[0]?.group).toBe('Thượng đỉnh');
    expect(stored[1]?.note).toBeUndefined();
    expect(storedQuotes.find((q) => q.speaker)?.speaker?.name.vi).toBe('Một quan chức');
  });

  it('keep the text as bytes, not as members of the record', () => {
    const [event] = unpackEvents(packEvents(fullEvents()), new TextReader());
    expect(event).toBeInstanceOf(StoredEvent);
    const own = Object.keys(event ?? {});
    expect(own).not.toContain('title');
    expect(own).not.toContain('summary');
    expect(own).not.toContain('actions');
  });

  it('read the text again once the reader has let it go', () => {
    const events = fullEvents();
    // A reader that keeps one record's text: every read but the first in a row decodes again.
    const stored = unpackEvents(packEvents(events), new TextReader(1));
    for (let round = 0; round < 2; round++)
      stored.forEach((event, i) => expect(event.summary).toEqual(events[i]?.summary));
  });

  it('hand over their buffers to be transferred', () => {
    const packed = packQuotes(validated().quotes);
    const buffers = transferablesOf(packed);
    expect(buffers).toEqual([packed.text.buffer, packed.ends.buffer]);
    // Nothing spare is sent: the text buffer ends where the last record does.
    expect(packed.text.byteLength).toBe(packed.ends.at(-1));
  });
});
