/**
 * The range's interactions, each a family of samples: a typed date, a preset, a brush step by key
 * and by pointer (and the pointer's release). Every sample is settled before the next begins.
 */
import type { Run } from './families';
import { findThumb, rangeControlWidth, restoreNeutral, scrollToRegion } from './page';
import { REGIONS } from './probe';
import { EVERY_VIEW, type Sample } from './sampler';

/** Brush steps a drag makes, each a month of the range control's width. */
const DRAG_STEPS = 20;
const MONTHS_ON_CONTROL = 60;

/** The From date, alternating between two days, as typing a date and leaving the field does. */
export const typedDate: Run = async (sampler, count) => {
  const { page } = sampler;
  const from = page.locator('input[type="date"]').and(page.getByLabel('From', { exact: true }));
  const days = ['2022-03-01', '2023-06-15'];
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const day = days[i % 2] as string;
    samples.push(
      await sampler.run({
        family: 'date',
        label: `From ${day}`,
        trigger: ['input', 'change'],
        act: () => from.fill(day),
        expect: EVERY_VIEW,
      }),
    );
  }
  return samples;
};

/** The period buttons in turn, never the one already pressed. */
export const preset: Run = async (sampler, count) => {
  const { page } = sampler;
  const buttons = page.getByRole('group', { name: 'Periods of the story' }).getByRole('button');
  const n = await buttons.count();
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const button = buttons.nth((i + 1) % n);
    const label = (await button.textContent()) ?? '';
    samples.push(
      await sampler.run({
        family: 'preset',
        label,
        trigger: ['click'],
        prepare: () => button.hover(),
        act: () => button.click(),
        expect: EVERY_VIEW,
      }),
    );
  }
  return samples;
};

/** ArrowRight on the From thumb: a step of the range control. */
export const brushKey: Run = async (sampler, count) => {
  const { page } = sampler;
  await scrollToRegion(page, REGIONS.timeline);
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const thumb = await findThumb(page, 'From');
    samples.push(
      await sampler.run({
        family: 'brushKey',
        label: `ArrowRight ${i + 1}`,
        trigger: ['keydown'],
        // A handle drawn anew loses focus: focus it again (not timed) before each key.
        prepare: async () => {
          if (!(await thumb.evaluate((el) => el === document.activeElement))) await thumb.focus();
        },
        act: () => page.keyboard.press('ArrowRight'),
        expect: EVERY_VIEW,
      }),
    );
  }
  return samples;
};

/**
 * Drags of the From thumb, a month's width at a time, each step settled before the next, then
 * the release: ceil(count / DRAG_STEPS) drags, each from the neutral view.
 */
export const brushPointer: Run = async (sampler, count) => {
  const { page } = sampler;
  const samples: Sample[] = [];
  for (let drag = 0; drag < Math.ceil(count / DRAG_STEPS); drag++) {
    await restoreNeutral(sampler);
    await scrollToRegion(page, REGIONS.timeline);
    const box = await (await findThumb(page, 'From')).boundingBox();
    if (!box) throw new Error('the From thumb is not on screen');
    const stepPx = (await rangeControlWidth(page)) / MONTHS_ON_CONTROL;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    try {
      for (let step = 1; step <= DRAG_STEPS; step++) {
        samples.push(
          await sampler.run({
            family: 'brushPointer',
            label: `drag ${drag + 1} step ${step}`,
            trigger: ['pointermove', 'mousemove'],
            act: () => page.mouse.move(x + step * stepPx, y),
            expect: EVERY_VIEW,
          }),
        );
      }
    } finally {
      samples.push(
        await sampler.run({
          family: 'brushRelease',
          label: `drag ${drag + 1} release`,
          trigger: ['pointerup', 'mouseup'],
          act: () => page.mouse.up(),
          // The steps were already followed if the views kept up: the release may change nothing.
          expect: [],
        }),
      );
    }
  }
  return samples;
};
