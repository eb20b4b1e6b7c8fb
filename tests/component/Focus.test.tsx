// @vitest-environment jsdom
/**
 * Focus stays somewhere sensible when what had it goes away: on the control that opened it, or
 * on the heading of the panel it was in. Never on <body>, where a keyboard or screen-reader user
 * would have to start again from the top of the page.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import { renderDashboard, stubFetch, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

beforeEach(() => {
  stubFetch();
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});
afterEach(() => vi.unstubAllGlobals());

describe('focus is kept', () => {
  it('closing the story returns focus to the Story button', async () => {
    stubFetch(() => new Response(JSON.stringify(makeSampleDataset({ withStory: true }))));
    const user = userEvent.setup();
    renderDashboard('?story=2');
    const story = await screen.findByRole('region', { name: 'Story' });
    await user.click(within(story).getByRole('button', { name: 'Close the story' }));
    await viewsSettled();
    expect(screen.queryByRole('region', { name: 'Story' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Story: the five meetings' })).toHaveFocus();
  });

  it('“Show all events” moves focus to the timeline’s heading', async () => {
    const user = userEvent.setup();
    renderDashboard('?event=e1&place=geneva');
    const details = await screen.findByRole('article', { name: 'Selected event' });
    await user.click(within(details).getByRole('button', { name: 'Show all events' }));
    await viewsSettled();
    expect(screen.queryByRole('article', { name: 'Selected event' })).toBeNull();
    expect(
      screen.getByRole('heading', { name: 'What was the tone of each encounter?' }),
    ).toHaveFocus();
  });

  it('dismissing the link’s notices moves focus to the status line, which says what is shown', async () => {
    const user = userEvent.setup();
    renderDashboard('?place=atlantis');
    await screen.findByText('Some link settings were ignored');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Some link settings were ignored')).toBeNull();
    const status = screen.getAllByRole('status').find((s) => /^Showing/.test(s.textContent ?? ''));
    expect(status).toHaveFocus();
  });

  it('Reset stays where it is, unavailable until there is something to reset', async () => {
    const user = userEvent.setup();
    renderDashboard('?place=geneva');
    const reset = await screen.findByRole('button', { name: 'Reset all filters' });
    expect(reset).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(reset);
    await viewsSettled();
    expect(window.location.search).toBe('');
    expect(reset).toHaveFocus();
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    await user.click(reset); // does nothing
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Before the invasion' }));
    expect(reset).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('clearing a search that found nothing returns focus to the search box', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const quotes = await screen.findByRole('region', { name: 'Quotes' });
    const search = within(quotes).getByLabelText('Search quotes');
    await user.type(search, 'zzzz');
    await user.click(await within(quotes).findByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
  });
});

describe('toggles and rows say their state one way', () => {
  it('Play and Pause are one button whose label says what it will do, without aria-pressed', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const play = await screen.findByRole('button', { name: 'Play' });
    expect(play).not.toHaveAttribute('aria-pressed');
    await user.click(play);
    expect(play).toHaveAccessibleName('Pause');
    expect(play).not.toHaveAttribute('aria-pressed');
    expect(play).toHaveFocus();
    await user.click(play);
    expect(play).toHaveAccessibleName('Play');
  });

  it('the data table’s rows carry no aria-selected; the row’s button is pressed', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const timeline = await screen.findByRole('region', { name: 'Tone over time' });
    await user.click(within(timeline).getByText('Show the data as a table'));
    const table = await within(timeline).findByRole('table');
    const talks = within(table).getByRole('button', { name: 'Talks' });
    await user.click(talks);
    await viewsSettled();
    expect(talks).toHaveAttribute('aria-pressed', 'true');
    for (const row of within(table).getAllByRole('row'))
      expect(row).not.toHaveAttribute('aria-selected');
  });
});
