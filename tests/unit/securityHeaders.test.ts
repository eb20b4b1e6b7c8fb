/**
 * The headers a deployment sends (scripts/securityHeaders.ts): who may frame which page, and the
 * CORS that a sandboxed embed needs. The browser tests check them as vite preview sends them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  headersFile,
  headersFor,
  nginxConf,
} from '../../scripts/securityHeaders';

describe('the headers for each path', () => {
  it('never lets the full dashboard be framed', () => {
    for (const path of ['/', '/index.html'])
      expect(headersFor(path)['Content-Security-Policy']).toBe(
        `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      );
  });

  it('lets the embed page be framed, by any site as shipped', () => {
    for (const path of ['/embed.html', '/embed'])
      expect(headersFor(path)['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
  });

  it('lets every file be read cross-origin, as a sandboxed embed reads them', () => {
    for (const path of ['/', '/embed.html', '/assets/main-x.js', '/data/events.json', '/embed.js'])
      expect(headersFor(path)['Access-Control-Allow-Origin']).toBe('*');
    // A file is not a page: no policy of its own.
    expect(headersFor('/data/events.json')['Content-Security-Policy']).toBeUndefined();
  });

  it('keeps the policy strict: no inline or foreign script, no eval; blob: workers only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("font-src 'self';");
  });
});

describe('the files that carry them', () => {
  it('writes _headers as Netlify and Cloudflare Pages read it: a path, then its headers indented', () => {
    const lines = headersFile().split('\n');
    expect(lines).toContain('/embed.html');
    const embed = lines.indexOf('/embed.html');
    expect(lines[embed + 1]).toMatch(
      /^ {2}Content-Security-Policy: default-src 'self'.*frame-ancestors \*$/,
    );
  });

  it('keeps docs/nginx-headers.conf as the rules write it (npx tsx scripts/write-nginx-headers.ts)', () => {
    expect(readFileSync('docs/nginx-headers.conf', 'utf8')).toBe(nginxConf());
  });

  it('repeats every header in each nginx location, which inherits none', () => {
    const embed = nginxConf().split('location = /embed.html {')[1]?.split('}')[0] ?? '';
    expect(embed).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(embed).toContain('frame-ancestors *" always;');
  });
});
