/**
 * What the benchmark puts in the page before the app starts (an init script): it watches the
 * DOM, the frames and the input events, never the app's code. Everything it finds, it finds as a
 * person would: the dashboard (`#dashboard`), its regions by their names, the status line by its
 * role, the range control's thumbs by theirs.
 */
import type { Page } from '@playwright/test';
import { VIEW, type Batch } from './stats';

/** The regions' accessible names in English (the bench opens the app with `?lang=en`). */
export const REGIONS = {
  filters: 'Filters',
  map: 'Map',
  timeline: 'Tension timeline',
  quotes: 'Quotes',
};

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
  longTasks: { start: number; duration: number }[];
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
  let armedStatus = '';

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longTasks.push({ start: e.startTime, duration: e.duration });
      lastActivity = Math.max(lastActivity, e.startTime + e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });

  const root = () => document.getElementById('dashboard');
  const region = (name: string) => root()?.querySelector(`section[aria-label="${name}"]`) ?? null;
  const statusLine = () => region(names.filters)?.querySelector('[role="status"]') ?? null;
  const thumbEls = () => [...(region(names.timeline)?.querySelectorAll('[role="slider"]') ?? [])];
  /** The smallest element holding every thumb: the range control, which is not the chart. */
  const rangeControl = () => {
    const [first, ...rest] = thumbEls();
    let el = first?.parentElement ?? null;
    while (el && !rest.every((t) => el?.contains(t))) el = el.parentElement;
    return el;
  };
  const classify = (node: Node): number => {
    const el = node instanceof Element ? node : node.parentElement;
    if (!el) return view.other;
    if (statusLine()?.contains(el)) return view.status;
    if (rangeControl()?.contains(el)) return view.rangeControl;
    if (region(names.map)?.contains(el)) return view.map;
    if (region(names.timeline)?.contains(el)) return view.timeline;
    if (region(names.quotes)?.contains(el)) return view.quotes;
    return view.other;
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
        let views = 0;
        for (const r of records) views |= classify(r.target);
        const t = performance.now();
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
      }).observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    arm(types) {
      batches = [];
      frames = [];
      longTasks = [];
      input = null;
      armed = types;
      armedStatus = status();
    },
    countFrames(on) {
      if (on && !counting) requestAnimationFrame(countFrame);
      counting = on;
    },
    collect() {
      counting = false;
      armed = null;
      return { input, batches, frames, longTasks };
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
