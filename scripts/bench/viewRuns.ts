/**
 * The views' interactions, each a family of samples: a marker click, a timeline mark click, a
 * facet toggle and a quote-search keystroke. Every sample is settled before the next begins.
 */
import type { Family, Run } from './families';
import {
  cellTargets,
  clickable,
  restoreNeutral,
  scrollToRegion,
  searchBox,
  type Target,
} from './page';
import { MARKERS, REGIONS } from './probe';
import { EVERY_VIEW, type Sample, type Sampler, type Signature, type ViewName } from './sampler';

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
export const marker: Run = async (sampler, count) => {
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
export const mark: Run = async (sampler, count) => {
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
export const facet: Run = async (sampler, count) => {
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
export const search: Run = async (sampler, count) => {
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
