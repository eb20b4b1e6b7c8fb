/**
 * The worker's index carries the act-day index the climate reads, built record by record as the
 * index is, and the headline it makes is the one made from the whole dataset at once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset } from '../../../tests/fixtures/sampleDataset';
import { buildActDayIndex, climateInputs } from './actDays';
import { findHeadline } from './finding';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../validation/validate';
import { buildIndexData } from '../query/indexDataset';

const parsed = parseDatasetText(
  readFileSync(fileURLToPath(new URL('../../../public/data/events.json', import.meta.url)), 'utf8'),
);
if (!parsed.ok) throw new Error('dataset invalid');

const datasets: [string, Dataset][] = [
  ['the shipped dataset', parsed.dataset],
  ['the sample', makeSampleDataset()],
];

describe.each(datasets)('the index of %s', (_, dataset) => {
  const data = buildIndexData(dataset);

  it('holds the act-day index built from the events at once', () => {
    const whole = buildActDayIndex(climateInputs(dataset.events), dataset.dyad);
    expect(data.actDays.days.length).toBeGreaterThan(0);
    expect(data.actDays).toEqual(whole);
  });

  it('makes the headline, climate and tone ranking included, made from the dataset itself', () => {
    const finding = findHeadline(dataset);
    expect(data.finding).toEqual(finding);
  });
});

it('ranks the shipped meetings by their climate from the index', () => {
  const { finding } = buildIndexData(parsed.dataset);
  expect(finding.kind).toBe('meetings');
  if (finding.kind === 'meetings') expect(finding.climate?.top.place.en).toBe('New Delhi');
});
