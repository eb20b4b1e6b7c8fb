import { describe, expect, it } from 'vitest';
import { findPassage } from './passage';

const paragraphs = [
  'Ngày 21/1, hai bên đã có cuộc hội đàm.',
  'Ông Blinken nhấn mạnh, cuộc đối thoại diễn ra “thẳng thắn và thực chất”. Ông nói thêm.',
  'Người\u00a0đồng cấp Lavrov nói "cởi mở".',
];

describe('findPassage', () => {
  it('finds a sentence in its paragraph, with the span in the paragraph’s own characters', () => {
    const passage = findPassage(paragraphs, 'thẳng thắn và thực chất');
    expect(passage?.index).toBe(1);
    expect(passage && passage.paragraph.slice(passage.start, passage.end)).toBe(
      'thẳng thắn và thực chất',
    );
  });
  it('matches across a non-breaking space and another kind of quotation mark', () => {
    const passage = findPassage(paragraphs, 'Người đồng cấp Lavrov nói “cởi mở”.');
    expect(passage?.index).toBe(2);
    expect(passage && passage.paragraph.slice(passage.start, passage.end)).toBe(
      'Người\u00a0đồng cấp Lavrov nói "cởi mở".',
    );
  });
  it('finds nothing for words the article does not have, nor without paragraphs', () => {
    expect(findPassage(paragraphs, 'thẳng thắn và cởi mở')).toBeNull();
    expect(findPassage(undefined, 'hội đàm')).toBeNull();
    expect(findPassage(paragraphs, ' ')).toBeNull();
  });
});
