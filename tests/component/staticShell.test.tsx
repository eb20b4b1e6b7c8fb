// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '@/app/Header';
import { escapeHtml, staticShellHtml } from '@/app/staticShell';
import { I18nProvider } from '@/i18n/I18nProvider';
import { ThemeProvider } from '@/theme/ThemeProvider';

/** The static header written into index.html, parsed as the browser would. */
function shell(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = staticShellHtml();
  return root;
}

describe('the static header in index.html', () => {
  it('says what the React header says, in the same elements', () => {
    const { container } = render(
      <ThemeProvider>
        <I18nProvider lang="en">
          <Header onLanguageChange={() => {}} />
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

  it('escapes what it writes', () => {
    expect(escapeHtml('<b title="x">A & B</b>')).toBe(
      '&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;',
    );
  });
});
