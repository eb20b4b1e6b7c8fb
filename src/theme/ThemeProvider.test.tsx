// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeProvider, useTheme } from './ThemeProvider';

function Shown() {
  const { preference, theme } = useTheme();
  return <p>{`${preference} ${theme}`}</p>;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  delete document.documentElement.dataset.theme;
  window.localStorage.clear();
});

describe('ThemeProvider', () => {
  it('takes the stored choice, and keeps a choice', () => {
    window.localStorage.setItem('theme', 'dark');
    render(
      <ThemeProvider>
        <Shown />
      </ThemeProvider>,
    );
    expect(screen.getByText('dark dark')).toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('with a preference fixed by the page (an embed’s URL), neither reads nor writes storage', () => {
    window.localStorage.setItem('theme', 'dark');
    render(
      <ThemeProvider fixed="light">
        <Shown />
      </ThemeProvider>,
    );
    expect(screen.getByText('light light')).toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe('light');
    // The reader's own choice, made on the full dashboard, stays as it was.
    expect(window.localStorage.getItem('theme')).toBe('dark');
  });

  it('with "auto" fixed, follows the system and stores nothing', () => {
    render(
      <ThemeProvider fixed="auto">
        <Shown />
      </ThemeProvider>,
    );
    expect(screen.getByText(/^auto (light|dark)$/)).toBeInTheDocument();
    expect(window.localStorage.length).toBe(0);
  });
});
