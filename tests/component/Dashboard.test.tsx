// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import { makeSampleDataset } from '../fixtures/sampleDataset';
import {
  DATASET_TEXT,
  renderDashboard,
  SAMPLE_TEXT,
  stubFetch,
  viewsSettled,
} from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const status = () =>
  screen.getByText(/^Showing|^Đang hiển thị/, { selector: '[role="status"] strong' });
const region = (name: string) => screen.getByRole('region', { name });
const findRegion = (name: string) => screen.findByRole('region', { name });
const searchParams = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  stubFetch();
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the shipped dataset (the one test on the real data)', () => {
  it('loads and shows every event, place and quote in the three views', async () => {
    const shipped = JSON.parse(DATASET_TEXT) as ReturnType<typeof makeSampleDataset>;
    const events = shipped.events.length;
    const placed = new Set(shipped.events.flatMap((e) => (e.placeId ? [e.placeId] : [])));
    stubFetch(() => new Response(DATASET_TEXT));
    renderDashboard();
    expect(
      await screen.findByText(new RegExp(`^Showing ${events} of ${events} events`)),
    ).toBeInTheDocument();
    const map = await within(region('Map')).findByTestId('map-stub');
    expect(within(map).getAllByRole('button')).toHaveLength(placed.size);
    for (const place of shipped.places.filter((p) => placed.has(p.id)))
      expect(
        within(map).getByRole('button', { name: (name) => name.startsWith(place.name.en) }),
      ).toBeInTheDocument();
    expect(
      within(await screen.findByTestId('chart-stub')).getAllByRole('listitem', { hidden: true }),
    ).toHaveLength(events);
    expect(
      within(region('Quotes')).getByText(`${shipped.quotes.length} quotes`),
    ).toBeInTheDocument();
    // The built-in data has the story's meetings.
    expect(screen.getByRole('button', { name: 'Story: the five meetings' })).toBeInTheDocument();
  });
});

describe('the dashboard', () => {
  it('loads the dataset and shows the three views with the page landmarks', async () => {
    renderDashboard();
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    // Until the data is in, the headline is the built-in dataset's, as the static header says it.
    const headline = screen.getByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent('The US and Russia met four times;');
    expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    // Then the finding of the data on screen (here the sample: one meeting, one planned).
    expect(headline).toHaveTextContent(/^The US and Russia met once in person$/);
    for (const name of ['Map', 'Tone over time', 'Quotes', 'Filters'])
      expect(region(name)).toBeInTheDocument();
    const map = await within(region('Map')).findByTestId('map-stub');
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Geneva: 2 events', 'Budapest: 1 event, 1 not held']);
    expect(within(region('Quotes')).getByText('3 quotes')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Sources and method');
  });

  it('clicking a marker filters every view and writes the place into the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const map = await screen.findByTestId('map-stub');
    await user.click(within(map).getByRole('button', { name: /^Geneva/ }));
    await viewsSettled();

    expect(searchParams().get('place')).toBe('geneva');
    expect(status()).toHaveTextContent('Showing 2 of 4 events in Geneva');
    expect(within(map).getByRole('button', { name: /^Geneva/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const quotes = region('Quotes');
    expect(within(quotes).getByText('2 quotes')).toBeInTheDocument();
    expect(within(quotes).getByRole('button', { name: 'Talks' })).toBeInTheDocument();
    expect(within(quotes).queryByRole('button', { name: 'Summit' })).not.toBeInTheDocument();
    const highlighted = within(await screen.findByTestId('chart-stub'))
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.dataset.highlighted === 'true');
    expect(highlighted).toHaveLength(2);

    await user.click(within(region('Map')).getByRole('button', { name: 'All places' }));
    await viewsSettled();
    expect(searchParams().get('place')).toBeNull();
    expect(status()).toHaveTextContent('Showing 4 of 4 events');
  });

  it('a date range narrows the markers, the timeline, the quotes and the status line', async () => {
    renderDashboard();
    await screen.findByTestId('map-stub');
    // Native date inputs take a whole date at once, as a picker sets it.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    await viewsSettled();

    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(status()).toHaveTextContent('Showing 1 of 4 events');
    const map = screen.getByTestId('map-stub');
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Budapest: 1 event, 1 not held']);
    expect(
      within(await screen.findByTestId('chart-stub')).getAllByRole('listitem', { hidden: true }),
    ).toHaveLength(1);
    expect(within(region('Quotes')).getByText('1 quote')).toBeInTheDocument();
    expect(within(region('Quotes')).queryByText('frank')).not.toBeInTheDocument();
  });

  it('presets and the timeline brush drive the same range', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('map-stub');
    await user.click(screen.getByRole('button', { name: 'Before the invasion' }));
    await viewsSettled();
    expect(screen.getByRole('button', { name: 'Before the invasion' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(searchParams().get('to')).toBe('2022-02-23');
    expect(status()).toHaveTextContent('Showing 2 of 4 events');
    expect(screen.getByLabelText('To')).toHaveValue('2022-02-23');

    await user.click(screen.getByRole('button', { name: 'brush 2025' }));
    await viewsSettled();
    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    expect(status()).toHaveTextContent('Showing 1 of 4 events');
  });

  it('selecting an event on the timeline shows its place, its quotes and its details', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('chart-stub');
    await user.click(screen.getByRole('button', { name: 'point: Accusation' }));
    await viewsSettled();

    expect(searchParams().get('event')).toBe('e3');
    expect(searchParams().get('place')).toBe('geneva');
    expect(
      within(screen.getByTestId('map-stub')).getByRole('button', { name: /^Geneva/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    const details = await screen.findByRole('article', { name: 'Selected event' });
    expect(within(details).getByRole('heading', { name: 'Accusation' })).toBeInTheDocument();
    expect(details).toHaveTextContent('He accused.');
    expect(within(region('Quotes')).getByText('1 quote')).toBeInTheDocument();
    expect(within(region('Quotes')).getByText('absurd')).toBeInTheDocument();
  });

  it('names the chart’s source under it, with a link to the sources and method', async () => {
    renderDashboard();
    const timeline = await findRegion('Tone over time');
    expect(
      await within(timeline).findByText(/^Source: 1 article \(Example Daily\)\./),
    ).toBeVisible();
    expect(within(timeline).getByRole('link', { name: 'Sources and method' })).toHaveAttribute(
      'href',
      '#about-heading',
    );
    expect(document.getElementById('about-heading')).toHaveTextContent('Sources and method');
  });

  it('events without a place are listed beside the map and can be selected', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await within(await findRegion('Map')).findByTestId('map-stub');
    const list = region('Calls and statements with no place');
    const call = within(list).getByRole('button', { name: /Call/ });
    await user.click(call);
    await viewsSettled();
    expect(call).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(region('Quotes')).getByText('The articles quote no one directly for this event.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Selected event' })).toHaveTextContent(
      'They called.',
    );
  });

  it('in English shows the translation, marked, with the Vietnamese original one click away', async () => {
    const user = userEvent.setup();
    renderDashboard('?event=e1&place=geneva');
    const quotes = await findRegion('Quotes');
    const figure = (await within(quotes).findByText('frank')).closest('figure')!;
    expect(within(figure).getByText('Translated from Vietnamese')).toBeInTheDocument();
    const original = figure.querySelector('blockquote[lang="vi"]')!;
    expect(original).not.toBeVisible();
    await user.click(within(figure).getByRole('button', { name: 'Show the Vietnamese original' }));
    await viewsSettled();
    expect(original).toBeVisible();
    expect(original).toHaveTextContent('thẳng thắn');
    expect(within(figure).getByText('Alice')).toBeInTheDocument();
    expect(figure.querySelector('figcaption')).toHaveTextContent('Envoy');
    expect(figure.querySelector('figcaption')).toHaveTextContent('21 January 2022');
    expect(figure.querySelector('figcaption')).toHaveTextContent('Geneva');
    expect(figure.querySelector('figcaption')).toHaveTextContent('Example Daily');
  });

  it('links a source with a URL safely', async () => {
    renderDashboard('?place=geneva');
    const link = (
      await within(await findRegion('Quotes')).findAllByRole('link', { name: 'A headline' })
    )[0]!;
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('searches quotes by words without diacritics or by speaker, and says why nothing matches', async () => {
    const user = userEvent.setup();
    renderDashboard('?lang=vi');
    const quotes = await findRegion('Trích dẫn');
    await within(quotes).findByText('3 trích dẫn');
    const search = within(quotes).getByLabelText('Tìm trích dẫn');
    await user.type(search, 'hoa binh');
    await viewsSettled();
    await waitFor(() => expect(within(quotes).getByText('1 trên 3 trích dẫn')).toBeInTheDocument());
    expect(within(quotes).getByText('hòa bình').closest('blockquote')).toHaveAttribute(
      'lang',
      'vi',
    );

    // An unnamed speaker by the words that describe them, without diacritics.
    await user.clear(search);
    await viewsSettled();
    await user.type(search, 'mot quan chuc');
    await viewsSettled();
    await waitFor(() => expect(within(quotes).getByText('1 trên 3 trích dẫn')).toBeInTheDocument());
    expect(within(quotes).getByText('vô lý')).toBeInTheDocument();

    await user.clear(search);
    await viewsSettled();
    await user.type(search, 'zzzz');
    await viewsSettled();
    await waitFor(() =>
      expect(
        within(quotes).getByText(/Không có trích dẫn nào khớp với “zzzz”/),
      ).toBeInTheDocument(),
    );
    await user.click(within(quotes).getByRole('button', { name: 'Xóa tìm kiếm' }));
    await viewsSettled();
    expect(within(quotes).getByText('3 trích dẫn')).toBeInTheDocument();
  });

  it('orders quote groups oldest or newest first', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const quotes = await findRegion('Quotes');
    await within(quotes).findByText('3 quotes');
    const firstGroup = () => within(quotes).getAllByRole('heading', { level: 3 })[0]!;
    expect(firstGroup()).toHaveTextContent('Talks');
    await user.selectOptions(within(quotes).getByLabelText('Order'), 'newest');
    await viewsSettled();
    expect(firstGroup()).toHaveTextContent('Summit');
  });

  it('switches language: labels, regions and the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('map-stub');
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await viewsSettled();
    expect(searchParams().get('lang')).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByLabelText('Từ ngày')).toBeInTheDocument();
    expect(screen.getByLabelText('Đến ngày')).toBeInTheDocument();
    for (const name of ['Bản đồ', 'Sắc thái theo thời gian', 'Trích dẫn'])
      expect(region(name)).toBeInTheDocument();
    expect(status()).toHaveTextContent('Đang hiển thị 4 trên 4 sự kiện');
  });

  it('restores a deep link and follows Back and Forward', async () => {
    const user = userEvent.setup();
    renderDashboard('?from=2022-01-01&to=2022-12-31&place=geneva&lang=vi');
    expect(await screen.findByText(/^Đang hiển thị 1 trên 4 sự kiện/)).toBeInTheDocument();
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('2022-01-01');
    expect(
      within(screen.getByTestId('map-stub')).getByRole('button', { name: /^Geneva/ }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Tất cả' }));
    await viewsSettled();
    expect(status()).toHaveTextContent('Đang hiển thị 2 trên 4 sự kiện');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await viewsSettled();
    expect(status()).toHaveTextContent('Đang hiển thị 1 trên 4 sự kiện');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('2022-12-31');
  });

  it('ignores bad link values with a notice and keeps working', async () => {
    renderDashboard('?from=2022-13-40&place=atlantis&lang=klingon');
    expect(await screen.findByText(/^Showing 4 of 4 events/)).toBeInTheDocument();
    expect(screen.getByText('Some link settings were ignored')).toBeInTheDocument();
    expect(screen.getByText(/“from” is not a real date/)).toBeInTheDocument();
    expect(screen.getByText(/The place in the link is not in the dataset/)).toBeInTheDocument();
    expect(screen.getByText(/not English \(en\) or Vietnamese \(vi\)/)).toBeInTheDocument();
  });
});

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
