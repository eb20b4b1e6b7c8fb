import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(process.cwd(), 'src/styles/tokens.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** Every custom property declared in the file, in order: [name, value]. */
const tokens = [...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(
  ([, name, value]) => [name!, value!.replace(/\s+/g, ' ').trim()] as const,
);

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgb\(\d{1,3} \d{1,3} \d{1,3}(?: \/ \d{1,3}%)?\)$/;
/** A colour as this file writes them, outside light-dark(): a hex or an rgb(). */
const BARE_COLOUR = /#[0-9a-f]{3,8}\b|\brgba?\(/i;

/** The two arguments of each light-dark() in `value`, split at its top-level comma. */
function lightDarkPairs(value: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (let at = value.indexOf('light-dark('); at >= 0; at = value.indexOf('light-dark(', at + 1)) {
    let depth = 0;
    let comma = -1;
    let end = -1;
    for (let i = at + 'light-dark('.length; i < value.length && end < 0; i++) {
      const c = value[i];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if (c === ')') end = i;
      else if (c === ',' && depth === 0) comma = i;
    }
    expect(comma, value).toBeGreaterThan(0);
    expect(end, value).toBeGreaterThan(comma);
    pairs.push([
      value.slice(at + 'light-dark('.length, comma).trim(),
      value.slice(comma + 1, end).trim(),
    ]);
  }
  return pairs;
}

describe('the palette', () => {
  it('declares each token once, light and dark together', () => {
    const names = tokens.map(([name]) => name);
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
  });

  it('writes every colour as light-dark(light, dark), both of which parse and differ', () => {
    const coloured = tokens.filter(([, value]) => BARE_COLOUR.test(value));
    expect(coloured.length).toBeGreaterThan(20);
    for (const [name, value] of coloured) {
      const pairs = lightDarkPairs(value);
      expect(pairs.length, `${name} has no light-dark()`).toBeGreaterThan(0);
      // No colour outside a light-dark(): it would be the same in both themes.
      let rest = value;
      for (const [light, dark] of pairs) rest = rest.replace(`light-dark(${light}, ${dark})`, '');
      expect(rest, `${name} has a colour outside light-dark()`).not.toMatch(BARE_COLOUR);
      for (const [light, dark] of pairs) {
        expect(HEX.test(light) || RGB.test(light), `${name}: ${light}`).toBe(true);
        expect(HEX.test(dark) || RGB.test(dark), `${name}: ${dark}`).toBe(true);
        expect(dark, name).not.toBe(light);
      }
    }
  });

  it('follows the system unless the reader chose, in the style sheet itself', () => {
    expect(css).toMatch(/:root\s*\{[^}]*color-scheme:\s*light dark;/);
    // The build rewrites light-dark() for older browsers into variables that only these
    // declarations switch (the scripts' inline style would not): see tokens.css.
    expect(css).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;\s*\}/);
    expect(css).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;\s*\}/);
    expect(css).not.toMatch(/prefers-color-scheme/);
  });
});
