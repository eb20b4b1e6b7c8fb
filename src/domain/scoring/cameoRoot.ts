/**
 * The code's two-digit root, its cue category: "1056" → "10" (Demand). Apart from the codebook
 * (cameo.ts), so that what needs only the root (the facets, on the first screen) leaves it out.
 */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}
