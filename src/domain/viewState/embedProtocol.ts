/**
 * The messages between an embed and the page that hosts it, in the two protocols newsroom sites
 * already listen to:
 *
 * - Datawrapper's: `{"datawrapper-height": {"<chart id>": 640}}`, posted to the parent; the host
 *   finds the frame whose window sent it (Datawrapper's own embed script does, and so does ours,
 *   public/embed.js).
 * - pym.js's (NPR, MIT): strings `pymxPYMx<id>xPYMxheightxPYMx640`, where `<id>` is the
 *   `childId` a `pym.Parent` puts in the frame's URL; the parent answers with its width,
 *   `pymxPYMx<id>xPYMxwidthxPYMx720`, on which the child sends its height again.
 *
 * Whatever arrives is checked for its shape first and only ever read as a number.
 */

export const DATAWRAPPER_HEIGHT = 'datawrapper-height';
const PYM = 'xPYMx';

/** Heights outside this range are not a page's: a host never takes them. */
export const MIN_EMBED_HEIGHT = 50;
export const MAX_EMBED_HEIGHT = 50_000;

/**
 * heightMessages(640, "us-russia-map", "story-map") →
 * [{"datawrapper-height": {"us-russia-map": 640}}, "pymxPYMxstory-mapxPYMxheightxPYMx640"]
 */
export function heightMessages(height: number, chartId: string, pymId: string | null): unknown[] {
  const rounded = Math.ceil(height);
  const datawrapper = { [DATAWRAPPER_HEIGHT]: { [chartId]: rounded } };
  return pymId === null ? [datawrapper] : [datawrapper, pymMessage(pymId, 'height', rounded)];
}

function pymMessage(id: string, type: string, value: number): string {
  return ['pym', id, type, String(value)].join(PYM);
}

/**
 * The height in a Datawrapper message, or null for anything else:
 * readEmbedHeight({"datawrapper-height": {"a": 640}}) → 640; readEmbedHeight("640") → null
 */
export function readEmbedHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const heights: unknown = (data as Record<string, unknown>)[DATAWRAPPER_HEIGHT];
  if (typeof heights !== 'object' || heights === null) return null;
  const values = Object.values(heights);
  if (values.length !== 1) return null;
  const [height] = values;
  return typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= MIN_EMBED_HEIGHT &&
    height <= MAX_EMBED_HEIGHT
    ? Math.ceil(height)
    : null;
}

/** What a host may ask of an embed: only pym.js's width, for the frame with our id. */
export type HostMessage = { type: 'width'; width: number };

/**
 * parseHostMessage("pymxPYMxstory-mapxPYMxwidthxPYMx720", "story-map") → {type: "width", width: 720};
 * any other message, or one for another frame, → null.
 */
export function parseHostMessage(data: unknown, pymId: string | null): HostMessage | null {
  if (pymId === null || typeof data !== 'string' || data.length > 200) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== pymId || parts[2] !== 'width')
    return null;
  const width = /^\d{1,6}$/.test(parts[3] ?? '') ? Number(parts[3]) : NaN;
  return Number.isFinite(width) ? { type: 'width', width } : null;
}
