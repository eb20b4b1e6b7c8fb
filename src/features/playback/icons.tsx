/** Small media icons drawn in SVG: the glyphs ⏮ ⏸ ⏭ are missing from many fonts. */
const PATHS = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  back: 'M2.5 2.5h2v11h-2zM14 2.5v11L5.5 8z',
  forward: 'M11.5 2.5h2v11h-2zM2 2.5v11L10.5 8z',
} as const;

export function MediaIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      className="media-icon"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
