/**
 * The headers a deployment sends, written once: the build puts the Content-Security-Policy in the
 * pages as a `<meta>` (vite.config.ts), writes `dist/_headers` (the format of Netlify and
 * Cloudflare Pages) from the rules here, and `vite preview` sends the same rules, so that the
 * browser tests run against what a deployment answers. A `<meta>` policy cannot say who may frame
 * a page (`frame-ancestors`); only a header can.
 */

/**
 * Scripts, styles, fonts and data only from the page's own origin; no inline or foreign script,
 * no eval, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the pictures the app draws for download (an SVG drawn onto a canvas).
  "img-src 'self' data: blob:",
  // The fonts are files of the app (no stylesheet inlines one as data:).
  "font-src 'self'",
  "connect-src 'self'",
  // blob: for the workers of an embed in a sandboxed frame, which cannot start them from their
  // own URL (src/data/startWorker.ts).
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Who may put the embed (embed.html) in a frame: any site, as shipped. A site that wants only its
 * own articles to embed it lists their origins instead: "https://news.example https://cms.news.example".
 */
export const EMBED_FRAME_ANCESTORS = '*';

type Headers = Record<string, string>;

/** Each path's headers, in the order a host applies them (a path may match more than one rule). */
export const HEADER_RULES: readonly { path: string; headers: Headers }[] = [
  {
    path: '/*',
    headers: {
      // A sandboxed embed has an opaque origin: every file of the app is cross-origin to it, and
      // its module scripts, data and workers load only where CORS allows. They are public files.
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  // The full dashboard is never framed (no clickjacking); the embed is made for it.
  ...['/', '/index.html'].map((path) => ({
    path,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  })),
  // Hosts that serve embed.html as /embed too (Cloudflare Pages, Netlify's pretty URLs).
  ...['/embed.html', '/embed'].map((path) => ({
    path,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${EMBED_FRAME_ANCESTORS}`,
    },
  })),
];

/** The headers for a path: headersFor("/embed.html") → {"Access-Control-Allow-Origin": "*", …}. */
export function headersFor(pathname: string): Headers {
  const headers: Headers = {};
  for (const rule of HEADER_RULES) {
    const matches = rule.path.endsWith('*')
      ? pathname.startsWith(rule.path.slice(0, -1))
      : pathname === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The rules as a `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(): string {
  const lines = ['# Written by the build from scripts/securityHeaders.ts: edit that file.'];
  for (const rule of HEADER_RULES) {
    lines.push(rule.path);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The rules for nginx, inside the `server` block that serves dist/: one `location` a rule, each
 * with every header its path gets (a `location` with an `add_header` of its own inherits none).
 */
export function nginxConf(): string {
  const lines = [
    '# Written from scripts/securityHeaders.ts (npx tsx scripts/write-nginx-headers.ts): edit that',
    '# file. Goes inside the server block that serves dist/.',
  ];
  for (const { path } of HEADER_RULES) {
    const wildcard = path.endsWith('*');
    lines.push(wildcard ? `location ${path.slice(0, -1)} {` : `location = ${path} {`);
    for (const [name, value] of Object.entries(
      headersFor(wildcard ? path.slice(0, -1) + 'x' : path),
    ))
      lines.push(`  add_header ${name} "${value}" always;`);
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}
