/**
 * Pictures of a view for download, with a title, the filter and the credits drawn in, at twice
 * the screen's resolution: from an SVG (its own vector drawing, with the page's CSS resolved into
 * it, as SVG or PNG) or drawn on a canvas by the view itself. Each view finds what to draw in its
 * own markup; this file knows none. All text is set with textContent or drawn with fillText:
 * nothing from the data becomes markup.
 */
import { themeColor } from '../themeColor';
import { copyWithout, inlineStyles } from './svgCopy';

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
const PADDING = 16;
/** Twice the size on screen: readable when printed or shared. */
const SCALE = 2;

/** Room under the view for the credit's lines: a longer credit (a dataset's title) gets more. */
function footerHeight(lines: number): number {
  return 20 + Math.max(1, lines) * CREDIT_LINE;
}

/** Resolves after the next frame: what a view has just built has been drawn by then. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
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

/** The view's SVG with a header (title, filter) and a footer (credits), as a standalone file. */
export function svgPicture(view: SVGSVGElement, caption: ImageCaption): string {
  const { width, height } = view.getBoundingClientRect();
  // Its styles come back as presentation attributes, computed.
  const copy = copyWithout(view, new Set(['style', 'tabindex']));
  inlineStyles(view, copy, null);
  const ink = themeColor('--ink', '#1c2541');
  const muted = themeColor('--muted', '#575e6b');

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
  background.setAttribute('fill', themeColor('--surface', '#ffffff'));
  root.append(background);
  root.append(svgText(PADDING, 26, caption.title, 18, 700, ink));
  root.append(svgText(PADDING, 48, caption.subtitle, 13, 400, muted));
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(HEADER));
  root.append(copy);
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
  ctx.fillStyle = themeColor('--ink', '#1c2541');
  ctx.font = "700 18px 'Be Vietnam Pro', sans-serif";
  ctx.fillText(caption.title, PADDING, 26);
  ctx.fillStyle = themeColor('--muted', '#575e6b');
  ctx.font = "400 13px 'Be Vietnam Pro', sans-serif";
  ctx.fillText(caption.subtitle, PADDING, 48);
  ctx.font = CREDIT_FONT;
  creditLines.forEach((line, i) =>
    ctx.fillText(line, PADDING, HEADER + bodyHeight + 18 + i * CREDIT_LINE),
  );
}

/** The view's SVG with its caption, as a PNG. */
export async function svgPicturePng(view: SVGSVGElement, caption: ImageCaption): Promise<Blob> {
  const svg = svgPicture(view, caption);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * SCALE;
    canvas.height = image.naturalHeight * SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas to draw on.');
    ctx.scale(SCALE, SCALE);
    ctx.drawImage(image, 0, 0);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A PNG of a view that draws itself: `drawView` paints the view, `width` × `height` in its own
 * coordinates from its top left corner (clipped to it), and the caption is drawn around it.
 */
export async function canvasPicture(
  width: number,
  height: number,
  caption: ImageCaption,
  drawView: (ctx: CanvasRenderingContext2D) => void,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas to draw on.');
  // The credit is measured first: its lines decide the picture's height.
  ctx.font = CREDIT_FONT;
  const credit = wrapToWidth(ctx, caption.credit, width - 2 * PADDING);
  const totalHeight = height + HEADER + footerHeight(credit.length);
  // Sizing the canvas resets the context, font and scale included.
  canvas.width = width * SCALE;
  canvas.height = totalHeight * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = themeColor('--surface', '#ffffff');
  ctx.fillRect(0, 0, width, totalHeight);
  drawCaption(ctx, height, caption, credit);

  ctx.save();
  ctx.translate(0, HEADER);
  ctx.beginPath();
  ctx.rect(0, 0, width, height);
  ctx.clip();
  drawView(ctx);
  ctx.restore();
  return canvasToPng(canvas);
}
