/**
 * The interactions, each a family of samples started from a neutral view: a typed date, a preset,
 * a brush step by key and by pointer (and the pointer's release), a marker click, a timeline mark
 * click and a quote-search keystroke. Every sample is settled before the next begins.
 */
import { MARKERS, REGIONS } from './probe';
import {
  cellTargets,
  clickable,
  findThumb,
  rangeControlWidth,
  restoreNeutral,
  scrollToRegion,
  searchBox,
  type Target,
} from './page';
import { EVERY_VIEW, type Sample, type Sampler, type Signature, type ViewName } from './sampler';

export const FAMILIES = {
  date: 'typed date (From)',
  preset: 'preset',
  brushKey: 'brush step, key',
  brushPointer: 'brush step, pointer',
  brushRelease: 'brush release',
  marker: 'marker click',
  mark: 'timeline mark click',
  facet: 'facet toggle',
  search: 'quote search key',
} as const;
export type Family = keyof typeof FAMILIES;

/** Brush steps a drag makes, each a month of the range control's width. */
const DRAG_STEPS = 20;
const MONTHS_ON_CONTROL = 60;

type Run = (sampler: Sampler, count: number) => Promise<Sample[]>;

/** The From date, alternating between two days, as typing a date and leaving the field does. */
const typedDate: Run = async (sampler, count) => {
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
const preset: Run = async (sampler, count) => {
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
const brushKey: Run = async (sampler, count) => {
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
const brushPointer: Run = async (sampler, count) => {
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

/** Clicks at a point, hovering it first as a hand would; `expect` as for any sample. */
function clickSample(
  sampler: Sampler,
  family: Family,
  target: Target,
  expect: ViewName[] | ((before: Signature, after: Signature) => ViewName[]),
) {
  const { mouse } = sampler.page;
  return sampler.run({
    family,
    label: target.key,
    trigger: ['click'],
    prepare: () => mouse.move(target.x, target.y),
    act: () => mouse.click(target.x, target.y),
    expect,
  });
}

/** The map's markers in turn, each one not yet clicked that a click can reach. */
const marker: Run = async (sampler, count) => {
  const { page } = sampler;
  await scrollToRegion(page, REGIONS.map);
  const used = new Set<string>();
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const targets = await clickable(page, REGIONS.map, MARKERS);
    const target = targets.find((t) => !used.has(t.key)) ?? targets[0];
    if (!target) throw new Error('no marker on screen can be clicked');
    used.add(target.key);
    samples.push(await clickSample(sampler, 'marker', target, EVERY_VIEW));
  }
  return samples;
};

/** "Showing 4 of 20 events…": the part of the status line a change of place or range changes. */
const eventCount = (status: string) => /\d[\d,.]* of \d[\d,.]* events?/.exec(status)?.[0] ?? status;

/**
 * A mark of the timeline, from the neutral view each time (at large sizes a mark is a cell and
 * its click zooms, changing the range). The map must change when the shown events did: a zoom,
 * or an event with a place (which becomes the selected place); an event without a place may
 * leave the map as it was.
 */
const mark: Run = async (sampler, count) => {
  const { page } = sampler;
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    await restoreNeutral(sampler);
    await scrollToRegion(page, REGIONS.timeline);
    // Marks while the range holds few events; else the cells, whose click zooms.
    const marks = await clickable(page, REGIONS.timeline, '.event-mark');
    const targets = marks.length > 0 ? marks : await cellTargets(page, REGIONS.timeline);
    const target = targets[(i * 7) % Math.max(1, targets.length)];
    if (!target) throw new Error('no timeline mark on screen can be clicked');
    samples.push(
      await clickSample(sampler, 'mark', target, (before, after) =>
        eventCount(before.status) === eventCount(after.status)
          ? ['status', 'timeline', 'quotes']
          : EVERY_VIEW,
      ),
    );
  }
  return samples;
};

/**
 * The facets' checkboxes of the Kind group, each ticked then unticked: every click a sample, the
 * panel open (its counts are part of the page's answer).
 */
const facet: Run = async (sampler, count) => {
  const { page } = sampler;
  const toggle = page.getByRole('button', { name: /^Kind, country, code…/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const failure = await sampler.waitQuiet();
  if (failure) throw new Error(`the facets did not open: ${failure}`);
  const boxes = page
    .getByRole('group', { name: 'Filter by what the events are' })
    .getByRole('group', { name: 'Kind' })
    .getByRole('checkbox');
  const samples: Sample[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(Math.floor(i / 2) % Math.max(1, await boxes.count()));
      const name = await box.evaluate((el) => el.closest('label')?.textContent?.trim() ?? '');
      const label = `${i % 2 === 0 ? 'tick' : 'untick'} ${name}`;
      samples.push(
        await sampler.run({
          family: 'facet',
          label,
          trigger: ['click'],
          prepare: () => box.hover(),
          act: () => box.click(),
          expect: EVERY_VIEW,
        }),
      );
    }
  } finally {
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
  }
  return samples;
};

/** One character typed into the quote search, then Backspace: each keystroke a sample. */
const search: Run = async (sampler, count) => {
  const { page } = sampler;
  const box = searchBox(page);
  await box.scrollIntoViewIfNeeded();
  await box.focus();
  const samples: Sample[] = [];
  const characters = ['9', '8', '7', '5', '3', '1'];
  for (let i = 0; i < count; i++) {
    const key = i % 2 === 0 ? (characters[(i / 2) % characters.length] as string) : 'Backspace';
    samples.push(
      await sampler.run({
        family: 'search',
        label: key,
        trigger: ['keydown'],
        act: () => page.keyboard.press(key),
        expect: ['quotes'],
      }),
    );
  }
  return samples;
};

const RUNS: Record<Exclude<Family, 'brushRelease'>, Run> = {
  date: typedDate,
  preset,
  brushKey,
  brushPointer,
  marker,
  mark,
  facet,
  search,
};

/** One family of samples (the pointer's steps bring their releases), from the neutral view. */
export async function runFamily(
  sampler: Sampler,
  family: Exclude<Family, 'brushRelease'>,
  count: number,
): Promise<Sample[]> {
  await restoreNeutral(sampler);
  return RUNS[family](sampler, count);
}
