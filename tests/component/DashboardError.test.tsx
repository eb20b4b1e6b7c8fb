// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderDashboard, stubFetch } from './renderDashboard';

// Data that passes validation but breaks a computation of the dashboard (as 400,000 events once
// overflowed the call stack).
vi.mock('@/domain/query/timeAxis', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/domain/query/timeAxis')>()),
  chartDomain: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

beforeEach(() => {
  stubFetch();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
});

it('says why the dashboard cannot show a dataset, and keeps the page and its controls', async () => {
  renderDashboard();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The dashboard could not show this dataset');
  expect(alert).toHaveTextContent('Maximum call stack size exceeded');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'The US and Russia met once in person',
  );
  expect(screen.getByLabelText('Open a data file…')).toBeEnabled();
});
