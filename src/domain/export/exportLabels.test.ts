/**
 * Downloads say what they hold (review C3): the facets chosen in the name and the citation, the
 * dataset's own title, and a citation that fits a spreadsheet's cell however many sources.
 */
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import {
  buildCitation,
  citedSources,
  exportFileName,
  MAX_CITATION_SOURCES,
  SPREADSHEET_CELL,
} from './exportData';
import type { Source } from '../dataset/schema';

const NONE = { from: null, to: null, placeId: null, eventId: null };

describe('downloads say what they hold', () => {
  it('name the facets chosen, and the dataset’s own name on other data', () => {
    const filter = { ...NONE, facets: { kind: ['meeting', 'talks'], actor: ['RUS'] } };
    expect(exportFileName(filter, 'events', 'csv')).toBe(
      'us-russia-diplomacy_kind-meeting+talks_actor-RUS_events.csv',
    );
    expect(exportFileName(NONE, 'events', 'parquet', 'GDELT export 2025-01-01.CSV')).toBe(
      'gdelt-export-2025-01-01_events.parquet',
    );
  });

  it('cite the filter’s facets and the dataset’s own title', () => {
    const citation = buildCitation([], '2026-12-05', 'My GDELT day', {
      facets: 'Kind: meeting, talks',
    });
    expect(citation).toMatch(/^My GDELT day\. Filter: Kind: meeting, talks\./);
    expect(citation).not.toContain('US–Russia diplomacy over Ukraine');
  });

  it('cite only the rows’ sources; past twenty, their count and where they are listed', () => {
    const data = makeSampleDataset();
    const events = data.events.slice(0, 1);
    const cited = citedSources(data.sources, events, []);
    expect(cited.map((s) => s.id)).toEqual([...new Set(events.flatMap((e) => e.sourceIds))]);
    const many: Source[] = Array.from({ length: 50_000 }, (_, i) => ({
      ...data.sources[0]!,
      id: `s-${i}`,
      url: `https://news.example.org/${'x'.repeat(80)}/${i}`,
    }));
    const citation = buildCitation(many, '2026-12-05', 'GDELT');
    expect(citation).toContain('50,000 sources, listed in the sources column');
    expect(citation.length).toBeLessThanOrEqual(SPREADSHEET_CELL);
    const few = buildCitation(many.slice(0, MAX_CITATION_SOURCES), '2026-12-05', 'GDELT');
    expect(few).toContain('https://news.example.org/');
  });

  it('fit a spreadsheet’s cell even with a title of any length', () => {
    const citation = buildCitation([], '2026-12-05', 't'.repeat(40_000));
    expect(citation.length).toBeLessThanOrEqual(SPREADSHEET_CELL);
    expect(citation).toContain('Downloaded 2026-12-05');
  });
});
