// @vitest-environment jsdom
/**
 * The quote panel in the dashboard: translations, source links, search and order.
 * (Dashboard.test.tsx, split by subject; the tests moved unchanged.)
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderDashboard, setUpDashboardTests, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const findRegion = (name: string) => screen.findByRole('region', { name });
setUpDashboardTests();

describe('the dashboard', () => {
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
});
