// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineCell } from '@/domain/query/timelineCells';
import type { TimelineMark, TimelineModel } from '@/domain/query/timelineModel';
import type { DiplomaticEvent } from '@/domain/dataset/schema';
import * as tensionBands from '@/domain/scoring/tensionBands';
import { ExportersProvider } from '@/components/exporters/ExportersProvider';
import { I18nProvider } from '@/i18n/I18nProvider';
import TensionChart, { type TensionChartProps } from './TensionChart';

vi.mock('@/domain/scoring/tensionBands', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain/scoring/tensionBands')>();
  return { ...actual, tensionColor: vi.fn(actual.tensionColor) };
});

class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 800, height: 400 } } as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
beforeEach(() => vi.stubGlobal('ResizeObserver', SizedResizeObserver));
afterEach(() => vi.unstubAllGlobals());

const DAY0 = 19_000;
/** Marks as the dashboard makes them on each filter change: every one a new object. */
const series = (selected: string | null): TimelineMark[] =>
  Array.from({ length: 30 }, (_, i) => ({
    position: i,
    eventId: `e${i}`,
    day: DAY0 + i * 10,
    tension: i % 11,
    tensionRange: null,
    kind: 'summit',
    status: 'held',
    category: 'us-russia',
    placeId: null,
    date: '2022-01-01',
    datePrecision: 'day',
    highlighted: true,
    selected: `e${i}` === selected,
  }));
const marksOf = (marks: TimelineMark[]): TimelineModel => ({
  kind: 'marks',
  total: marks.length,
  marks,
});
/** The records the tooltips read. */
const events = new Map(
  series(null).map((m, i): [string, DiplomaticEvent] => [
    m.eventId,
    {
      id: m.eventId,
      date: m.date,
      datePrecision: 'day',
      placeId: null,
      kind: 'summit',
      status: 'held',
      category: 'us-russia',
      participants: [],
      title: { en: `Event ${i}`, vi: `Sự kiện ${i}` },
      summary: { en: 'A summary', vi: 'Tóm tắt' },
      actions: [],
      tension: m.tension,
      tensionRange: null,
      sourceIds: ['s1'],
    },
  ]),
);

function renderChart(props: Partial<TensionChartProps> = {}) {
  const all: TensionChartProps = {
    timeline: marksOf(series(null)),
    climate: [],
    domain: [DAY0, DAY0 + 300],
    placesById: new Map(),
    eventsById: events,
    placeSelected: false,
    onSelectEvent: vi.fn(),
    onRangeChange: vi.fn(),
    ...props,
  };
  const view = render(
    <I18nProvider lang="en">
      <ExportersProvider>
        <TensionChart {...all} />
      </ExportersProvider>
    </I18nProvider>,
  );
  return {
    ...all,
    rerender: (next: Partial<TensionChartProps>) =>
      view.rerender(
        <I18nProvider lang="en">
          <ExportersProvider>
            <TensionChart {...all} {...next} />
          </ExportersProvider>
        </I18nProvider>,
      ),
  };
}

const marks = () => document.querySelectorAll('.event-mark');

describe('TensionChart’s marks', () => {
  it('draws a mark an event, and a click on one selects its event', async () => {
    const chart = renderChart();
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    fireEvent.click(document.querySelector('.event-mark[data-event-id="e7"] path')!);
    expect(chart.onSelectEvent).toHaveBeenCalledWith('e7');
  });

  it('redraws only the marks a change touches, not every mark', async () => {
    const chart = renderChart();
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    vi.mocked(tensionBands.tensionColor).mockClear();
    act(() => chart.rerender({ timeline: marksOf(series('e4')) }));
    expect(document.querySelector('.event-mark[data-event-id="e4"] > circle')).not.toBeNull();
    // One mark changed (selected): drawn again alone.
    expect(tensionBands.tensionColor).toHaveBeenCalledTimes(1);
  });

  it('moves each mark, when the range changes, by its one transform', async () => {
    const ranged = series(null).map((p, i) =>
      i % 2
        ? { ...p, tensionRange: [Math.max(0, p.tension! - 2), p.tension! + 1] as [number, number] }
        : p,
    );
    const chart = renderChart({ timeline: marksOf(ranged) });
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        if (r.type === 'attributes' && (r.target as Element).closest('.event-mark'))
          changed.push(r.attributeName ?? '');
    });
    observer.observe(document.body, { subtree: true, attributes: true });
    act(() => chart.rerender({ timeline: marksOf(ranged), domain: [DAY0 - 100, DAY0 + 200] }));
    await Promise.resolve();
    observer.disconnect();
    expect(changed.length).toBeGreaterThan(0);
    expect(new Set(changed)).toEqual(new Set(['transform']));
    expect(changed).toHaveLength(30);
  });

  it('shows the tooltip of the mark under the pointer', async () => {
    renderChart();
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    fireEvent.pointerOver(document.querySelector('.event-mark[data-event-id="e3"] path')!);
    expect(await screen.findByText('Event 3')).toBeInTheDocument();
  });
});

describe('TensionChart’s cells', () => {
  /** A grid of cells as a large range gives: every column and row holding events. */
  const cells: TimelineCell[] = Array.from({ length: 120 * 12 }, (_, i) => ({
    column: Math.floor(i / 12),
    row: i % 12,
    count: 1 + (i % 50),
    atPlace: i % 3 === 0 ? 1 : 0,
    held: 1,
    day: DAY0 + Math.floor(i / 12) * 2,
    tension: i % 12 === 11 ? null : i % 12,
    low: null,
    high: null,
    firstDay: DAY0 + Math.floor(i / 12) * 2,
    lastDay: DAY0 + Math.floor(i / 12) * 2 + 1,
  }));
  const grid = { start: DAY0, days: 240, columns: 120 };
  const model: TimelineModel = { kind: 'cells', total: 36_000, grid, cells, marks: [] };

  it('draws many cells as a few paths, not an element a cell', async () => {
    renderChart({ timeline: model, domain: [DAY0, DAY0 + 240] });
    await vi.waitFor(() => expect(document.querySelector('.timeline-cells')).not.toBeNull());
    const paths = document.querySelectorAll('.timeline-cells path');
    expect(paths.length).toBeGreaterThan(12);
    // A path per row and darkness (twelve rows, six steps), however many cells.
    expect(paths.length).toBeLessThanOrEqual(12 * 6);
    expect(marks()).toHaveLength(0);
  });

  it('dims the cells without the selected place and outlines those with it', async () => {
    const chart = renderChart({ timeline: model, domain: [DAY0, DAY0 + 240] });
    await vi.waitFor(() => expect(document.querySelector('.timeline-cells')).not.toBeNull());
    const outlined = () => document.querySelectorAll('.timeline-cells path[fill="none"]').length;
    expect(outlined()).toBe(0);
    act(() => chart.rerender({ timeline: model, placeSelected: true }));
    expect(outlined()).toBe(1);
  });
});

describe('the climate line', () => {
  const point = (day: number, value: number | null) => ({
    day: DAY0 + day,
    value,
    low: value === null ? null : value - 1,
    high: value === null ? null : value + 1,
    acts: value === null ? 0 : 3,
  });

  it('is drawn under the marks as one line and one band, broken where the climate has a gap', async () => {
    renderChart({
      climate: [point(0, 4), point(10, 6), point(20, null), point(30, 5), point(40, 7)],
    });
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    const line = document.querySelector('path.climate-line');
    const band = document.querySelector('path.climate-band');
    expect(line).not.toBeNull();
    expect(band).not.toBeNull();
    // Two runs: two moves, never a line across the gap.
    expect(line?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(band?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    // Under the marks: the line comes before the first mark in the drawing.
    const firstMark = marks()[0]!;
    expect(
      line!.compareDocumentPosition(firstMark) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('draws nothing where no day has a climate', async () => {
    renderChart({ climate: [point(0, null), point(10, null)] });
    await vi.waitFor(() => expect(marks()).toHaveLength(30));
    expect(document.querySelector('path.climate-line')).toBeNull();
    expect(document.querySelector('path.climate-band')).toBeNull();
  });
});
