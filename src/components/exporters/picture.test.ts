// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { svgPicture, wrapWords } from './picture';

describe('wrapWords', () => {
  it('breaks at spaces so that no line is longer than asked', () => {
    const lines = wrapWords(
      'Source: five Vietnamese news articles (VOV.VN, Nhân Dân and others).',
      20,
    );
    expect(lines).toEqual([
      'Source: five',
      'Vietnamese news',
      'articles (VOV.VN,',
      'Nhân Dân and',
      'others).',
    ]);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
  it('keeps a word longer than a line whole', () => {
    expect(wrapWords('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});

describe('svgPicture', () => {
  const caption = { title: 'Title', subtitle: 'Subtitle', credit: 'Credit' };
  const SVG_NS = 'http://www.w3.org/2000/svg';

  function chart(): SVGSVGElement {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('style', 'fill: red');
    rect.setAttribute('tabindex', '-1');
    const text = document.createElementNS(SVG_NS, 'text');
    // Text from the data, which may read like markup.
    text.textContent = 'Lavrov said style="frank" twice';
    svg.append(rect, text);
    document.body.append(svg);
    return svg;
  }

  /** The attributes inside the markup's tags, text left out. */
  const attributesOf = (markup: string) => [...markup.matchAll(/<[^>]*>/g)].join('');

  it('drops the style attributes (the page’s CSP refuses them) but never the text', () => {
    const picture = svgPicture(chart(), caption);
    expect(attributesOf(picture)).not.toMatch(/\s(style|tabindex)=/);
    expect(picture).toContain('>Lavrov said style="frank" twice</text>');
  });

  it('frames the view with its caption', () => {
    const picture = svgPicture(chart(), caption);
    for (const text of ['Title', 'Subtitle', 'Credit'])
      expect(picture).toContain(`>${text}</text>`);
  });
});
