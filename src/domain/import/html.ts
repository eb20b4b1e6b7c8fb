/**
 * HTML as plain text by one pass over it (review C10): the regular expressions this replaces were
 * quadratic on text with many "<" and no ">" (256 KB of "<" held the page for minutes). Each
 * character is looked at a bounded number of times: a tag's end, a comment's end and a script's
 * end are each searched for once, from where the scan is, and a search that finds nothing is
 * remembered, so the text after it is not searched again. Entities are decoded by the `entities`
 * package's full HTML table (&eacute;, &Delta;…), as a browser would.
 *
 * Never rendered: only its text and links are taken out of it. Not htmlparser2 (the review's
 * suggestion): a scan of tags, comments and scripts is all that taking text out needs, and the
 * decoding, the part a hand-written table got wrong, is the library's.
 */
import { decodeHTML } from 'entities/decode';
import { safeHttpUrl } from '../dataset/safeUrl';

/** Elements whose end is a line break. */
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);
/** Elements that join their text to the words around them; any other tag parts words. */
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'small',
  'sub',
  'sup',
  'u',
  'mark',
  'abbr',
  'cite',
  'q',
  'code',
]);
/** Elements whose content is not text. */
const RAW = new Set(['script', 'style']);

const HREF = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Finds a string from a position on, remembering where it found nothing: linear overall. */
class Finder {
  /** The first position of `what` at or after `from`, as last found; -1: none after `from`. */
  private readonly last = new Map<string, { from: number; at: number }>();
  constructor(private readonly text: string) {}

  find(what: string, from: number): number {
    const known = this.last.get(what);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = this.text.indexOf(what, from);
    this.last.set(what, { from, at });
    return at;
  }
}

export interface HtmlText {
  text: string;
  links: string[];
  dropped: string[];
}

/**
 * HTML as plain text, and the http(s) links it holds: "<p>Talks in <a href='https://x.org'>Geneva</a></p>"
 * → { text: "Talks in Geneva", links: ["https://x.org/"] }. Scripts and styles go with their
 * content; block ends and <br> become line breaks; any other link (javascript:, data:, a relative
 * one) is not kept: `dropped` lists them, so that none goes unsaid. A "<" that opens no tag (not
 * followed by a letter, "/", "!" or "?", or with no ">" after it) is text.
 */
export function htmlToText(html: string): HtmlText {
  const links: string[] = [];
  const dropped: string[] = [];
  const lower = html.toLowerCase();
  const finder = new Finder(html);
  const lowerFinder = new Finder(lower);
  let out = '';
  let from = 0;
  let i = finder.find('<', 0);
  while (i !== -1) {
    const next = html.charCodeAt(i + 1);
    let skipTo = -1;
    let replacement = '';
    if (lower.startsWith('<!--', i)) {
      // A comment not closed runs to the end, as in a browser.
      const end = finder.find('-->', i + 4);
      skipTo = end === -1 ? html.length : end + 3;
      replacement = ' ';
    } else if (isLetter(next) || next === 47 /* / */ || next === 33 || next === 63) {
      const end = finder.find('>', i + 1);
      if (end === -1) break; // no ">" after this: the rest is text
      const tag = html.slice(i + 1, end);
      const closing = tag.startsWith('/');
      const name = /^\/?([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
      skipTo = end + 1;
      if (!closing && RAW.has(name)) {
        const close = lowerFinder.find(`</${name}`, skipTo);
        const closeEnd = close === -1 ? -1 : finder.find('>', close);
        skipTo = closeEnd === -1 ? html.length : closeEnd + 1;
        replacement = ' ';
      } else if (name === 'br' || (closing && BLOCKS.has(name))) replacement = '\n';
      else if (INLINE.has(name)) replacement = '';
      else replacement = ' ';
      if (name === 'a' && !closing) keepLink(tag, links, dropped);
    }
    if (skipTo !== -1) {
      out += html.slice(from, i) + replacement;
      from = skipTo;
      i = finder.find('<', skipTo);
    } else {
      i = finder.find('<', i + 1);
    }
  }
  out += html.slice(from);
  return { text: tidy(decodeHTML(out)), links, dropped };
}

/** The link of an `<a …>` tag: kept if http(s), else listed as dropped. */
function keepLink(tag: string, links: string[], dropped: string[]) {
  const match = HREF.exec(tag);
  if (!match) return;
  const href = decodeHTML(match[2] ?? match[3] ?? match[4] ?? '').trim();
  const url = safeHttpUrl(href);
  if (url && !links.includes(url)) links.push(url);
  else if (!url && href !== '' && !dropped.includes(href)) dropped.push(href);
}

/** Runs of spaces as one, lines trimmed, no empty lines. */
function tidy(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
