import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventSetOf, inSet } from './query/eventSet';
import { indexDataset } from './query/indexDataset';
import { STORY_STEPS, storyStep } from './story';
import { parseDatasetText } from './validate';

const text = readFileSync(
  fileURLToPath(new URL('../../public/data/events.json', import.meta.url)),
  'utf8',
);
const result = parseDatasetText(text);
if (!result.ok) throw new Error('dataset invalid');
const index = indexDataset(result.dataset);

describe('the story', () => {
  it('visits the five meetings in order: Stockholm, Geneva, New Delhi, Alaska, Budapest', () => {
    expect(STORY_STEPS.map((s) => s.placeId)).toEqual([
      'stockholm',
      'geneva',
      'new-delhi',
      'alaska',
      'budapest',
    ]);
    const dates = STORY_STEPS.map((s) => index.eventsById.get(s.eventId)!.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('names events of the dataset, at the step’s place, inside the step’s range', () => {
    for (const step of STORY_STEPS) {
      const event = index.eventsById.get(step.eventId);
      expect(event?.placeId).toBe(step.placeId);
      const set = eventSetOf(index, step.range, {});
      expect(inSet(set, index.positionOf(step.eventId))).toBe(true);
    }
  });

  it('has a title and an explanation in both languages for every step', () => {
    for (const step of STORY_STEPS) {
      for (const lang of ['en', 'vi'] as const) {
        expect(step.title[lang].length).toBeGreaterThan(5);
        expect(step.text[lang].length).toBeGreaterThan(100);
      }
    }
  });

  it('finds a step by its 1-based number, and nothing outside 1–5', () => {
    expect(storyStep(1)?.placeId).toBe('stockholm');
    expect(storyStep(5)?.placeId).toBe('budapest');
    expect(storyStep(0)).toBeNull();
    expect(storyStep(6)).toBeNull();
    expect(storyStep(null)).toBeNull();
  });
});
