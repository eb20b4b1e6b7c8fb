// @vitest-environment jsdom
/**
 * Playback against everything else that sets the range. The page loads with real timers; then
 * fake timers drive playback, so that a test decides exactly how far it has played.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { renderDashboard, setUpDashboardTests, stubFetch } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const searchParams = () => new URLSearchParams(window.location.search);
const urlRange = () => ({ from: searchParams().get('from'), to: searchParams().get('to') });
const fromInput = () => screen.getByLabelText<HTMLInputElement>('From');
const toInput = () => screen.getByLabelText<HTMLInputElement>('To');
const shownRange = () => ({ from: fromInput().value, to: toInput().value });
const playing = () => screen.queryByRole('button', { name: 'Pause' }) !== null;
/** Lets `ms` of playback go by, and the renders it causes. */
const play = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

/** Loads the page at `search`, then takes over the clock and presses Play. */
async function startPlaying(search = '') {
  renderDashboard(search);
  await screen.findByTestId('chart-stub');
  vi.useFakeTimers();
  fireEvent.click(screen.getByRole('button', { name: 'Play' }));
  await play(1000);
  expect(playing()).toBe(true);
}

setUpDashboardTests();

describe('a range set while playing stops playback and wins', () => {
  it('dates typed into From and To (the review’s probe): the typed range, in the URL and the inputs', async () => {
    await startPlaying();
    // The window has moved on from the first day.
    expect(shownRange().to).not.toBe('2022-01-18');

    fireEvent.change(fromInput(), { target: { value: '2025-01-01' } });
    fireEvent.change(toInput(), { target: { value: '2025-12-31' } });
    await play(0);
    expect(urlRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(shownRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(playing()).toBe(false);

    await play(5000);
    expect(urlRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(shownRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('one date typed keeps the other end as it was on screen', async () => {
    await startPlaying();
    const { to } = shownRange();
    fireEvent.change(fromInput(), { target: { value: '2021-09-01' } });
    await play(5000);
    expect(urlRange()).toEqual({ from: '2021-09-01', to });
    expect(playing()).toBe(false);
  });

  it('Reset: every filter off, the whole extent shown', async () => {
    await startPlaying('?from=2022-01-01&to=2022-12-31&place=geneva');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
    await play(5000);
    expect(window.location.search).toBe('');
    expect(shownRange()).toEqual({ from: '2022-01-18', to: '2025-10-31' });
    expect(playing()).toBe(false);
  });

  it('a period preset', async () => {
    await startPlaying();
    fireEvent.click(screen.getByRole('button', { name: 'Trump’s second term' }));
    await play(5000);
    expect(urlRange()).toEqual({ from: '2025-01-20', to: null });
    expect(screen.getByRole('button', { name: 'Trump’s second term' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(playing()).toBe(false);
  });

  it('the timeline’s brush (and a click that zooms into a cell, which reports the same way)', async () => {
    await startPlaying();
    fireEvent.click(screen.getByRole('button', { name: 'brush 2025' }));
    await play(5000);
    expect(urlRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(shownRange()).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(playing()).toBe(false);
  });

  it('Back to an earlier range', async () => {
    renderDashboard('?from=2022-01-01&to=2022-12-31');
    await screen.findByTestId('chart-stub');
    fireEvent.click(screen.getByRole('button', { name: 'Before the invasion' }));
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await play(1000);
    await act(async () => {
      window.history.back();
      await vi.waitFor(() => expect(searchParams().get('from')).toBe('2022-01-01'));
    });
    await play(5000);
    expect(shownRange()).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(playing()).toBe(false);
  });
});

describe('playing', () => {
  it('Pause keeps the window on screen and writes it into the URL', async () => {
    await startPlaying('?place=geneva');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const paused = shownRange();
    await play(5000);
    expect(urlRange()).toEqual(paused);
    expect(shownRange()).toEqual(paused);
    expect(searchParams().get('place')).toBe('geneva');
  });

  it('the arrows step a month back or forward, stopping playback, and write the window', async () => {
    await startPlaying('?place=geneva');
    const playedTo = shownRange().to;
    fireEvent.click(screen.getByRole('button', { name: 'One month forward' }));
    await play(0);
    expect(playing()).toBe(false);
    const forward = urlRange();
    expect(forward.to! > playedTo).toBe(true);
    expect(shownRange()).toEqual(forward);

    fireEvent.click(screen.getByRole('button', { name: 'One month back' }));
    await play(5000);
    expect(urlRange().to! < forward.to!).toBe(true);
    expect(shownRange()).toEqual(urlRange());
    expect(searchParams().get('place')).toBe('geneva');
  });

  it('goes faster at a higher speed', async () => {
    await startPlaying();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await play(0);
    const start = urlRange();
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '4' } });
    expect(screen.getByLabelText<HTMLSelectElement>('Speed').value).toBe('4');
    // The same time played at 4× moves the window further than at 1×.
    const playFor = async (ms: number) => {
      window.history.replaceState(null, '', `/?from=${start.from}&to=${start.to}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await play(0);
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      await play(ms);
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      await play(0);
      return urlRange().to!;
    };
    const fast = await playFor(1000);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '1' } });
    const slow = await playFor(1000);
    expect(fast > slow).toBe(true);
  });

  it('stops when another dataset is opened, and shows that dataset whole', async () => {
    await startPlaying();
    const other = makeSampleDataset();
    other.events = other.events.filter((e) => e.placeId === 'geneva');
    other.quotes = other.quotes.filter((q) => other.events.some((e) => e.id === q.eventId));
    const file = new File([JSON.stringify(other)], 'geneva.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Open a data file…'), { target: { files: [file] } });
    await play(0);
    await vi.waitFor(() => expect(screen.getByText('geneva.json')).toBeInTheDocument());
    await play(5000);
    expect(playing()).toBe(false);
    // Geneva's events: 21 January 2022, and some day of February 2023.
    expect(shownRange()).toEqual({ from: '2022-01-21', to: '2023-02-28' });
    expect(window.location.search).toBe('');
  });

  it('leaves the story, keeping the place and event of its step', async () => {
    const dataset = makeSampleDataset({ withStory: true });
    stubFetch(() => new Response(JSON.stringify(dataset)));
    await startPlaying('?story=2');
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    expect(searchParams().get('story')).toBeNull();
    expect(searchParams().get('place')).not.toBeNull();
  });

  it('Copy link and the downloads give the window on screen, not the URL from before Play', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    await startPlaying();
    const { from, to } = shownRange();

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = new URL((writeText.mock.calls[0] as unknown as [string])[0]);
    expect(copied.searchParams.get('from')).toBe(from);
    expect(copied.searchParams.get('to')).toBe(to);

    fireEvent.click(screen.getByRole('button', { name: 'Events (CSV)' }));
    expect(saved).toEqual([`us-russia-diplomacy_${from}_to_${to}_events.csv`]);
  });
});

describe('live regions while playing', () => {
  /** Every change a screen reader would speak: the text of a live region, changed while live. */
  function recordAnnouncements(): string[] {
    const spoken: string[] = [];
    const regions = [
      screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Showing'))!,
      within(screen.getByRole('region', { name: 'Quotes' })).getByText(/^\d+ (of \d+ )?quotes?$/),
    ];
    for (const region of regions) {
      let last = region.textContent;
      new MutationObserver(() => {
        if (region.textContent === last) return;
        last = region.textContent;
        if (region.getAttribute('aria-live') !== 'off') spoken.push(last ?? '');
      }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    return spoken;
  }

  it('say nothing on the steps of playback, and where it stopped once it stops', async () => {
    renderDashboard();
    await screen.findByTestId('chart-stub');
    const spoken = recordAnnouncements();
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let i = 0; i < 12; i++) await play(250);
    expect(spoken).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await play(5000);
    const { from, to } = shownRange();
    expect(spoken).toHaveLength(1);
    const fmt = (iso: string) =>
      new Date(iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    expect(spoken[0]).toContain(`${fmt(from)} – ${fmt(to)}`);
  });
});
