/**
 * One job a file: no file in src/ (code or styles) runs past 300 lines, the messages of both
 * languages aside (one file each). ESLint's max-lines says the same for TypeScript; this covers the CSS too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
// Each language's words, one file each, until they are split by area too (issue 23).
const EXEMPT = new Set(['i18n/messages.ts', 'i18n/messagesVi.ts']);
const MAX_LINES = 300;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('file sizes in src/', () => {
  it(`keeps every non-test file within ${MAX_LINES} lines`, () => {
    const files = filesUnder(SRC).filter((f) => !/\.test\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .map((f) => ({ file: relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter(({ file, lines }) => !EXEMPT.has(file) && lines > MAX_LINES + 1);
    expect(long).toEqual([]);
  });
});
