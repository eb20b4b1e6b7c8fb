/** The key draws each kind's shape, its own paths included, and names it in the page's language. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/I18nProvider';
import { EVENT_KINDS } from '@/domain/dataset/vocabulary';
import { MESSAGES } from '@/i18n/allMessages';
import { KindSymbol } from './EventMark';
import { KindKey } from './KindKey';
import { hexagon } from './symbols';

describe('KindKey', () => {
  it.each(['en', 'vi'] as const)('names and draws every kind (%s)', (lang) => {
    const html = renderToStaticMarkup(
      <I18nProvider lang={lang}>
        <KindKey />
      </I18nProvider>,
    );
    for (const kind of EVENT_KINDS) expect(html).toContain(`${MESSAGES[lang].kind[kind]}</li>`);
    // One symbol per kind, each with a path of its own.
    const paths = [...html.matchAll(/<path[^>]*class="recharts-symbols"[^>]*\sd="([^"]+)"/g)];
    expect(paths).toHaveLength(EVENT_KINDS.length);
    expect(new Set(paths.map((m) => m[1])).size).toBe(EVENT_KINDS.length);
  });
});

describe('KindSymbol', () => {
  it('draws a kind beyond Recharts’ seven as its own path, placed on the point', () => {
    const html = renderToStaticMarkup(
      <svg>
        <KindSymbol kind="material-cooperation" cx={30} cy={40} size={160} fill="red" />
      </svg>,
    );
    expect(html).toContain(`d="${hexagon(160)}"`);
    expect(html).toContain('transform="translate(30, 40)"');
    expect(html).toContain('fill="red"');
  });
});
