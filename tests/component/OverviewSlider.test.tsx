// @vitest-environment jsdom
/**
 * The overview strip's range slider, by keyboard: each thumb a named slider whose value is said as
 * a month, stepping a month, a year, or to the end it can reach, never past the other thumb. (The
 * pointer is tested in the browser, tests/e2e/dashboard.spec.ts, where the strip has a width.)
 */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DateRange } from '@/domain/dataset/dateRange';
import { toDayNumber } from '@/domain/dataset/dates';
import { binByMonth } from '@/domain/query/timeAxis';
import { OverviewSlider } from '@/features/timeline/OverviewSlider';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Language } from '@/domain/dataset/vocabulary';

/** January 2022 to December 2025: 48 months. */
const BINS = binByMonth([], { start: toDayNumber('2022-01-01'), end: toDayNumber('2025-12-31') });
const ALL: DateRange = { from: null, to: null };

/** The slider over a range the test owns, as the page owns it: a change comes back as the range. */
function renderSlider(initial: DateRange = ALL, lang: Language = 'en') {
  const changes: DateRange[] = [];
  function Page() {
    const [range, setRange] = useState(initial);
    return (
      <OverviewSlider
        bins={BINS}
        range={range}
        onRangeChange={(next) => {
          changes.push(next);
          setRange(next);
        }}
      />
    );
  }
  const view = render(
    <I18nProvider lang={lang}>
      <Page />
    </I18nProvider>,
  );
  return { changes, ...view };
}

const first = () => screen.getByRole('slider', { name: 'First month' });
const last = () => screen.getByRole('slider', { name: 'Last month' });

describe('OverviewSlider', () => {
  it('has two named thumbs in a named group, each saying its month', () => {
    renderSlider({ from: '2022-03-01', to: '2024-06-30' });
    expect(screen.getByRole('group', { name: /Date range: drag a handle/ })).toContainElement(
      first(),
    );
    expect(first()).toHaveAttribute('aria-valuetext', 'March 2022');
    expect(last()).toHaveAttribute('aria-valuetext', 'June 2024');
    // Each thumb stops at the other (the APG's multi-thumb slider).
    expect(first()).toHaveAttribute('aria-valuemin', '0');
    expect(first()).toHaveAttribute('aria-valuemax', last().getAttribute('aria-valuenow'));
    expect(last()).toHaveAttribute('aria-valuemin', first().getAttribute('aria-valuenow'));
    expect(last()).toHaveAttribute('aria-valuemax', '47');
  });

  it('steps a month with the arrow keys and commits each press', async () => {
    const user = userEvent.setup();
    const { changes } = renderSlider();
    first().focus();
    await user.keyboard('{ArrowRight}');
    expect(changes).toEqual([{ from: '2022-02-01', to: null }]);
    await user.keyboard('{ArrowUp}');
    expect(changes.at(-1)).toEqual({ from: '2022-03-01', to: null });
    expect(first()).toHaveAttribute('aria-valuetext', 'March 2022');
    last().focus();
    await user.keyboard('{ArrowLeft}');
    expect(changes.at(-1)).toEqual({ from: '2022-03-01', to: '2025-11-30' });
    expect(last()).toHaveAttribute('aria-valuetext', 'November 2025');
  });

  it('steps a year with Page Up and Page Down, and goes to the ends with Home and End', async () => {
    const user = userEvent.setup();
    const { changes } = renderSlider({ from: '2022-03-01', to: '2024-06-30' });
    first().focus();
    await user.keyboard('{PageUp}');
    expect(changes.at(-1)).toEqual({ from: '2023-03-01', to: '2024-06-30' });
    await user.keyboard('{Home}');
    expect(changes.at(-1)).toEqual({ from: null, to: '2024-06-30' });
    last().focus();
    await user.keyboard('{PageDown}');
    expect(changes.at(-1)).toEqual({ from: null, to: '2023-06-30' });
    await user.keyboard('{End}');
    expect(changes.at(-1)).toEqual({ from: null, to: null });
    expect(last()).toHaveAttribute('aria-valuetext', 'December 2025');
  });

  it('never lets the thumbs cross: End on the first thumb stops at the last', async () => {
    const user = userEvent.setup();
    const { changes } = renderSlider({ from: '2022-03-01', to: '2022-08-31' });
    first().focus();
    await user.keyboard('{End}');
    expect(changes.at(-1)).toEqual({ from: '2022-08-01', to: '2022-08-31' });
    await user.keyboard('{ArrowRight}{PageUp}');
    // Already at the other thumb: nothing more to commit.
    expect(changes).toHaveLength(1);
    expect(first()).toHaveAttribute('aria-valuetext', 'August 2022');
    last().focus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(changes).toHaveLength(1);
  });

  it('takes every key while the range it is given is still a step behind', () => {
    // The views follow a change a frame later: the range comes back after the next key press.
    const onRangeChange = vi.fn();
    render(
      <I18nProvider lang="en">
        <OverviewSlider bins={BINS} range={ALL} onRangeChange={onRangeChange} />
      </I18nProvider>,
    );
    for (const key of ['ArrowRight', 'ArrowRight', 'Home']) fireEvent.keyDown(first(), { key });
    expect(onRangeChange.mock.calls).toEqual([
      [{ from: '2022-02-01', to: null }],
      [{ from: '2022-03-01', to: null }],
      [{ from: null, to: null }],
    ]);
    expect(first()).toHaveAttribute('aria-valuetext', 'January 2022');
  });

  it('leaves other keys to the page', () => {
    const { changes } = renderSlider();
    const tab = fireEvent.keyDown(first(), { key: 'Tab' });
    const step = fireEvent.keyDown(first(), { key: 'ArrowRight' });
    // fireEvent returns false when the handler prevented the default.
    expect([tab, step]).toEqual([true, false]);
    expect(changes).toHaveLength(1);
  });

  it('follows a range set elsewhere', () => {
    const onRangeChange = vi.fn();
    const { rerender } = render(
      <I18nProvider lang="en">
        <OverviewSlider bins={BINS} range={ALL} onRangeChange={onRangeChange} />
      </I18nProvider>,
    );
    fireEvent.keyDown(first(), { key: 'ArrowRight' });
    expect(first()).toHaveAttribute('aria-valuetext', 'February 2022');
    rerender(
      <I18nProvider lang="en">
        <OverviewSlider
          bins={BINS}
          range={{ from: '2024-05-01', to: null }}
          onRangeChange={onRangeChange}
        />
      </I18nProvider>,
    );
    expect(first()).toHaveAttribute('aria-valuetext', 'May 2024');
  });

  it('speaks Vietnamese on a Vietnamese page', () => {
    renderSlider(ALL, 'vi');
    expect(screen.getByRole('slider', { name: 'Tháng đầu' })).toHaveAttribute(
      'aria-valuetext',
      'tháng 1 năm 2022',
    );
    expect(screen.getByRole('slider', { name: 'Tháng cuối' })).toHaveAttribute(
      'aria-valuetext',
      'tháng 12 năm 2025',
    );
  });

  it('moves only the end whose thumb moved: the other keeps its day (C13)', () => {
    const { changes } = renderSlider({ from: '2022-03-15', to: '2023-06-10' });
    fireEvent.keyDown(last(), { key: 'ArrowRight' });
    expect(changes.at(-1)).toEqual({ from: '2022-03-15', to: '2023-07-31' });
    // A second key before the first comes back, on the other thumb: the first's end is kept.
    fireEvent.keyDown(first(), { key: 'ArrowRight' });
    expect(changes.at(-1)).toEqual({ from: '2022-04-01', to: '2023-07-31' });
  });

  it('clears the views’ preview when the strip goes mid-drag or loses the pointer (C1)', () => {
    const onRangePreview = vi.fn();
    const view = (shown: boolean) => (
      <I18nProvider lang="en">
        {shown ? (
          <OverviewSlider
            bins={BINS}
            range={ALL}
            onRangeChange={vi.fn()}
            onRangePreview={onRangePreview}
          />
        ) : null}
      </I18nProvider>
    );
    const { rerender } = render(view(true));
    // jsdom has no pointer capture: a stand-in on the thumb.
    first().setPointerCapture = () => {};
    fireEvent.pointerDown(first(), { button: 0, pointerId: 1, clientX: 0 });
    fireEvent.lostPointerCapture(first(), { pointerId: 1 });
    expect(onRangePreview).toHaveBeenLastCalledWith(null);
    onRangePreview.mockClear();
    first().setPointerCapture = () => {};
    fireEvent.pointerDown(first(), { button: 0, pointerId: 2, clientX: 0 });
    rerender(view(false));
    expect(onRangePreview).toHaveBeenCalledWith(null);
  });
});
