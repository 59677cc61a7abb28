/**
 * Link check over a built site: every URL in every page's markup points at a file the build produced, every
 * `#fragment` names an element on its target page, every internal URL stays under the base path, and
 * nothing points outside the site. Pure: the caller reads the files (scripts/check-links.ts).
 *
 * Pages are keyed by their path inside the build directory (`kaiping-szjggw/2026/index.html`) and served
 * at `base` + that path, with `index.html` answering for its directory. Markup is read with a small
 * tokenizer that follows the HTML rules for tags and attributes (quoted or not, entities decoded) and
 * skips comments and the contents of `<script>`, `<style>`, `<textarea>` and `<title>`. It does not run
 * scripts, so URLs that only scripts build are not checked (the end-to-end tests load the pages for that).
 */
import { withSlash } from '../site/urls.ts';

/** One URL that does not resolve, on the page that carries it. */
export interface BrokenLink {
  /** The page, as keyed in the input: `kaiping-szjggw/2026/index.html`. */
  page: string;
  /** The element and attribute carrying the URL: `a href`. */
  where: string;
  /** The URL as written in the page, entities decoded. */
  url: string;
  /** What is wrong, in words. */
  problem: string;
}

export interface LinkReport {
  /** How many URLs were checked, over how many pages. */
  checked: number;
  pages: number;
  broken: BrokenLink[];
}

/** `page  a href="/x/#item-9": no element with id "item-9" on x/index.html`. */
export function formatBrokenLink(b: BrokenLink): string {
  return `${b.page}  ${b.where}="${b.url}": ${b.problem}`;
}

/**
 * Checks every URL in `pages` (path → HTML). `assets` lists the other files the build produced
 * (`_astro/site.css`, `favicon.svg`), which links may point at but which are not read.
 *
 * checkLinks({ 'index.html': '<a href="/a/">A</a>', 'a/index.html': '' }, '/') → { broken: [] … }
 */
export function checkLinks(pages: Readonly<Record<string, string>>, base: string, assets: Iterable<string> = []): LinkReport {
  const root = withSlash(base);
  const files = new Set<string>([...Object.keys(pages).map(normaliseKey), ...[...assets].map(normaliseKey)]);
  const scanned = new Map<string, ScannedPage>();
  for (const [key, html] of Object.entries(pages)) scanned.set(normaliseKey(key), scanPage(html));

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [page, { urls, baseHref }] of scanned) {
    const pageUrl = new URL(`${root}${page.replace(/(^|\/)index\.html$/, '$1')}`, ORIGIN);
    const resolveAgainst = baseHref !== undefined && URL.canParse(baseHref, pageUrl) ? new URL(baseHref, pageUrl) : pageUrl;
    for (const { where, url } of urls) {
      checked += 1;
      const problem = checkUrl(url, resolveAgainst, { page, root, files, scanned, hasBase: baseHref !== undefined });
      if (problem) broken.push({ page, where, url, problem });
    }
  }
  return { checked, pages: scanned.size, broken };
}

/** An origin no real site has: URLs that resolve elsewhere point outside the site. */
const ORIGIN = 'http://site.invalid';
/** Schemes that are not a request (or are one that stays inside the page). */
const HARMLESS_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

interface UrlContext {
  page: string;
  root: string;
  files: Set<string>;
  scanned: Map<string, ScannedPage>;
  hasBase: boolean;
}

function checkUrl(raw: string, against: URL, ctx: UrlContext): string | undefined {
  const url = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) return HARMLESS_SCHEMES.has(scheme) ? undefined : /^https?:$/.test(scheme) ? 'points outside the site' : `a ${scheme} URL`;
  // The 404 page is served at whatever address was asked for, so a relative URL on it lands anywhere.
  if (ctx.page === '404.html' && !ctx.hasBase && !/^[/#]/.test(url) && url !== '') return 'relative URL on the 404 page (it is served at any address); start it with the base path';
  let target: URL;
  try {
    target = new URL(url, against);
  } catch {
    return 'not a valid URL';
  }
  if (target.origin !== ORIGIN) return 'points outside the site';
  if (!target.pathname.startsWith(ctx.root)) return `outside the base path ${ctx.root}`;
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(target.pathname.slice(ctx.root.length));
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return 'malformed percent-encoding';
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!ctx.files.has(file)) {
    if (ctx.files.has(`${path}/index.html`)) return `a directory without its trailing slash (write ${target.pathname}/)`;
    return `no such file: ${file}`;
  }
  const targetPage = ctx.scanned.get(file);
  if (fragment === '' || targetPage === undefined) return undefined;
  if (targetPage.ids.has(fragment) || fragment.toLowerCase() === 'top') return undefined;
  return `no element with id "${fragment}" on ${file}`;
}

function normaliseKey(key: string): string {
  return key.replaceAll('\\', '/').replace(/^(\.\/|\/)+/, '');
}

interface ScannedPage {
  urls: { where: string; url: string }[];
  ids: Set<string>;
  /** The first `<base href>`, against which relative URLs resolve. */
  baseHref?: string;
}

/** Attributes that hold one URL, on any element (a, area, link, script, img, iframe, source, form, button…). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'cite'];

function scanPage(html: string): ScannedPage {
  const page: ScannedPage = { urls: [], ids: new Set() };
  for (const { name, attributes } of scanTags(html)) {
    const id = attributes.get('id');
    if (id !== undefined && id !== '') page.ids.add(id);
    if (name === 'a' && attributes.get('name')) page.ids.add(attributes.get('name')!);
    if (name === 'base') {
      // Not a link itself: the links it affects are checked, and they resolve outside if it points outside.
      const href = attributes.get('href');
      if (href !== undefined && page.baseHref === undefined) page.baseHref = href;
      continue;
    }
    for (const attribute of URL_ATTRIBUTES) {
      const value = attributes.get(attribute);
      // `data` is a URL only on <object>; `cite` only on quotes and edits.
      if (value === undefined || (attribute === 'data' && name !== 'object') || (attribute === 'cite' && !/^(blockquote|q|ins|del)$/.test(name))) continue;
      page.urls.push({ where: `${name} ${attribute}`, url: value });
    }
    const srcset = attributes.get('srcset');
    if (srcset !== undefined) for (const url of splitSrcset(srcset)) page.urls.push({ where: `${name} srcset`, url });
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /;\s*url\s*=\s*['"]?([^'"]*)/i.exec(attributes.get('content') ?? '')?.[1];
      if (url !== undefined) page.urls.push({ where: 'meta refresh', url });
    }
  }
  return page;
}

/** The URLs of a `srcset`: `a.png 1x, b.png 2x` → `a.png`, `b.png`. */
function splitSrcset(value: string): string[] {
  const urls: string[] = [];
  for (const candidate of value.split(/,(?=\s)|,$/)) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) urls.push(url.replace(/,+$/, ''));
  }
  return urls;
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Elements whose contents are text, not markup: a `<a href>` inside them is not a link. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Start tags in document order, following the HTML tokenizer's rules for names and attribute values. */
function* scanTags(html: string): Generator<Tag> {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (!/^[a-zA-Z]$/.test(html[lt + 1] ?? '')) {
      // End tags, doctype, processing instructions, a bare "<" in text.
      i = /^[/!?]$/.test(html[lt + 1] ?? '') ? skipTo(html, '>', lt + 2) : lt + 1;
      continue;
    }
    const tag = readTag(html, lt + 1);
    i = tag.end;
    yield { name: tag.name, attributes: tag.attributes };
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
}

function readTag(html: string, start: number): Tag & { end: number; selfClosing: boolean } {
  let i = start;
  while (i < html.length && !/[\s/>]/.test(html[i]!)) i++;
  const name = html.slice(start, i).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    while (i < html.length && /[\s/]/.test(html[i]!)) selfClosing = html[i++] === '/';
    if (i >= html.length || html[i] === '>') break;
    selfClosing = false;
    const nameStart = i;
    i++; // A name may begin with "=".
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !/[\s>]/.test(html[i]!)) i++;
        value = html.slice(valueStart, i);
      }
    }
    // The first of repeated attributes wins, as in a browser.
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
  return { name, attributes, end: Math.min(i + 1, html.length), selfClosing };
}

function skipTo(html: string, char: string, from: number): number {
  const at = html.indexOf(char, from);
  return at === -1 ? html.length : at + 1;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"', QUOT: '"', apos: "'", nbsp: '\u00a0' };

/** `&amp;` `&quot;` `&#39;` `&#x2F;` → their characters; unknown names stay as written. */
function decodeEntities(value: string): string {
  return value.replace(/&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*)(;?)/gi, (whole, ref: string, semicolon: string, at: number) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // In an attribute, `&lt=` without its semicolon is text (a query string), not an entity.
    if (semicolon === '' && value[at + whole.length] === '=') return whole;
    return NAMED_ENTITIES[ref] ?? whole;
  });
}
