// @vitest-environment jsdom
/**
 * The dashboard loading its data: failures, retries, and a reader's own file.
 * (Dashboard.test.tsx, split by subject; the tests moved unchanged.)
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  renderDashboard,
  SAMPLE_TEXT,
  setUpDashboardTests,
  status,
  stubFetch,
  viewsSettled,
} from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

setUpDashboardTests();

describe('loading failures', () => {
  it('a server error is retried twice with back-off (1 s, 2 s), then Retry loads the data', async () => {
    let calls = 0;
    stubFetch(() =>
      ++calls <= 3
        ? new Response('oops', { status: 500, statusText: 'Internal Server Error' })
        : new Response(SAMPLE_TEXT),
    );
    // The app's own client, whose retry policy this is; fake timers stand in for the back-off.
    vi.useFakeTimers();
    renderDashboard('', { client: createQueryClient() });
    const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
    await advance(0);
    expect(calls).toBe(1);
    await advance(999);
    expect(calls).toBe(1);
    await advance(1);
    expect(calls).toBe(2);
    await advance(2000);
    expect(calls).toBe(3);
    // No third retry, however long one waits.
    await advance(10_000);
    expect(calls).toBe(3);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('500 Internal Server Error');
    vi.useRealTimers();

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
    expect(calls).toBe(4);
  });

  it('a client that does not retry is obeyed: the query sets no retries of its own', async () => {
    const fetchMock = stubFetch(() => new Response('oops', { status: 500, statusText: 'Oops' }));
    renderDashboard();
    expect(await screen.findByRole('alert')).toHaveTextContent('500 Oops');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a dataset with a few bad records shows the rest and lists exactly what was left out', async () => {
    const broken = makeSampleDataset();
    broken.events[1]!.date = '2022-13-40'; // an event no quote belongs to
    broken.quotes[0]!.eventId = 'nowhere';
    stubFetch(() => new Response(JSON.stringify(broken)));
    renderDashboard();
    expect(await screen.findByText(/^Showing 3 of 3 events/)).toBeInTheDocument();
    const warning = screen.getByRole('region', { name: 'Records left out' });
    expect(warning).toHaveTextContent('2 records were left out because they are not valid');
    expect(warning).toHaveTextContent(
      'events[1].date: expected a real calendar date, got "2022-13-40"',
    );
    expect(warning).toHaveTextContent('quotes[0].eventId: no event has the id "nowhere"');
  });

  it('a dataset with no valid event is refused with its problems listed, the first in full', async () => {
    const broken = makeSampleDataset();
    for (const event of broken.events) event.tension = 42;
    stubFetch(() => new Response(JSON.stringify(broken)));
    renderDashboard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is not valid');
    expect(alert).toHaveTextContent('events: no valid event remains');
    expect(alert).toHaveTextContent('events[0].tension: expected a tension from 0 to 10, got 42');
    broken.events.forEach((_, i) =>
      expect(alert).toHaveTextContent(`events[${i}].tension: expected a tension from 0 to 10`),
    );
  });

  it('text that is not JSON says where parsing stopped', async () => {
    stubFetch(() => new Response('<!doctype html><p>Not found</p>'));
    renderDashboard();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'not valid JSON: unexpected character at line 1, column 1',
    );
  });
});

describe('bringing your own dataset', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

  it('opens a valid file, shows it, and goes back to the built-in dataset in one click', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByText(/^Showing 4 of 4 events/);
    const small = makeSampleDataset();
    small.events = small.events.filter((e) => e.placeId === 'geneva');
    small.quotes = small.quotes.filter((q) => small.events.some((e) => e.id === q.eventId));
    await user.upload(
      screen.getByLabelText('Open a data file…'),
      file('geneva.json', JSON.stringify(small)),
    );
    await viewsSettled();
    expect(await screen.findByText(/^Showing 2 of 2 events/)).toBeInTheDocument();
    expect(screen.getByText('geneva.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the built-in dataset' }));
    await viewsSettled();
    expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
  });

  it('refuses an invalid file, says why, and keeps the data on screen', async () => {
    const user = userEvent.setup();
    renderDashboard('?place=geneva');
    await screen.findByText(/^Showing 2 of 4 events/);
    await user.upload(
      screen.getByLabelText('Open a data file…'),
      file('notes.json', '{"events": [1, 2,'),
    );
    await viewsSettled();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This file was not opened. The data on screen has not changed.',
    );
    expect(alert).toHaveTextContent('“notes.json” is not a valid dataset.');
    expect(alert).toHaveTextContent('not valid JSON: a value was expected at line 1, column 18');
    expect(status()).toHaveTextContent('Showing 2 of 4 events');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await viewsSettled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByText(/^Showing 4 of 4 events/);
    const huge = file('huge.json', '{}');
    Object.defineProperty(huge, 'size', { value: 1100 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Open a data file…'), huge);
    await viewsSettled();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“huge.json” is 1,100 MB; files up to 1,024 MB can be opened.',
    );
    expect(status()).toHaveTextContent('Showing 4 of 4 events');
  });
});
