/**
 * The shipped dataset against the five articles it is drawn from: every quote, coded sentence and
 * paragraph stands verbatim in its article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset, normalize, root } from '../fixtures/shippedDataset';

/**
 * The five articles. The verbatim checks need them: where they are missing the checks fail and
 * say so, rather than quietly not running (SEEDS_DIR may point elsewhere).
 */
const seedsDir = process.env.SEEDS_DIR ?? root('../shared/seeds');
const seedsPresent = existsSync(seedsDir);
const rawArticleOf = (sourceId: string): string => {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`unknown source ${sourceId}`);
  const path = `${seedsDir}/${source.file}`;
  if (!existsSync(path)) throw new Error(`the article ${path} is missing`);
  return readFileSync(path, 'utf8');
};
const articleOf = (sourceId: string): string => normalize(rawArticleOf(sourceId));

describe(`verbatim against the articles in ${seedsDir}`, () => {
  it('finds the five articles there', () => {
    expect(seedsPresent, `${seedsDir} is missing: the verbatim checks cannot run`).toBe(true);
  });

  it.each(dataset.quotes.map((q) => [q.id, q] as const))(
    'quote %s stands in its article',
    (_, quote) => {
      expect(articleOf(quote.sourceId)).toContain(normalize(quote.text.vi));
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

  it('every paragraph of a source is a whole paragraph of its article, exactly as printed', () => {
    for (const source of dataset.sources) {
      const lines = rawArticleOf(source.id).split('\n');
      for (const paragraph of source.paragraphs ?? []) {
        expect(lines, `${source.id}: ${paragraph.slice(0, 60)}`).toContain(paragraph);
      }
      expect(source.paragraphs?.length, source.id).toBeGreaterThan(0);
    }
  });

  it('keeps page furniture out of the paragraphs: captions, related news, bylines', () => {
    const all = dataset.sources.flatMap((s) => s.paragraphs ?? []).join('\n');
    for (const furniture of [
      '(Ảnh:',
      'Tin liên quan',
      'Mời quý độc giả',
      'AN VY',
      'Huy Hoàng',
      'Nguồn Nhân Dân',
    ]) {
      expect(all).not.toContain(furniture);
    }
  });

  it('the normalisation cannot make a changed quote pass', () => {
    const article = articleOf(dataset.quotes[0]!.sourceId);
    expect(article).not.toContain(normalize(`${dataset.quotes[0]!.text.vi} (edited)`));
  });
});
