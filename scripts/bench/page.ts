/**
 * Finding things in the page as a person would (roles and accessible names, in English), and
 * putting the dashboard back in a neutral state between families of samples.
 */
import type { Locator, Page } from '@playwright/test';
import { REGIONS } from './probe';
import type { Sampler } from './sampler';

/** A region by its selector (probe.ts's REGIONS). */
export const region = (page: Page, selector: string): Locator => page.locator(selector).first();

/**
 * A thumb of the timeline's range control: the slider named "From" or "To" if there is one, else
 * the first or second slider in the timeline (Recharts' brush handles, which share one name; a
 * two-thumb slider whose thumbs are named otherwise, "First month" / "Last month").
 */
export async function findThumb(page: Page, which: 'From' | 'To'): Promise<Locator> {
  const timeline = region(page, REGIONS.timeline);
  const named = timeline.getByRole('slider', { name: which, exact: true });
  if ((await named.count()) > 0) return named.first();
  return timeline.getByRole('slider').nth(which === 'From' ? 0 : 1);
}

/** The range control's width in pixels: the smallest element holding both thumbs. */
export async function rangeControlWidth(page: Page): Promise<number> {
  return page.evaluate((name) => {
    const timeline = document.querySelector(`${name}`);
    const [first, ...rest] = timeline?.querySelectorAll('[role="slider"]') ?? [];
    let control = first?.parentElement ?? null;
    while (control && !rest.every((t) => control?.contains(t))) control = control.parentElement;
    return control?.getBoundingClientRect().width ?? 0;
  }, REGIONS.timeline);
}

export interface Target {
  key: string;
  x: number;
  y: number;
}

/**
 * The elements matching `selector` inside a region that a click at their centre would reach (not
 * hidden under another mark or a tooltip), on screen, in document order.
 */
export async function clickable(
  page: Page,
  regionName: string,
  selector: string,
): Promise<Target[]> {
  return page.evaluate(
    ({ name, sel }) => {
      const within = document.querySelector(`${name}`);
      const found: Target[] = [];
      (within?.querySelectorAll(sel) ?? []).forEach((el, i) => {
        const box = el.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (box.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) return;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !el.contains(hit)) return;
        const key =
          el.getAttribute('data-event-id') ??
          el.getAttribute('aria-label') ??
          (el.textContent?.trim().slice(0, 60) || `#${String(i)}`);
        found.push({ key, x, y });
      });
      return found;
    },
    { name: regionName, sel: selector },
  );
}

/**
 * Points of the timeline a click would reach a cell at (cells are drawn as a few paths, so they
 * are found by probing the plot, not as elements): the first of each cell-sized step that does.
 */
export async function cellTargets(page: Page, regionName: string): Promise<Target[]> {
  return page.evaluate((name) => {
    const cells = document.querySelector(`${name} .timeline-cells`);
    const plot = cells?.querySelector('rect')?.getBoundingClientRect();
    const found: Target[] = [];
    if (!cells || !plot) return found;
    for (let y = plot.top + 2; y < plot.bottom; y += 6)
      for (let x = plot.left + 2; x < plot.right; x += 9) {
        if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit?.tagName === 'path' && cells.contains(hit) && hit.getAttribute('fill') !== 'none')
          found.push({ key: `cell ${Math.round(x)},${Math.round(y)}`, x, y });
      }
    return found;
  }, regionName);
}

/** Scrolls so that the region's top is near the top of the screen. */
export async function scrollToRegion(page: Page, name: string): Promise<void> {
  await region(page, name).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

export const searchBox = (page: Page): Locator =>
  page.getByRole('searchbox', { name: 'Search quotes', exact: true });

/**
 * Pauses playback, empties the quote search and resets every filter, then
 * waits until the page is quiet: each family of samples starts from the same view.
 */
export async function restoreNeutral(sampler: Sampler): Promise<void> {
  const { page } = sampler;
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if ((await pause.count()) > 0) await pause.click();
  const search = searchBox(page);
  if ((await search.count()) > 0 && (await search.inputValue()) !== '') await search.fill('');
  const reset = page.getByRole('button', { name: 'Reset all filters', exact: true });
  if ((await reset.getAttribute('aria-disabled')) !== 'true') await reset.click();
  await page.mouse.move(2, 2);
  const failure = await sampler.waitQuiet();
  if (failure) throw new Error(`the page did not come back to rest: ${failure}`);
}
