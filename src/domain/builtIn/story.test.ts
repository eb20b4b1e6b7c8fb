import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildActDayIndex, climateInputs } from '../scoring/actDays';
import { climateAt } from '../scoring/climate';
import { midpointOfSpan, spanOf } from '../dataset/dates';
import { eventSetOf, inSet } from '../query/eventSet';
import { indexDataset } from '../query/indexDataset';
import { PRIORS, WINDOWS } from '../scoring/sensitivity';
import { tensionBand } from '../scoring/tensionBands';
import { STORY_STEPS, storyStep } from './story';
import { parseDatasetText } from '../validation/validate';

const text = readFileSync(
  fileURLToPath(new URL('../../../public/data/events.json', import.meta.url)),
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

  it('says of the climate going into each meeting only what holds under every window and prior', () => {
    const acts = buildActDayIndex(climateInputs(result.dataset.events));
    const climate = (eventId: string, window: number, prior = 5) => {
      const event = index.eventsById.get(eventId)!;
      return climateAt(
        acts,
        midpointOfSpan(spanOf(event.date, event.datePrecision)),
        window,
        prior,
      );
    };
    const text = (eventId: string) => STORY_STEPS.find((s) => s.eventId === eventId)!.text;
    const settings = WINDOWS.flatMap((w) => PRIORS.map((p) => [w, p] as const));
    // Stockholm: one act, a warning, whatever the window.
    expect(text('2021-12-02-stockholm').en).toContain('one act between the two sides');
    for (const [w] of settings)
      expect(climate('2021-12-02-stockholm', w)).toMatchObject({ acts: 1, cooperation: 0 });
    // Geneva: nine acts in the month; about even (the middle band) under every setting, not every reading.
    expect(text('2022-01-21-geneva').en).toContain('nine acts');
    expect(climate('2022-01-21-geneva', 30)?.acts).toBe(9);
    for (const [w, p] of settings)
      expect(tensionBand(climate('2022-01-21-geneva', w, p)!.value!)).toBe(2);
    const geneva = climate('2022-01-21-geneva', 30)!;
    expect([tensionBand(geneva.low!), tensionBand(geneva.high!)]).not.toEqual([2, 2]);
    expect(text('2022-01-21-geneva').en).toContain(
      'other readings of the sentences tip it either way',
    );
    // New Delhi: three acts, all conflictual on every reading.
    expect(text('2023-03-02-new-delhi').en).toContain(
      'three acts between the two sides, all conflictual',
    );
    for (const [w, p] of settings) {
      const c = climate('2023-03-02-new-delhi', w, p)!;
      expect([c.acts, c.cooperation, c.low! > 5]).toEqual([3, 0, true]);
    }
    // Alaska: nothing in any window.
    expect(text('2025-08-alaska-summit').en).toContain('no act between the two sides');
    for (const [w] of settings) expect(climate('2025-08-alaska-summit', w)).toBeNull();
  });

  it('finds a step by its 1-based number, and nothing outside 1–5', () => {
    expect(storyStep(1)?.placeId).toBe('stockholm');
    expect(storyStep(5)?.placeId).toBe('budapest');
    expect(storyStep(0)).toBeNull();
    expect(storyStep(6)).toBeNull();
    expect(storyStep(null)).toBeNull();
  });
});
