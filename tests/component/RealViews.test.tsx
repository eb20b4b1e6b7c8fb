// @vitest-environment jsdom
/**
 * The real map (Leaflet) and chart (Recharts), not stand-ins, with what they share: jsdom has no
 * layout and no canvas, so every element measures 800 × 400 and a canvas draws nothing. What is
 * checked is what a reader does: choose a place on the map and an event on the chart, copy the
 * link, download the data and the pictures. (How the map and the chart look is for the browser
 * tests.)
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { markerDiameter } from '@/features/map/markerSize';
import { renderDashboard, stubFetch, SAMPLE_TEXT } from './renderDashboard';

const WIDTH = 800;
const HEIGHT = 400;

/** A canvas context whose every method does nothing (jsdom has no canvas). */
const silentContext = new Proxy(
  { canvas: null, measureText: () => ({ width: 10 }) },
  {
    get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined),
    set: () => true,
  },
);

class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: WIDTH, height: HEIGHT } } as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}

const restore: (() => void)[] = [];
/** Replaces a property of a prototype for the tests of this file. */
function replace<T extends object>(target: T, key: string, descriptor: PropertyDescriptor) {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, ...descriptor });
  restore.push(() =>
    before ? Object.defineProperty(target, key, before) : Reflect.deleteProperty(target, key),
  );
}

beforeAll(() => {
  const box = {
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: WIDTH,
    bottom: HEIGHT,
    width: WIDTH,
    height: HEIGHT,
  };
  replace(Element.prototype, 'getBoundingClientRect', {
    value: () => ({ ...box, toJSON: () => box }),
  });
  replace(HTMLElement.prototype, 'clientWidth', { get: () => WIDTH });
  replace(HTMLElement.prototype, 'clientHeight', { get: () => HEIGHT });
  replace(HTMLElement.prototype, 'offsetWidth', { get: () => WIDTH });
  replace(HTMLElement.prototype, 'offsetHeight', { get: () => HEIGHT });
  replace(HTMLCanvasElement.prototype, 'getContext', { value: () => silentContext });
  replace(HTMLCanvasElement.prototype, 'toBlob', {
    value(callback: BlobCallback) {
      callback(new Blob(['png'], { type: 'image/png' }));
    },
  });
});
afterAll(() => {
  for (const undo of restore.reverse()) undo();
});

/** What the page hands the browser to download: file names and their text. */
let saved: { name: string; blob: Blob }[];
beforeEach(() => {
  saved = [];
  stubFetch((url) =>
    url.includes('countries-110m')
      ? new Response(JSON.stringify(TOPOLOGY))
      : new Response(SAMPLE_TEXT),
  );
  vi.stubGlobal('ResizeObserver', SizedResizeObserver);
  let blobs = 0;
  const urls = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(blobs += 1)}`;
    urls.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = urls.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A basemap of one square country. */
const TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [
      [0, 40],
      [10, 40],
      [10, 50],
      [0, 50],
      [0, 40],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], id: '1', properties: { name: 'Square' } }],
    },
  },
};

const searchParams = () => new URLSearchParams(window.location.search);
const marks = () => document.querySelectorAll<SVGGElement>('.event-mark');

async function renderViews(search = '') {
  renderDashboard(search);
  await screen.findByText(/^Showing \d of 4 events/);
  await waitFor(() => expect(marks().length).toBeGreaterThan(0));
  await waitFor(() =>
    expect(
      within(screen.getByRole('region', { name: 'Map' })).getAllByRole('button', {
        name: /Geneva/,
      }).length,
    ).toBeGreaterThan(0),
  );
}

describe('the map', () => {
  it('draws a marker a place, and a marker chosen selects its place', async () => {
    await renderViews();
    const map = screen.getByRole('region', { name: 'Map' });
    const geneva = within(map)
      .getAllByRole('button', { name: /^Geneva/ })
      .find((b) => b.closest('.leaflet-marker-pane'));
    expect(geneva).toBeDefined();
    fireEvent.click(geneva!);
    await waitFor(() => expect(searchParams().get('place')).toBe('geneva'));
    await screen.findByText(/^Showing 2 of 4 events in Geneva/);
  });
  it('keeps each place’s marker through filter changes, updating it in place', async () => {
    await renderViews();
    const map = screen.getByRole('region', { name: 'Map' });
    const genevaMarker = () =>
      within(map)
        .queryAllByRole('button', { name: /^Geneva/ })
        .find((b) => b.closest('.leaflet-marker-pane'));
    const circle = genevaMarker()!.querySelector<HTMLElement>('.place-marker__circle')!;
    expect(circle.style.width).toBe(`${markerDiameter(2)}px`);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2023-01-01' } });
    await screen.findByText(/^Showing 2 of 4 events/);
    await waitFor(() => expect(genevaMarker()).toHaveAccessibleName(/^Geneva: 1 event/));
    // The same element, its size and name changed: no new icon was made.
    expect(genevaMarker()!.querySelector('.place-marker__circle')).toBe(circle);
    expect(circle.style.width).toBe(`${markerDiameter(1)}px`);

    // Off the map while the place has no events in range, and back as the same marker.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-01' } });
    await waitFor(() => expect(genevaMarker()).toBeUndefined());
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2022-01-01' } });
    await waitFor(() => expect(genevaMarker()).toHaveAccessibleName(/^Geneva: 2 events/));
    expect(genevaMarker()!.querySelector('.place-marker__circle')).toBe(circle);
  });
});

describe('the chart', () => {
  it('draws a mark an event, and a mark clicked selects its event', async () => {
    await renderViews();
    expect(marks()).toHaveLength(4);
    const mark = document.querySelector<SVGGElement>('.event-mark[data-event-id="e3"]');
    fireEvent.click(mark!.querySelector('path') ?? mark!);
    await waitFor(() => expect(searchParams().get('event')).toBe('e3'));
    expect(searchParams().get('place')).toBe('geneva');
  });
});

describe('sharing', () => {
  const download = async (item: string) => {
    const user = userEvent.setup();
    await user.click(screen.getByText('Download', { selector: 'summary' }));
    await user.click(screen.getByRole('button', { name: item }));
  };

  it('copies the link to the view on screen', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderViews('?place=geneva');
    // A click without userEvent, which puts a clipboard of its own in place.
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?place=geneva`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('downloads the events shown as CSV, named after the filter', async () => {
    await renderViews('?place=geneva');
    await download('Events (CSV)');
    expect(saved.map((s) => s.name)).toEqual(['us-russia-diplomacy_geneva_events.csv']);
    const text = await saved[0]!.blob.text();
    expect(text.split('\n').filter((line) => /^"?e\d/.test(line))).toHaveLength(2);
  });

  it('draws the timeline as SVG with its title, the view in words and every mark', async () => {
    await renderViews();
    await download('Timeline (SVG)');
    // The picture is drawn once the chart has its size and marks: wait for the file.
    await waitFor(() =>
      expect(saved.map((s) => s.name)).toEqual(['us-russia-diplomacy_timeline.svg']),
    );
    // Read as text: jsdom's serializer writes the namespace twice, which its parser then refuses.
    const svg = await saved[0]!.blob.text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('The tone of each US–Russia encounter');
    expect(svg).toContain('Showing 4 of 4 events');
    expect(svg.match(/class="event-mark"/g)).toHaveLength(4);
  });

  it('draws the map as PNG', async () => {
    await renderViews();
    await download('Map (PNG)');
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['us-russia-diplomacy_map.png']));
  });
});
