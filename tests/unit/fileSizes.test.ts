/**
 * One job a file: no file in src/ (code or styles) runs past 300 lines, with no exemption (the
 * messages are split by area and language, i18n/messages/). ESLint's max-lines says the same for
 * TypeScript; this covers the CSS too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
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
      .filter(({ lines }) => lines > MAX_LINES + 1);
    expect(long).toEqual([]);
  });
});
