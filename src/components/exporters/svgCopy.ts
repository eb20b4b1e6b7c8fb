/**
 * A view's SVG copied for a picture file, with the page's CSS resolved into it: the copy lives
 * outside the page, where neither its style sheets nor its variables reach.
 */
const COPIED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  // The halo under the chart's annotations: its stroke is painted first.
  'paint-order',
  'stroke-linejoin',
] as const;

/**
 * A copy of `source` and everything under it but the attributes named, made node by node: nothing
 * is parsed from markup, so the copy never carries a style attribute (the page's
 * Content-Security-Policy refuses inline styles, and reports each one), and text stays text.
 */
export function copyWithout(source: Element, dropped: ReadonlySet<string>): Element {
  const copy = document.createElementNS(source.namespaceURI, source.tagName);
  for (const attribute of source.attributes)
    if (!dropped.has(attribute.name))
      copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  for (const child of source.childNodes) {
    if (child instanceof Element) copy.append(copyWithout(child, dropped));
    else if (child instanceof Text) copy.append(document.createTextNode(child.data));
  }
  return copy;
}

/**
 * Copies the computed style of each element onto its copy as presentation attributes, so that
 * var(--…) and CSS rules survive outside the page (attributes, not a style attribute: the page's
 * Content-Security-Policy forbids inline styles). Only what differs from the parent is written,
 * since these properties inherit.
 */
export function inlineStyles(
  source: Element,
  target: Element,
  parent: CSSStyleDeclaration | null,
): void {
  const computed = getComputedStyle(source);
  for (const property of COPIED_STYLES) {
    const value = computed.getPropertyValue(property);
    if (value !== parent?.getPropertyValue(property)) target.setAttribute(property, value);
    else if (target.getAttribute(property)?.includes('var(')) target.removeAttribute(property);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t, computed);
  }
}
