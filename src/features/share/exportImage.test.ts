import { describe, expect, it } from 'vitest';
import { wrapWords } from './exportImage';

describe('wrapWords', () => {
  it('breaks at spaces so that no line is longer than asked', () => {
    const lines = wrapWords(
      'Source: five Vietnamese news articles (VOV.VN, Nhân Dân and others).',
      20,
    );
    expect(lines).toEqual([
      'Source: five',
      'Vietnamese news',
      'articles (VOV.VN,',
      'Nhân Dân and',
      'others).',
    ]);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
  it('keeps a word longer than a line whole', () => {
    expect(wrapWords('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});
