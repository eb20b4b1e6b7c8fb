/**
 * Pictures of the views, with a title, the filter and the credits drawn in: the timeline as SVG
 * (its own vector drawing, with the page's CSS resolved into it) and as PNG, the map as PNG (the
 * basemap canvas and the markers redrawn on one canvas). All text is set with textContent or
 * drawn with fillText: nothing from the data becomes markup.
 */
export interface ImageCaption {
  title: string;
  subtitle: string;
  credit: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 64;
const CREDIT_SIZE = 10;
const CREDIT_LINE = 13;
const CREDIT_FONT = `400 ${CREDIT_SIZE}px 'Be Vietnam Pro', sans-serif`;

/** Room under the view for the credit's lines: a longer credit (a dataset's title) gets more. */
function footerHeight(lines: number): number {
  return 20 + Math.max(1, lines) * CREDIT_LINE;
}
const PADDING = 16;
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
] as const;

function pageColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * Copies the computed style of each element onto its clone as presentation attributes, so that
 * var(--…) and CSS rules survive outside the page (attributes, not a style attribute: the page's
 * Content-Security-Policy forbids inline styles). Only what differs from the parent is written,
 * since these properties inherit.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  target.removeAttribute('style');
  target.removeAttribute('tabindex');
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

function svgText(
  x: number,
  y: number,
  text: string,
  size: number,
  weight: number,
  color: string,
): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-family', "'Be Vietnam Pro', sans-serif");
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', String(weight));
  node.setAttribute('fill', color);
  node.textContent = text;
  return node;
}

/** The chart's SVG with a header (title, filter) and a footer (credits), as a standalone file. */
export function timelineSvg(chart: SVGSVGElement, caption: ImageCaption): string {
  const { width, height } = chart.getBoundingClientRect();
  // Copied through markup with its style attributes dropped: re-creating them would apply inline
  // styles, which the Content-Security-Policy refuses (and reports). The computed styles are
  // copied back as presentation attributes below. (XMLSerializer escapes quotes in values.)
  const markup = new XMLSerializer().serializeToString(chart).replace(/\sstyle="[^"]*"/g, '');
  const inert = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const parsed = inert.documentElement;
  inlineStyles(chart, parsed, null);
  const clone = document.importNode(parsed, true);
  const ink = pageColor('--ink', '#1c2541');
  const muted = pageColor('--muted', '#575e6b');

  // SVG text does not wrap: lines are broken by an estimate of the glyphs' width.
  const perLine = Math.max(40, Math.floor((width - 2 * PADDING) / (CREDIT_SIZE * 0.52)));
  const credit = wrapWords(caption.credit, perLine);
  const root = document.createElementNS(SVG_NS, 'svg');
  const totalHeight = height + HEADER + footerHeight(credit.length);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${width} ${totalHeight}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', pageColor('--surface', '#ffffff'));
  root.append(background);
  root.append(svgText(PADDING, 26, caption.title, 18, 700, ink));
  root.append(svgText(PADDING, 48, caption.subtitle, 13, 400, muted));
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(HEADER));
  root.append(clone);
  credit.forEach((line, i) =>
    root.append(
      svgText(PADDING, HEADER + height + 20 + i * CREDIT_LINE, line, CREDIT_SIZE, 400, muted),
    ),
  );
  return new XMLSerializer().serializeToString(root);
}

async function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  );
}

/** wrapWords("a b c", 3) → ["a b", "c"]: lines of at most `perLine` characters, broken at spaces. */
export function wrapWords(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` broken at spaces into lines no wider than `width` in the context's current font. */
function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function drawCaption(
  ctx: CanvasRenderingContext2D,
  bodyHeight: number,
  caption: ImageCaption,
  creditLines: readonly string[],
) {
  ctx.fillStyle = pageColor('--ink', '#1c2541');
  ctx.font = "700 18px 'Be Vietnam Pro', sans-serif";
  ctx.fillText(caption.title, PADDING, 26);
  ctx.fillStyle = pageColor('--muted', '#575e6b');
  ctx.font = "400 13px 'Be Vietnam Pro', sans-serif";
  ctx.fillText(caption.subtitle, PADDING, 48);
  ctx.font = CREDIT_FONT;
  creditLines.forEach((line, i) =>
    ctx.fillText(line, PADDING, HEADER + bodyHeight + 18 + i * CREDIT_LINE),
  );
}

/** The timeline as a PNG at `scale` times its size on screen. */
export async function timelinePng(
  chart: SVGSVGElement,
  caption: ImageCaption,
  scale = 2,
): Promise<Blob> {
  const svg = timelineSvg(chart, caption);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas to draw on.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map as a PNG: the basemap canvas, the markers and their labels, title and credits. */
export async function mapPng(
  container: HTMLElement,
  caption: ImageCaption,
  scale = 2,
): Promise<Blob> {
  const box = container.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas to draw on.');
  // The credit is measured first: its lines decide the picture's height.
  ctx.font = CREDIT_FONT;
  const credit = wrapToWidth(ctx, caption.credit, box.width - 2 * PADDING);
  const totalHeight = box.height + HEADER + footerHeight(credit.length);
  // Sizing the canvas resets the context, font and scale included.
  canvas.width = box.width * scale;
  canvas.height = totalHeight * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = pageColor('--surface', '#ffffff');
  ctx.fillRect(0, 0, box.width, totalHeight);
  drawCaption(ctx, box.height, caption, credit);

  ctx.save();
  ctx.translate(0, HEADER);
  ctx.beginPath();
  ctx.rect(0, 0, box.width, box.height);
  ctx.clip();
  ctx.fillStyle = getComputedStyle(container).backgroundColor;
  ctx.fillRect(0, 0, box.width, box.height);
  for (const layer of container.querySelectorAll<HTMLCanvasElement>('.leaflet-pane canvas')) {
    const r = layer.getBoundingClientRect();
    ctx.drawImage(layer, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  for (const marker of container.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
    const circle = marker.querySelector<HTMLElement>('.place-marker__circle');
    const label = marker.querySelector<HTMLElement>('.place-marker__label');
    if (!circle) continue;
    const r = circle.getBoundingClientRect();
    const style = getComputedStyle(circle);
    const cx = r.left - box.left + r.width / 2;
    const cy = r.top - box.top + r.height / 2;
    ctx.beginPath();
    ctx.arc(cx, cy, r.width / 2, 0, Math.PI * 2);
    ctx.fillStyle = style.backgroundColor;
    ctx.fill();
    ctx.lineWidth = parseFloat(style.borderTopWidth) || 1.5;
    ctx.setLineDash(style.borderTopStyle === 'dashed' ? [4, 3] : []);
    ctx.strokeStyle = style.borderTopColor;
    ctx.stroke();
    ctx.setLineDash([]);
    if (marker.classList.contains('place-marker--selected')) {
      ctx.beginPath();
      ctx.arc(cx, cy, r.width / 2 + 5, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.strokeStyle = pageColor('--selection', '#1f4fd1');
      ctx.stroke();
    }
    if (label) {
      const l = label.getBoundingClientRect();
      const labelStyle = getComputedStyle(label);
      ctx.font = `${labelStyle.fontWeight} ${labelStyle.fontSize} 'Be Vietnam Pro', sans-serif`;
      ctx.textBaseline = 'middle';
      ctx.lineWidth = 3;
      ctx.strokeStyle = pageColor('--halo', '#ffffff');
      ctx.strokeText(label.textContent ?? '', l.left - box.left, l.top - box.top + l.height / 2);
      ctx.fillStyle = labelStyle.color;
      ctx.fillText(label.textContent ?? '', l.left - box.left, l.top - box.top + l.height / 2);
      ctx.textBaseline = 'alphabetic';
    }
  }
  ctx.restore();
  return canvasToPng(canvas);
}
