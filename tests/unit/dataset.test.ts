/**
 * The shipped dataset: it validates, every quote and every coded sentence stands verbatim in its
 * article, tension recomputes, and the published JSON Schema is current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAMEO_CODES } from '@/domain/cameo';
import { serializeJsonSchema } from '@/domain/jsonSchema';
import type { Dataset } from '@/domain/schema';
import { scoreTension } from '@/domain/tension';
import { parseDatasetText } from '@/domain/validate';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const text = readFileSync(root('public/data/events.json'), 'utf8');
const result = parseDatasetText(text);
if (!result.ok)
  throw new Error(`The shipped dataset is invalid: ${JSON.stringify(result.problems, null, 2)}`);
const dataset: Dataset = result.dataset;

/** Only white space and the kind of quotation mark may differ from the article. */
function normalize(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const seedsDir = root('../shared/seeds');
const articleOf = (sourceId: string): string | null => {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`unknown source ${sourceId}`);
  const path = `${seedsDir}/${source.file}`;
  return existsSync(path) ? normalize(readFileSync(path, 'utf8')) : null;
};
const seedsPresent = existsSync(seedsDir);

describe('the shipped dataset', () => {
  it('validates whole, leaving nothing out', () => {
    expect(result.ok && result.leftOut).toEqual([]);
  });

  it('covers the five meeting cities of the story', () => {
    const names = dataset.places.map((p) => p.name.en);
    for (const city of ['Geneva', 'Stockholm', 'New Delhi', 'Alaska', 'Budapest']) {
      expect(names.some((n) => n.includes(city))).toBe(true);
    }
  });

  it('cites each of the five articles', () => {
    expect(dataset.sources).toHaveLength(5);
    const cited = new Set(dataset.events.flatMap((e) => e.sourceIds));
    expect([...cited].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('has the contacts the articles report', () => {
    const find = (kind: string, date: string) =>
      dataset.events.find((e) => e.kind === kind && e.date === date);
    expect(find('phone-call', '2022-01-18')).toBeDefined();
    expect(find('phone-call', '2025-10-20')).toBeDefined();
    expect(find('postponement', '2025-10-21')?.status).toBe('postponed');
    expect(dataset.events.find((e) => e.placeId === 'budapest')?.status).toBe('planned');
    expect(dataset.events.find((e) => e.placeId === 'alaska')?.kind).toBe('summit');
    expect(dataset.events.some((e) => e.title.en.includes('New START'))).toBe(true);
  });

  it('stores the tension its actions score', () => {
    for (const event of dataset.events) {
      expect({ id: event.id, tension: event.tension }).toEqual({
        id: event.id,
        tension: scoreTension(event.actions),
      });
    }
  });

  it('weighs every action with GDELT’s Goldstein value for its CAMEO code', () => {
    for (const action of dataset.events.flatMap((e) => e.actions)) {
      expect(CAMEO_CODES[action.cameo]?.goldstein).toBe(action.goldstein);
    }
  });

  it('marks every month-precision date and explains it', () => {
    for (const event of dataset.events.filter((e) => e.datePrecision === 'month')) {
      expect(event.note, event.id).toMatch(/month/i);
    }
  });

  it('spells names correctly and records the articles’ slips', () => {
    const blinken = dataset.people.find((p) => p.id === 'antony-blinken');
    expect(blinken?.name).toBe('Antony Blinken');
    expect(blinken?.spellings).toContain('Bilnken');
    expect(dataset.people.find((p) => p.id === 'joe-biden')?.note).toMatch(/President/);
  });

  it('keeps related-news boilerplate out of the data', () => {
    const all = JSON.stringify(dataset.events) + JSON.stringify(dataset.quotes);
    expect(all).not.toContain('Tin liên quan');
    expect(all).not.toContain('Bài toán khó của Mỹ');
  });
});

describe.runIf(seedsPresent)('verbatim against ../shared/seeds', () => {
  it.each(dataset.quotes.map((q) => [q.id, q] as const))(
    'quote %s stands in its article',
    (_, quote) => {
      const article = articleOf(quote.sourceId);
      expect(article).not.toBeNull();
      expect(article).toContain(normalize(quote.text.vi));
    },
  );

  it('every coded action quotes a sentence of its article', () => {
    for (const event of dataset.events) {
      for (const action of event.actions) {
        expect(articleOf(action.sourceId), `${event.id}: ${action.sentence}`).toContain(
          normalize(action.sentence),
        );
      }
    }
  });

  it('the normalisation cannot make a changed quote pass', () => {
    const article = articleOf(dataset.quotes[0]!.sourceId);
    expect(article).not.toContain(normalize(`${dataset.quotes[0]!.text.vi} (edited)`));
  });
});

describe('events.schema.json', () => {
  it('is generated from the current zod schema (run `npm run schema` if not)', () => {
    expect(readFileSync(root('public/data/events.schema.json'), 'utf8')).toBe(
      serializeJsonSchema(),
    );
  });
});
