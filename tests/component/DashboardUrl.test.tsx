// @vitest-environment jsdom
/**
 * The dashboard and its address: language, deep links, Back and Forward, bad link values.
 * (Dashboard.test.tsx, split by subject; the tests moved unchanged.)
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderDashboard, setUpDashboardTests, status, viewsSettled } from './renderDashboard';

vi.mock('@/features/map/DiplomacyMap', async () => ({
  default: (await import('./stubs')).MapStub,
}));
vi.mock('@/features/timeline/TensionChart', async () => ({
  default: (await import('./stubs')).ChartStub,
}));

const region = (name: string) => screen.getByRole('region', { name });
const searchParams = () => new URLSearchParams(window.location.search);

setUpDashboardTests();

describe('the dashboard', () => {
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
