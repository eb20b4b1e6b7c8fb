// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { problem, type Problem } from '@/domain/dataset/problems';
import { PROBLEM_PAGE, ProblemList } from '@/features/dataset/ProblemList';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Language } from '@/domain/dataset/vocabulary';

const renderIn = (lang: Language, ui: ReactNode) =>
  render(<I18nProvider lang={lang}>{ui}</I18nProvider>);

/** `n` bad dates, one per event. */
const badDates = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) =>
    problem(`events[${i}].date`, 'not-a-calendar-date', { date: '2022-13-40' }),
  );

describe('ProblemList', () => {
  it('lists 20,000 problems a page at a time, never all at once', async () => {
    const { container } = renderIn('en', <ProblemList problems={badDates(20_000)} />);
    expect(container.querySelectorAll('li')).toHaveLength(PROBLEM_PAGE);
    expect(PROBLEM_PAGE).toBeLessThanOrEqual(50);
    expect(screen.getByText(/…and 19,990 more problems/)).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(container.querySelectorAll('li')).toHaveLength(2 * PROBLEM_PAGE);
    expect(screen.getByText(/…and 19,980 more problems/)).toBeInTheDocument();
  });

  it('shows every problem with its path, then says nothing more, with focus on the last page', async () => {
    const user = userEvent.setup();
    renderIn('en', <ProblemList problems={badDates(15)} />);
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(15);
    expect(items[14]).toHaveTextContent(
      'events[14].date: expected a real calendar date, got "2022-13-40"',
    );
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();
    // The button went with the last page: focus is on the first problem it showed.
    expect(document.activeElement).toBe(items[10]);
  });

  it('starts again at the first page for another dataset', async () => {
    const user = userEvent.setup();
    const { rerender } = renderIn('en', <ProblemList problems={badDates(30)} />);
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    rerender(
      <I18nProvider lang="en">
        <ProblemList problems={badDates(30)} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(PROBLEM_PAGE);
  });

  it('words the problems in Vietnamese, the paths as they are', () => {
    renderIn('vi', <ProblemList problems={badDates(12)} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'events[0].date: phải là một ngày có thật trên lịch, nhưng nhận được "2022-13-40"',
    );
    expect(screen.getByRole('button', { name: 'Xem thêm 2' })).toBeInTheDocument();
    expect(screen.getByText(/…và 2 lỗi khác/)).toBeInTheDocument();
  });
});
