import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_STATE,
  embedCode,
  embedSearch,
  embedUrls,
  escapeAttribute,
  parseEmbedState,
  pictureCode,
  type EmbedState,
} from './embedState';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from './urlState';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });
const embed = (patch: Partial<EmbedState>): EmbedState => ({ ...DEFAULT_EMBED_STATE, ...patch });

describe('parseEmbedState', () => {
  it('reads the view, the colours, the date control and a pym.js id', () => {
    expect(parseEmbedState('?view=map&theme=dark&dates=1&childId=story-map')).toEqual({
      view: 'map',
      theme: 'dark',
      dates: true,
      pymId: 'story-map',
    });
  });

  it('falls back to the defaults on anything else, without throwing', () => {
    expect(parseEmbedState('')).toEqual(DEFAULT_EMBED_STATE);
    expect(
      parseEmbedState('?view=%3Cscript%3E&theme=purple&dates=yes&childId=%22%3E%3Cb%3E'),
    ).toEqual(DEFAULT_EMBED_STATE);
    expect(parseEmbedState(`?childId=${'a'.repeat(65)}`).pymId).toBeNull();
  });

  it('ignores the parameters pym.js adds, and the filters, which urlState reads', () => {
    const search = '?view=quotes&place=geneva&initialWidth=720&parentUrl=https%3A%2F%2Fa.b%2F';
    expect(parseEmbedState(search).view).toBe('quotes');
    expect(parseUrlState(search)).toEqual({ state: state({ place: 'geneva' }), notices: [] });
  });
});

describe('embedSearch', () => {
  it('writes the view first, then the filters and the options, defaults dropped', () => {
    expect(
      embedSearch(
        state({ place: 'geneva', from: '2022-01-01', lang: 'vi', facets: { kind: ['talks'] } }),
        embed({ view: 'map', theme: 'dark', dates: true }),
      ),
    ).toBe('?view=map&from=2022-01-01&place=geneva&lang=vi&kind=talks&theme=dark&dates=1');
    expect(embedSearch(DEFAULT_URL_STATE, DEFAULT_EMBED_STATE)).toBe('?view=dashboard');
  });

  it('gives the story its step, and no other filter, which the step decides', () => {
    const filtered = state({ place: 'geneva', event: 'e-1', from: '2022-01-01', story: 3 });
    expect(embedSearch(filtered, embed({ view: 'story' }))).toBe('?view=story&story=3');
    expect(embedSearch(state({ place: 'geneva' }), embed({ view: 'story' }))).toBe(
      '?view=story&story=1',
    );
    // Another view of a page in the story shows the filters without the story.
    expect(embedSearch(state({ story: 2, place: 'geneva' }), embed({ view: 'map' }))).toBe(
      '?view=map&place=geneva',
    );
  });

  it('is read back as it was written', () => {
    const written = state({ to: '2023-12-31', event: 'e-2', lang: 'en' });
    const options = embed({ view: 'timeline', theme: 'light' });
    const search = embedSearch(written, options);
    expect(parseEmbedState(search)).toEqual(options);
    expect(parseUrlState(search).state).toEqual(written);
  });
});

describe('embedUrls', () => {
  it('puts the embed page, the full dashboard and the host script beside the app', () => {
    expect(
      embedUrls('https://example.org/app/', state({ place: 'geneva' }), embed({ view: 'map' })),
    ).toEqual({
      embed: 'https://example.org/app/embed.html?view=map&place=geneva',
      full: 'https://example.org/app/?place=geneva',
      script: 'https://example.org/app/embed.js',
    });
    expect(embedUrls('https://example.org/', DEFAULT_URL_STATE, DEFAULT_EMBED_STATE).full).toBe(
      'https://example.org/',
    );
  });
});

describe('the code to paste', () => {
  const urls = {
    embed: 'https://example.org/embed.html?view=map&place=geneva&lang=vi',
    full: 'https://example.org/?place=geneva&lang=vi',
    script: 'https://example.org/embed.js',
  };

  it('is a titled, sandboxed frame at its starting height and the host script', () => {
    const code = embedCode(urls, 'Where they met', 560.4);
    expect(code).toContain(
      '<iframe src="https://example.org/embed.html?view=map&amp;place=geneva&amp;lang=vi" title="Where they met"',
    );
    expect(code).toContain('height="560"');
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(code).toContain('<script src="https://example.org/embed.js" async></script>');
  });

  it('escapes what it quotes, so a title cannot end the attribute', () => {
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    const code = embedCode(urls, '"><script>alert(1)</script>', 400);
    expect(code).not.toContain('<script>alert');
    expect(code.match(/<script/g)).toHaveLength(1);
  });

  it('offers a linked picture, or a plain link where there is no picture', () => {
    expect(pictureCode(urls.full, 'map.png', 'The map: "Geneva"')).toBe(
      '<a href="https://example.org/?place=geneva&amp;lang=vi"><img src="map.png" alt="The map: &quot;Geneva&quot;" style="width:100%;height:auto"></a>',
    );
    expect(pictureCode(urls.full, null, 'Quotes <from> Geneva')).toBe(
      '<a href="https://example.org/?place=geneva&amp;lang=vi">Quotes &lt;from&gt; Geneva</a>',
    );
  });
});
