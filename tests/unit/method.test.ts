/** docs/METHOD.md's sensitivity tables say what the built-in data gives (scripts/sensitivity.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '@/domain/validation/validate';
import { END, sensitivityMarkdown, START } from '../../scripts/sensitivityTables';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('docs/METHOD.md', () => {
  it('prints the sensitivity tables of the data as it is (`npx tsx scripts/sensitivity.ts --write`)', async () => {
    const parsed = parseDatasetText(readFileSync(root('public/data/events.json'), 'utf8'));
    if (!parsed.ok) throw new Error('the built-in dataset does not load');
    const method = readFileSync(root('docs/METHOD.md'), 'utf8');
    const printed = method.slice(method.indexOf(START) + START.length, method.indexOf(END)).trim();
    const expected = await format(sensitivityMarkdown(parsed.dataset), {
      parser: 'markdown',
      printWidth: 100,
    });
    expect(printed).toBe(expected.trim());
  });
});
