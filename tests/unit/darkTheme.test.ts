import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(process.cwd(), 'src/styles/tokens.css'), 'utf8');

/** The declarations of the first rule after `start`, one per line, trimmed. */
function declarations(start: string): string[] {
  const at = css.indexOf(start);
  expect(at, start).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', at + start.length - 1);
  const close = css.indexOf('}', open);
  return css
    .slice(open + 1, close)
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
}

describe('the dark theme', () => {
  it('is the same whether chosen or taken from the system before any script runs', () => {
    const chosen = declarations(":root[data-theme='dark'] {");
    const fromSystem = declarations(
      "@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {",
    );
    expect(chosen.length).toBeGreaterThan(10);
    expect(fromSystem).toEqual(chosen);
  });
});
