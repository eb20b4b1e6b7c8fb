/**
 * A colour of the page's theme, resolved, for what CSS variables cannot reach (a canvas, a picture
 * file): themeColor('--ink', '#1c2541') → "rgb(28, 37, 65)". The variables hold `light-dark()`
 * pairs (styles/tokens.css; in the build, Lightning CSS's rewrite of them), which only an
 * element's computed colour resolves: a hidden probe in `within` (its colour scheme) reads it.
 * The fallback is for where nothing resolves it (jsdom).
 */
export function themeColor(
  name: string,
  fallback: string,
  within: Element = document.body,
): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = `var(${name})`;
  within.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color && !color.includes('var(') ? color : fallback;
}
