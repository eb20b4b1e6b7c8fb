// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATASET_TEXT, renderDashboard, stubFetch, viewsSettled } from './renderDashboard';

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
  vi.unstubAllGlobals();
});

describe('the dashboard', () => {
  it('loads the dataset and shows the three views with the page landmarks', async () => {
    renderDashboard();
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    expect(await screen.findByText('Showing 21 of 21 events')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('US–Russia diplomacy');
    for (const name of ['Map', 'Tension timeline', 'Quotes', 'Filters'])
      expect(region(name)).toBeInTheDocument();
    const map = await within(region('Map')).findByTestId('map-stub');
    for (const city of ['Geneva', 'Stockholm', 'New Delhi', 'Alaska', 'Budapest']) {
      expect(within(map).getByRole('button', { name: new RegExp(city) })).toBeInTheDocument();
    }
    expect(
      within(map).getByRole('button', { name: 'Alaska (Anchorage): 1 event' }),
    ).toBeInTheDocument();
    expect(
      within(map).getByRole('button', { name: 'Budapest: 1 event, 1 not held' }),
    ).toBeInTheDocument();
    expect(within(region('Quotes')).getByText('29 quotes')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Sources and method');
  });

  it('clicking a marker filters every view and writes the place into the URL', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const map = await screen.findByTestId('map-stub');
    await user.click(within(map).getByRole('button', { name: /^Geneva/ }));
    await viewsSettled();

    expect(searchParams().get('place')).toBe('geneva');
    expect(status().parentElement).toHaveTextContent('Showing 2 of 21 events in Geneva');
    expect(within(map).getByRole('button', { name: /^Geneva/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const quotes = region('Quotes');
    expect(within(quotes).getByText('7 quotes')).toBeInTheDocument();
    expect(
      within(quotes).getByRole('button', { name: 'Blinken and Lavrov hold talks in Geneva' }),
    ).toBeInTheDocument();
    expect(within(quotes).queryByText(/Stockholm/)).not.toBeInTheDocument();
    const highlighted = within(screen.getByTestId('chart-stub'))
      .getAllByRole('listitem', { hidden: true })
      .filter((li) => li.dataset.highlighted === 'true');
    expect(highlighted).toHaveLength(2);

    await user.click(within(region('Map')).getByRole('button', { name: 'All places' }));
    await viewsSettled();
    expect(searchParams().get('place')).toBeNull();
    expect(status()).toHaveTextContent('Showing 21 of 21 events');
  });

  it('a date range narrows the markers, the timeline, the quotes and the status line', async () => {
    renderDashboard();
    await screen.findByTestId('map-stub');
    // Native date inputs take a whole date at once, as a picker sets it.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    await viewsSettled();

    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(status()).toHaveTextContent('Showing 7 of 21 events');
    const map = screen.getByTestId('map-stub');
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alaska (Anchorage): 1 event', 'Budapest: 1 event, 1 not held']);
    expect(
      within(screen.getByTestId('chart-stub')).getAllByRole('listitem', { hidden: true }),
    ).toHaveLength(7);
    expect(within(region('Quotes')).queryByText(/Blinken/)).not.toBeInTheDocument();
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
    expect(status()).toHaveTextContent('Showing 10 of 21 events');
    expect(screen.getByLabelText('To')).toHaveValue('2022-02-23');

    await user.click(screen.getByRole('button', { name: 'brush 2025' }));
    await viewsSettled();
    expect(searchParams().get('from')).toBe('2025-01-01');
    expect(screen.getByLabelText('From')).toHaveValue('2025-01-01');
    expect(status()).toHaveTextContent('Showing 7 of 21 events');
  });

  it('selecting an event on the timeline shows its place, its quotes and its score breakdown', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByTestId('chart-stub');
    await user.click(
      screen.getByRole('button', {
        name: 'point: Blinken and Lavrov talk in New Delhi, first time since the war',
      }),
    );
    await viewsSettled();

    expect(searchParams().get('event')).toBe('2023-03-02-new-delhi');
    expect(searchParams().get('place')).toBe('new-delhi');
    expect(
      within(screen.getByTestId('map-stub')).getByRole('button', { name: /^New Delhi/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    const details = screen.getByRole('article', { name: 'Selected event' });
    expect(details).toHaveTextContent('CAMEO 0256 Appeal for de-escalation of military engagement');
    expect(details).toHaveTextContent('10 × (1.1 + 2.5) ÷ (1.1 + 6.5 + 5) = 2.9');
    expect(within(region('Quotes')).getByText('3 quotes')).toBeInTheDocument();
  });

  it('events without a place are listed beside the map and can be selected', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const map = await findRegion('Map');
    await within(map).findByTestId('map-stub');
    const call = within(map).getByRole('button', { name: /Rubio–Lavrov phone call/ });
    await user.click(call);
    await viewsSettled();
    expect(call).toHaveAttribute('aria-pressed', 'true');
    expect(within(region('Quotes')).getByText('6 quotes')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Selected event' })).toHaveTextContent(
      'Rubio–Lavrov phone call',
    );
  });

  it('in English shows the translation, marked, with the Vietnamese original one click away', async () => {
    const user = userEvent.setup();
    renderDashboard('?event=2021-12-02-stockholm&place=stockholm');
    const quotes = await findRegion('Quotes');
    const figure = (
      await within(quotes).findByText(/We, as President Vladimir Putin has said/)
    ).closest('figure')!;
    expect(within(figure).getByText('Translated from Vietnamese')).toBeInTheDocument();
    const original = figure.querySelector('blockquote[lang="vi"]')!;
    expect(original).not.toBeVisible();
    await user.click(within(figure).getByRole('button', { name: 'Show the Vietnamese original' }));
    await viewsSettled();
    expect(original).toBeVisible();
    expect(original).toHaveTextContent(
      'Chúng tôi, như Tổng thống Vladimir Putin đã nói, không muốn có bất kỳ xung đột nào',
    );
    expect(within(figure).getByText('Sergei Lavrov')).toBeInTheDocument();
    expect(figure.querySelector('figcaption')).toHaveTextContent('Foreign Minister of Russia');
    expect(figure.querySelector('figcaption')).toHaveTextContent('2 December 2021');
    expect(figure.querySelector('figcaption')).toHaveTextContent('Stockholm');
    expect(figure.querySelector('figcaption')).toHaveTextContent('VOV.VN');
  });

  it('links a source with a URL safely', async () => {
    renderDashboard('?place=geneva');
    const link = (
      await within(await findRegion('Quotes')).findAllByRole('link', {
        name: 'Nga, Mỹ nhất trí tiếp tục đối thoại về tình hình Ukraine',
      })
    )[0]!;
    expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/nhandan\.vn\//));
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('searches quotes by words without diacritics or by speaker, and says why nothing matches', async () => {
    const user = userEvent.setup();
    renderDashboard('?lang=vi');
    const quotes = await findRegion('Trích dẫn');
    await within(quotes).findByText('29 trích dẫn');
    const search = within(quotes).getByLabelText('Tìm trích dẫn');
    await user.type(search, 'hoa binh');
    await viewsSettled();
    await waitFor(() =>
      expect(within(quotes).getByText('1 trên 29 trích dẫn')).toBeInTheDocument(),
    );
    expect(
      within(quotes)
        .getByText(/Tổng thống Trump luôn kiên định/)
        .closest('blockquote'),
    ).toHaveAttribute('lang', 'vi');

    await user.clear(search);
    await viewsSettled();
    await user.type(search, 'ryabkov');
    await viewsSettled();
    await waitFor(() =>
      expect(within(quotes).getByText('1 trên 29 trích dẫn')).toBeInTheDocument(),
    );

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
    expect(within(quotes).getByText('29 trích dẫn')).toBeInTheDocument();
  });

  it('orders quote groups oldest or newest first', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const quotes = await findRegion('Quotes');
    await within(quotes).findByText('29 quotes');
    const firstGroup = () => within(quotes).getAllByRole('heading', { level: 3 })[0]!;
    expect(firstGroup()).toHaveTextContent('Blinken warns Russia');
    await user.selectOptions(within(quotes).getByLabelText('Order'), 'newest');
    await viewsSettled();
    expect(firstGroup()).toHaveTextContent('Rubio–Lavrov phone call');
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
    for (const name of ['Bản đồ', 'Diễn biến căng thẳng', 'Trích dẫn'])
      expect(region(name)).toBeInTheDocument();
    expect(status()).toHaveTextContent('Đang hiển thị 21 trên 21 sự kiện');
  });

  it('restores a deep link and follows Back and Forward', async () => {
    const user = userEvent.setup();
    renderDashboard('?from=2022-01-01&to=2022-12-31&place=geneva&lang=vi');
    expect(await screen.findByText('Đang hiển thị 1 trên 21 sự kiện')).toBeInTheDocument();
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('2022-01-01');
    expect(
      within(screen.getByTestId('map-stub')).getByRole('button', { name: /^Geneva/ }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Tất cả' }));
    await viewsSettled();
    expect(status()).toHaveTextContent('Đang hiển thị 2 trên 21 sự kiện');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await viewsSettled();
    expect(status()).toHaveTextContent('Đang hiển thị 1 trên 21 sự kiện');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('2022-12-31');
  });

  it('ignores bad link values with a notice and keeps working', async () => {
    renderDashboard('?from=2022-13-40&place=atlantis&lang=klingon');
    expect(await screen.findByText('Showing 21 of 21 events')).toBeInTheDocument();
    expect(screen.getByText('Some link settings were ignored')).toBeInTheDocument();
    expect(screen.getByText(/“from” is not a real date/)).toBeInTheDocument();
    expect(screen.getByText(/The place in the link is not in the dataset/)).toBeInTheDocument();
    expect(screen.getByText(/not English \(en\) or Vietnamese \(vi\)/)).toBeInTheDocument();
  });
});

describe('loading failures', () => {
  it(
    'a server error is retried, then shows an alert with Retry, and Retry loads the data',
    { timeout: 15000 },
    async () => {
      const user = userEvent.setup();
      let calls = 0;
      const ok = stubFetch();
      const dataset = await (ok('/data/events.json') as Promise<Response>).then((r) => r.text());
      stubFetch(() =>
        ++calls <= 3
          ? new Response('oops', { status: 500, statusText: 'Internal Server Error' })
          : new Response(dataset),
      );
      renderDashboard();
      // A 5xx is retried twice with backoff (1 s, 2 s) before the error is shown.
      const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
      expect(calls).toBe(3);
      expect(alert).toHaveTextContent('The dataset could not be loaded');
      expect(alert).toHaveTextContent('500 Internal Server Error');
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await viewsSettled();
      expect(await screen.findByText('Showing 21 of 21 events')).toBeInTheDocument();
    },
  );

  it('a dataset with a few bad records shows the rest and lists exactly what was left out', async () => {
    const broken = JSON.parse(DATASET_TEXT);
    broken.events[1].date = '2022-13-40'; // an event no quote belongs to
    broken.quotes[0].eventId = 'nowhere';
    stubFetch(() => new Response(JSON.stringify(broken)));
    renderDashboard();
    expect(await screen.findByText('Showing 20 of 20 events')).toBeInTheDocument();
    const warning = screen.getByRole('region', { name: 'Records left out' });
    expect(warning).toHaveTextContent('2 records were left out because they are not valid');
    expect(warning).toHaveTextContent(
      'events[1].date: expected a real calendar date, got "2022-13-40"',
    );
    expect(warning).toHaveTextContent('quotes[0].eventId: no event has the id "nowhere"');
  });

  it('a dataset with no valid event is refused with its problems listed, the first in full', async () => {
    const broken = JSON.parse(DATASET_TEXT);
    for (const event of broken.events) event.tension = 42;
    stubFetch(() => new Response(JSON.stringify(broken)));
    renderDashboard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is not valid');
    expect(alert).toHaveTextContent('events: no valid event remains');
    expect(alert).toHaveTextContent('events[0].tension: expected a tension from 0 to 10, got 42');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(alert).toHaveTextContent(/…and \d+ more problems/);
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
    await screen.findByText('Showing 21 of 21 events');
    const small = JSON.parse(DATASET_TEXT);
    small.events = small.events.filter((e: { placeId: string | null }) => e.placeId === 'geneva');
    small.quotes = small.quotes.filter((q: { eventId: string }) =>
      small.events.some((e: { id: string }) => e.id === q.eventId),
    );
    await user.upload(
      screen.getByLabelText('Open a JSON file…'),
      file('geneva.json', JSON.stringify(small)),
    );
    await viewsSettled();
    expect(await screen.findByText('Showing 2 of 2 events')).toBeInTheDocument();
    expect(screen.getByText('geneva.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the built-in dataset' }));
    await viewsSettled();
    expect(await screen.findByText('Showing 21 of 21 events')).toBeInTheDocument();
  });

  it('refuses an invalid file, says why, and keeps the data on screen', async () => {
    const user = userEvent.setup();
    renderDashboard('?place=geneva');
    await screen.findByText('Showing 2 of 21 events');
    await user.upload(
      screen.getByLabelText('Open a JSON file…'),
      file('notes.json', '{"events": [1, 2,'),
    );
    await viewsSettled();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This file was not opened. The data on screen has not changed.',
    );
    expect(alert).toHaveTextContent('“notes.json” is not a valid dataset.');
    expect(alert).toHaveTextContent('not valid JSON: a value was expected at line 1, column 18');
    expect(status()).toHaveTextContent('Showing 2 of 21 events');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await viewsSettled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await screen.findByText('Showing 21 of 21 events');
    const huge = file('huge.json', '{}');
    Object.defineProperty(huge, 'size', { value: 400 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Open a JSON file…'), huge);
    await viewsSettled();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“huge.json” is 400 MB; files up to 150 MB can be opened.',
    );
    expect(status()).toHaveTextContent('Showing 21 of 21 events');
  });
});
