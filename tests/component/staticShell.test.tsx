// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FINDING } from '@/domain/builtIn/builtInFinding';
import { Header } from '@/app/Header';
import { escapeHtml, staticShellHtml } from '@/app/staticShell';
import { findHeadline } from '@/domain/scoring/finding';
import type { Dataset } from '@/domain/dataset/schema';
import { I18nProvider } from '@/i18n/I18nProvider';
import { ThemeProvider } from '@/theme/ThemeProvider';

const shipped = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;

/** The static header written into index.html, parsed as the browser would. */
function shell(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = staticShellHtml(BUILT_IN_FINDING);
  return root;
}

describe('the static header in index.html', () => {
  it('says what the React header says, in the same elements', () => {
    const { container } = render(
      <ThemeProvider>
        <I18nProvider lang="en">
          <Header onLanguageChange={() => {}} finding={findHeadline(shipped)} />
        </I18nProvider>
      </ThemeProvider>,
    );
    const staticHeader = shell().querySelector('header');
    expect(staticHeader).not.toBeNull();
    for (const selector of [
      '.site-header__kicker',
      '.site-header__title',
      '.site-header__intro',
      '.theme-switch',
      '.language-switch',
    ]) {
      const live = container.querySelector(selector);
      const written = staticHeader?.querySelector(selector);
      expect(written?.outerHTML, selector).toBe(live?.outerHTML);
    }
  });

  it('states the built-in dataset’s finding, found at build time from the shipped file', () => {
    expect(BUILT_IN_FINDING).toEqual(findHeadline(shipped));
    expect(shell().querySelector('h1')?.textContent).toBe(
      'The US and Russia met four times; the climate was most conflictual before New Delhi',
    );
    expect(shell().querySelector('.site-header__intro')?.textContent).toMatch(
      /^Five Vietnamese news articles report these meetings in person/,
    );
  });

  it('escapes what it writes', () => {
    expect(escapeHtml('<b title="x">A & B</b>')).toBe(
      '&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;',
    );
  });
});
