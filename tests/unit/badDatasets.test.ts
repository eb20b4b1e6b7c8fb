/** Every dataset of the bad corpus gets the answer its case promises, and never a crash. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countLeftOutRecords } from '@/domain/dataset/problems';
import { parseDatasetText } from '@/domain/validation/validate';
import { formatProblem } from '@/i18n/datasetText';
import { MESSAGES } from '@/i18n/allMessages';
import { BAD_DATASETS } from '../fixtures/bad/cases';

const dir = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

describe('the bad-dataset corpus', () => {
  it('has a case, with a comment, for every file in it', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(BAD_DATASETS.map((c) => c.file).sort());
    for (const c of BAD_DATASETS) expect(c.breaks.length).toBeGreaterThan(10);
  });

  it.each(BAD_DATASETS.map((c) => [c.file, c] as const))('%s', (_, c) => {
    const result = parseDatasetText(readFileSync(`${dir}${c.file}`, 'utf8'));
    expect(result.ok).toBe(!c.refused);
    const problems = result.ok ? result.leftOut : result.problems;
    expect(problems.map((p) => formatProblem(MESSAGES.en, p))).toEqual(c.expected);
    if (result.ok) {
      // What is shown plus what is left out accounts for every record of the file.
      const raw = JSON.parse(readFileSync(`${dir}${c.file}`, 'utf8'));
      const total = ['sources', 'people', 'places', 'events', 'quotes'].reduce(
        (n, k) => n + raw[k].length,
        0,
      );
      const shown = ['sources', 'people', 'places', 'events', 'quotes'].reduce(
        (n, k) => n + (result.dataset[k as 'events'] as unknown[]).length,
        0,
      );
      expect(shown + countLeftOutRecords(result.leftOut)).toBe(total);
    }
  });

  it('words every problem of the corpus in Vietnamese too, the paths as they are', () => {
    for (const c of BAD_DATASETS) {
      const result = parseDatasetText(readFileSync(`${dir}${c.file}`, 'utf8'));
      const problems = result.ok ? result.leftOut : result.problems;
      for (const [i, problem] of problems.entries()) {
        const vi = formatProblem(MESSAGES.vi, problem);
        const en = c.expected[i]!;
        expect(vi, c.file).not.toBe(en);
        if (problem.path) expect(vi.startsWith(`${problem.path}: `), c.file).toBe(true);
      }
    }
  });
});
