/**
 * Runs one sample: waits until the page is quiet, notes what the four views show, arms the probe
 * for the input's event type, acts, waits until the page is quiet again and reads the page's
 * record into a first-response and a settled time. Also checks which views changed.
 */
import type { CDPSession, Page } from '@playwright/test';
import { REGIONS, type Collected } from './probe';
import { changedViews, isQuiet, type TaskSample } from './stats';

export type ViewName = 'status' | 'map' | 'timeline' | 'quotes';
export type Signature = Record<ViewName, string>;
export const EVERY_VIEW: ViewName[] = ['status', 'map', 'timeline', 'quotes'];

export interface Sample {
  family: string;
  label: string;
  /** Input event's timeStamp to the end of the first frame painted after it (ms). */
  firstMs: number | null;
  /** Input event's timeStamp to the end of the frame that painted the last DOM change (ms). */
  settledMs: number | null;
  /** Why there is no settled time: it never settled, or nothing changed. */
  failure: string | null;
  /** The views that changed, and those expected to that did not. */
  changed: string[];
  missing: string[];
  domChanges: number;
  /** Time the probe's own observer took during the sample (ms). */
  probeMs: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface SampleSpec {
  family: string;
  label: string;
  /** Event types whose first occurrence after arming starts the clock. */
  trigger: string[];
  /** Done before the page is watched (a hover, a focus), and waited out. */
  prepare?: () => Promise<void>;
  act: () => Promise<void>;
  /** Views that must change; a function for those that depend on what happened. */
  expect: ViewName[] | ((before: Signature, after: Signature) => ViewName[]);
}

export interface SamplerOptions {
  quietMs: number;
  timeoutMs: number;
}

export class Sampler {
  private tasks: TaskSample[] = [];

  constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    readonly options: SamplerOptions,
  ) {}

  static async open(page: Page, options: SamplerOptions): Promise<Sampler> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => window.__bench.attach());
    return new Sampler(page, cdp, options);
  }

  /**
   * Waits until nothing in the dashboard has changed, no long task has ended and the main thread
   * has been mostly idle for the quiet window, nothing is dimmed or busy, every change recorded
   * since arming has been painted, and (with `input`) the armed input has arrived and been
   * painted. Returns why not if the timeout comes first.
   */
  async waitQuiet(input = false): Promise<string | null> {
    const { quietMs, timeoutMs } = this.options;
    const started = Date.now();
    for (;;) {
      const state = await this.page.evaluate(() => window.__bench.state());
      const { metrics } = await this.cdp.send('Performance.getMetrics');
      const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
      const at = Date.now();
      // A rolling history: the quiet window may reach back before this wait began.
      this.tasks = [...this.tasks.filter((sample) => sample.at > at - 60_000), { at, taskSeconds }];
      const quiet = isQuiet({
        now: state.now,
        lastActivity: state.lastActivity,
        windowMs: quietMs,
        tasks: this.tasks,
        tasksNow: at,
      });
      const arrived = !input || (state.input !== null && state.input.firstPaint !== null);
      if (quiet && !state.busy && state.unpainted === 0 && arrived) return null;
      if (at - started > timeoutMs) {
        const seconds = Math.round(timeoutMs / 1000);
        if (!arrived) return `the input was not seen or painted within ${seconds} s`;
        if (state.busy) return `still dimmed or busy after ${seconds} s`;
        return `the dashboard was still changing (or the page busy) after ${seconds} s`;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** What each view shows, as a hash of its DOM (form fields' values and the range control left out). */
  signature(): Promise<Signature> {
    return this.page.evaluate((names) => {
      const hash = (text: string) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        return `${(h >>> 0).toString(16)}:${text.length}`;
      };
      const root = document.getElementById('dashboard');
      const region = (name: string) => root?.querySelector(`${name}`);
      const html = (name: string) => {
        const el = region(name);
        if (!el) return 'absent';
        const copy = el.cloneNode(true) as Element;
        // The range control (the smallest element holding its thumbs) is left out: the chart must
        // change, not only the thumbs.
        const [first, ...rest] = copy.querySelectorAll('[role="slider"]');
        let control = first?.parentElement ?? null;
        while (control && !rest.every((t) => control?.contains(t))) control = control.parentElement;
        control?.remove();
        for (const field of copy.querySelectorAll('input, select, textarea'))
          field.removeAttribute('value');
        return hash(copy.innerHTML);
      };
      return {
        status: region(names.filters)?.querySelector('[role="status"]')?.textContent ?? 'absent',
        map: html(names.map),
        timeline: html(names.timeline),
        quotes: html(names.quotes),
      };
    }, REGIONS);
  }

  async run(spec: SampleSpec): Promise<Sample> {
    if (spec.prepare) await spec.prepare();
    const notQuiet = await this.waitQuiet();
    const before = await this.signature();
    await this.arm(spec.trigger);
    await spec.act();
    const failure = await this.waitQuiet(true);
    const collected = await this.collect();
    const after = await this.signature();
    const sample = readSample(spec, collected, failure);
    if (notQuiet) sample.failure ??= `not quiet before the input: ${notQuiet}`;
    sample.changed = changedViews(before, after);
    const expected = typeof spec.expect === 'function' ? spec.expect(before, after) : spec.expect;
    sample.missing = expected.filter((view) => !sample.changed.includes(view));
    return sample;
  }

  /** Clears the page's record and starts the clock at the next event of one of `types`. */
  async arm(types: string[] = []): Promise<void> {
    await this.page.evaluate((t) => window.__bench.arm(t), types);
  }

  /** The page's record since arming. */
  async collect(): Promise<Collected> {
    return this.page.evaluate(() => window.__bench.collect());
  }
}

function readSample(spec: SampleSpec, collected: Collected, failure: string | null): Sample {
  const { input, batches, longTasks } = collected;
  const sample: Sample = {
    family: spec.family,
    label: spec.label,
    firstMs: null,
    settledMs: null,
    failure,
    changed: [],
    missing: [],
    domChanges: 0,
    probeMs: collected.probeMs,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
  };
  if (!input) {
    sample.failure ??= 'the input never reached the page';
    return sample;
  }
  if (input.firstPaint !== null) sample.firstMs = input.firstPaint - input.t;
  const caused = batches.filter((batch) => batch.t >= input.dispatched);
  sample.domChanges = caused.length;
  const last = caused.at(-1);
  if (!last) sample.failure ??= 'nothing in the dashboard changed';
  else if (last.paint === null) sample.failure ??= 'the last change was never painted';
  else if (!failure) sample.settledMs = last.paint - input.t;
  return sample;
}
