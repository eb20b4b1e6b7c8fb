/**
 * What the benchmark puts in the page before the app starts (an init script): it watches the
 * DOM, the frames and the input events, never the app's code. Everything it finds, it finds as a
 * person would: the dashboard (`#dashboard`), its regions by their names, the status line by its
 * role, the range control's thumbs by theirs.
 */
import type { Page } from '@playwright/test';
import { VIEW, type Batch } from './stats';

/**
 * The regions, found by their accessible names in English (the bench opens the app with
 * `?lang=en`), as CSS selectors the page's own code can use too. The timeline was named
 * "Tension timeline" before issue 20 called it "Tone over time": both are found, so that a build
 * from before it is measured beside this one.
 */
const named = (...names: string[]) =>
  `section:is(${names.map((name) => `[aria-label="${name}"]`).join(', ')})`;
export const REGIONS = {
  filters: named('Filters'),
  map: named('Map'),
  timeline: named('Tone over time', 'Tension timeline'),
  quotes: named('Quotes'),
};

/**
 * A map's places as a reader clicks them: its markers, or past the markers' limit (drawn on a
 * canvas) the buttons listed under it, which do what a click on a dot does.
 */
export const MARKERS = '.leaflet-marker-pane [role="button"], .place-list button';

/** The input that starts a sample: the first event of an armed type after arming. */
export interface InputMark {
  type: string;
  /** The event's timeStamp: when the browser received the input. */
  t: number;
  /** performance.now() when the event reached the page (capturing listener on window). */
  dispatched: number;
  /** The end of the first frame painted after it. */
  firstPaint: number | null;
}

export interface Collected {
  input: InputMark | null;
  batches: Batch[];
  frames: number[];
  /** How long frames were counted (ms), up to this collection. */
  countedMs: number;
  /** pointermove events the page received while frames were counted (after Chromium's coalescing). */
  pointerMoves: number;
  longTasks: { start: number; duration: number }[];
  /** Time the probe's observer took since arming (ms): its own cost, inside what it measures. */
  probeMs: number;
}

/** The page side; lives on `window.__bench`. */
export interface Probe {
  attach(): void;
  arm(types: string[]): void;
  countFrames(on: boolean): void;
  collect(): Collected;
  state(): {
    now: number;
    lastActivity: number;
    busy: boolean;
    unpainted: number;
    input: InputMark | null;
    /** Changes of the status line's text since arming. */
    statusChanges: number;
  };
  status(): string;
  thumbs(): string;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

/** esbuild (through tsx) wraps named functions in `__name(…)`; functions sent to the page need it. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(probeInPage, { regions: REGIONS, view: VIEW });
}

/** Runs in the page. Self-contained: it is serialised into an init script. */
function probeInPage({ regions: names, view }: { regions: typeof REGIONS; view: typeof VIEW }) {
  const TRIGGERS = [
    'click',
    'keydown',
    'input',
    'change',
    'pointermove',
    'mousemove',
    'pointerup',
    'mouseup',
  ];
  let batches: Batch[] = [];
  let frames: number[] = [];
  let longTasks: { start: number; duration: number }[] = [];
  let input: InputMark | null = null;
  let armed: string[] | null = null;
  let lastActivity = 0;
  let counting = false;
  let pointerMoves = 0;
  let countStart = 0;
  /** Time spent in the observer's callbacks since arming: the probe's own cost, inside what it measures. */
  let probeMs = 0;
  let armedStatus = '';

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longTasks.push({ start: e.startTime, duration: e.duration });
      lastActivity = Math.max(lastActivity, e.startTime + e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });

  const root = () => document.getElementById('dashboard');
  const region = (name: string) => root()?.querySelector(`${name}`) ?? null;
  const statusLine = () => region(names.filters)?.querySelector('[role="status"]') ?? null;
  const thumbEls = () => [...(region(names.timeline)?.querySelectorAll('[role="slider"]') ?? [])];
  /** The smallest element holding every thumb: the range control, which is not the chart. */
  const rangeControl = () => {
    const [first, ...rest] = thumbEls();
    let el = first?.parentElement ?? null;
    while (el && !rest.every((t) => el?.contains(t))) el = el.parentElement;
    return el;
  };
  /**
   * Which views a batch of records touched. The views are found once per batch and each target
   * walked up to the first of them (the status line before its region, the range control before
   * the timeline): a commit can bring thousands of records, and this runs inside the time measured.
   */
  const classify = (records: MutationRecord[]): number => {
    const top = root();
    const owners = new Map<Element | null, number>([
      [statusLine(), view.status],
      [rangeControl(), view.rangeControl],
      [region(names.map), view.map],
      [region(names.timeline), view.timeline],
      [region(names.quotes), view.quotes],
    ]);
    const seen = new Set<Node>();
    let views = 0;
    for (const { target } of records) {
      if (seen.has(target)) continue;
      seen.add(target);
      let el = target instanceof Element ? target : target.parentElement;
      let owner = view.other;
      for (; el && el !== top; el = el.parentElement) {
        const found = owners.get(el);
        if (found !== undefined) {
          owner = found;
          break;
        }
      }
      views |= owner;
    }
    return views;
  };
  const isBusy = () => root()?.querySelector('[aria-busy="true"], [data-stale="true"]') != null;
  const status = () => statusLine()?.textContent ?? '';
  const thumbs = () =>
    thumbEls()
      .map((t) => t.getAttribute('aria-valuetext') ?? t.getAttribute('aria-valuenow') ?? '')
      .join(' | ');

  // A change is on screen at the end of the first frame painted after it: a rAF callback
  // registered after the change runs in that frame, before its style, layout and paint; a
  // message it posts arrives once they are done.
  const afterPaint = (record: (end: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        record(performance.now());
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  // Frames painted, counted only while asked (the brush's frame rate).
  const countFrame = () => {
    if (!counting) return;
    frames.push(performance.now());
    requestAnimationFrame(countFrame);
  };

  for (const type of TRIGGERS)
    window.addEventListener(
      type,
      (event) => {
        if (counting && event.type === 'pointermove') pointerMoves += 1;
        if (!armed?.includes(event.type)) return;
        armed = null;
        const now = performance.now();
        const mark: InputMark = {
          type: event.type,
          t: event.timeStamp,
          dispatched: now,
          firstPaint: null,
        };
        input = mark;
        lastActivity = Math.max(lastActivity, now);
        afterPaint((end) => (mark.firstPaint = end));
      },
      { capture: true },
    );

  const probe: Probe = {
    attach() {
      const target = root();
      if (!target) throw new Error('no #dashboard in the page');
      new MutationObserver((records) => {
        const t = performance.now();
        const views = classify(records);
        lastActivity = Math.max(lastActivity, t);
        const batch: Batch = {
          t,
          paint: null,
          views,
          busy: isBusy(),
          status: status(),
          thumbs: thumbs(),
        };
        batches.push(batch);
        afterPaint((end) => (batch.paint = end));
        probeMs += performance.now() - t;
      }).observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    arm(types) {
      batches = [];
      probeMs = 0;
      frames = [];
      pointerMoves = 0;
      longTasks = [];
      input = null;
      armed = types;
      armedStatus = status();
    },
    countFrames(on) {
      if (on && !counting) {
        countStart = performance.now();
        requestAnimationFrame(countFrame);
      }
      counting = on;
    },
    collect() {
      armed = null;
      const countedMs = counting ? performance.now() - countStart : 0;
      counting = false;
      return { input, batches, frames, countedMs, pointerMoves, longTasks, probeMs };
    },
    state: () => ({
      now: performance.now(),
      lastActivity,
      busy: isBusy(),
      unpainted: batches.filter((b) => b.paint === null).length,
      input,
      statusChanges:
        batches.filter((b, i) => i > 0 && b.status !== batches[i - 1]?.status).length +
        (batches[0] && batches[0].status !== armedStatus ? 1 : 0),
    }),
    status,
    thumbs,
  };
  window.__bench = probe;
}
