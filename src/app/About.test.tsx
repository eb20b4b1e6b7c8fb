// @vitest-environment jsdom
/** Sources and method: in Vietnamese, every source's note in Vietnamese, none in English. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noteIn } from '@/domain/dataset/note';
import { indexDataset } from '@/domain/query/indexDataset';
import { parseDatasetText } from '@/domain/validation/validate';
import { I18nProvider } from '@/i18n/I18nProvider';
import { About } from './About';

const parsed = parseDatasetText(
  readFileSync(join(process.cwd(), 'public/data/events.json'), 'utf8'),
);
if (!parsed.ok) throw new Error('the built-in dataset does not load');
const { sources } = parsed.dataset;

describe('About', () => {
  it('lists the five articles’ notes in Vietnamese on the Vietnamese page, none in English', () => {
    render(
      <I18nProvider lang="vi">
        <About index={indexDataset(parsed.dataset)} builtIn />
      </I18nProvider>,
    );
    const about = screen.getByRole('contentinfo');
    expect(sources).toHaveLength(5);
    for (const source of sources) {
      expect(source.note).toBeDefined();
      expect(about).toHaveTextContent(noteIn(source.note!, 'vi').text);
      expect(about).not.toHaveTextContent(noteIn(source.note!, 'en').text);
    }
    expect(about).toHaveTextContent('Cách chấm sắc thái');
  });
});
