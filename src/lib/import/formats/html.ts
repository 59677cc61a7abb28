/**
 * A saved web page (.html/.htm) → paragraphs. The page is decoded by its BOM or <meta charset> (GBK pages
 * exist), parsed into a real DOM by linkedom, and the article found by @mozilla/readability (Firefox's
 * Reader View), so navigation, share buttons, related links and footers fall away; each block of the page
 * that did not make it into the paragraphs is reported as `site-chrome`.
 *
 * A page of this site (an edition page saved from the browser) is recognised by its `article.edition` and
 * read by its classes instead: readability would keep the tools inside the article (`#14` anchors, copy
 * buttons, version switcher) and could drop the notice; the classes say exactly which element is which part.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../../errors.ts';
import { finish, type Extracted, type ExtractedParagraph } from './extract.ts';

type El = Element;

/** Decodes the page: BOM first, then a <meta charset> in its head, then UTF-8 if valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    // GB2312 pages routinely use GBK characters; GB18030 is the superset that reads them all.
    const label = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared;
    try {
      return { html: new TextDecoder(label).decode(bytes), encoding: label };
    } catch {
      // An unknown label: fall through to sniffing.
    }
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Elements that are paragraphs of text when they hold no further block. */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'BLOCKQUOTE', 'TD', 'TH', 'DT', 'DD', 'SECTION', 'ARTICLE', 'PRE', 'TABLE', 'TR', 'TBODY', 'UL', 'OL', 'DL', 'CENTER', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'FORM', 'FIGURE', 'FIGCAPTION', 'ADDRESS']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);

export async function extractHtml(bytes: Uint8Array, file: string): Promise<Extracted> {
  const { html, encoding } = decodeHtml(bytes);
  const { document } = parseHTML(html);
  const notes = [`decoded as ${encoding}`];
  const own = document.querySelector('article.edition');
  if (own) {
    const { paragraphs, kept } = readOwnEdition(document as unknown as Document, own);
    notes.push('a page of this site: read by its markup (notice, title, parts, items)');
    return finish('html', paragraphs, chrome(document.body ?? document.documentElement, kept), notes);
  }
  // Readability changes the document it reads; keep the original to report what was left out.
  const original = parseHTML(html).document;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : undefined;
  // A column page (a list of article links) also comes back from Readability: what counts is the text outside links.
  const count = content ? letters(content) : { all: 0, unlinked: 0 };
  if (!content || count.unlinked < 50 || count.unlinked < count.all / 2) {
    throw new InputError(file, undefined,
      count.all >= 50 ? 'no article was found in this web page: its text is nearly all links (a list or column page, not an article)'
        : 'no article was found in this web page (only navigation or too little text)',
      'open the article itself (the page with the 要点\'s text) and save that page, or copy the text of the 要点 and save it as .txt');
  }
  const removed: Extracted['removed'] = [];
  const paragraphs: ExtractedParagraph[] = [];
  const found = blocks(content);
  for (const { paragraph } of found) {
    // Page furniture that Readability keeps when it stands in the article's own block (发布时间 line, 分享到…).
    if (FURNITURE.some((re) => re.test(paragraph.text)) || metaFields(paragraph.text) >= 2) removed.push({ rule: 'site-chrome', text: short(paragraph.text) });
    else paragraphs.push(paragraph);
  }
  const title = (article?.title ?? '').trim();
  const near = (t: string) => paragraphs.slice(0, 5).some((p) => squash(p.text).includes(squash(t)));
  if (paragraphs.slice(1, 4).some((p) => squash(p.text) === squash(paragraphs[0]!.text))) {
    // The page's headline above a body that starts with the document's own title (after 版头 and 发文字号): one
    // of them is the page's. Only that close: further on, a 落款 may well repeat the 版头's words.
    removed.push({ rule: 'site-chrome', text: short(paragraphs.shift()!.text) });
  } else if (title && !near(title)) {
    // Readability moves the page's headline out of the content; put it back unless the text already has it.
    const headline = findHeadline(original, title, paragraphs[0]?.text);
    if (headline && !near(headline.text)) paragraphs.unshift(headline);
  }
  // Every block of the page that is not one of the paragraphs kept is reported. A short block may be a piece of
  // a kept paragraph (an inline element the page set as a block), so only blocks of 10+ characters are
  // matched inside paragraphs; a shorter one must equal a kept paragraph.
  const keptText = paragraphs.map((p) => squash(p.text));
  const reported = new Set(removed.map((r) => r.text));
  for (const b of blocks(original.body ?? original.documentElement)) {
    const t = squash(b.paragraph.text);
    const kept = keptText.includes(t) || (t.length >= 10 && keptText.some((k) => k.includes(t)));
    if (!kept && !reported.has(short(b.paragraph.text))) removed.push({ rule: 'site-chrome', text: short(b.paragraph.text) });
  }
  notes.push('article found by Readability');
  // A <br> may end a paragraph or only a line of one (pages pasted from hard-wrapped text): when one element gave
  // several paragraphs, let the importer judge.
  const out = finish('html', paragraphs, removed, notes);
  return found.some((b, i) => i > 0 && found[i - 1]!.el === b.el) ? { ...out, mayBeSplit: true } : out;
}

/** Lines that are a page's furniture wherever they stand: share, print/close, prev/next, breadcrumb, download link. */
const FURNITURE = [
  /^(分享到|分享)[：:]/,
  /^(【[^】]{1,8}】\s*)+$/,
  /^(上一篇|下一篇)[：:]/,
  /^(当前位置|您当前的位置|您现在的位置|您的位置|所在位置)[：:]/,
  /^(字号|字体|浏览次数|点击数|阅读次数|访问量)[：:]/,
  /^附件[：:]?\s*\S+\.(docx?|wps|pdf|xlsx?|et|zip|rar)$/i,
];
/** How many fields of a 发布时间 / 来源 / 作者 / 字号 line a text holds (a meta line has two or more). */
function metaFields(text: string): number {
  return new Set(text.match(/(发布时间|发布日期|发文日期|信息来源|来源|作者|责任编辑|编辑|浏览次数|点击数|阅读次数|字号|字体)\s*[：:]/g) ?? []).size;
}

/** Letters (not digits, marks or spaces) in an element, and how many stand outside links. */
function letters(root: El): { all: number; unlinked: number } {
  let all = 0;
  let unlinked = 0;
  const walk = (n: Node, linked: boolean) => {
    if (n.nodeType === 3) {
      const k = (n.textContent ?? '').match(/\p{L}/gu)?.length ?? 0;
      all += k;
      if (!linked) unlinked += k;
    } else if (n.nodeType === 1 && !SKIP.has((n as El).tagName)) n.childNodes.forEach((c) => walk(c, linked || (n as El).tagName === 'A'));
  };
  walk(root, false);
  return { all, unlinked };
}

/**
 * The page's headline that Readability took out of the article: a heading with exactly the title's text, else
 * the nearest block in the three before the article's first paragraph whose text is part of the <title> (sites
 * append their name: `标题_栏目_网站`; old pages put the headline in a table cell, not a heading).
 */
function findHeadline(page: Document, title: string, first: string | undefined): ExtractedParagraph | undefined {
  const h = [...page.querySelectorAll('h1, h2, h3')].find((e) => squash(e.textContent ?? '') === squash(title));
  if (h) return { text: textOf(h).replace(/\n/g, ''), heading: Number(h.tagName[1]) };
  const all = blocks(page.body ?? page.documentElement);
  const start = first === undefined ? -1 : all.findIndex((b) => squash(b.paragraph.text) === squash(first));
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const t = squash(all[i]!.paragraph.text);
    if (t.length >= 6 && squash(title).includes(t)) return all[i]!.paragraph;
  }
  return undefined;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The text of an element as a reader sees it: <br> ends a line, white space collapses. */
function textOf(el: El): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1) {
      const e = n as El;
      if (SKIP.has(e.tagName) || e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('hidden')) return;
      if (e.tagName === 'BR') out += '\n';
      else e.childNodes.forEach(walk);
    }
  };
  walk(el);
  return out.split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).filter(Boolean).join('\n');
}

/**
 * The paragraphs of a DOM subtree: each block that holds no further block is one paragraph (split at
 * <br>); text standing directly in a block beside other blocks is a paragraph of its own.
 */
function blocks(root: El): { el: El; paragraph: ExtractedParagraph }[] {
  const out: { el: El; paragraph: ExtractedParagraph }[] = [];
  const push = (el: El, text: string, bold = '') => {
    const heading = /^H([1-6])$/.exec(el.tagName);
    text.split('\n').filter((line) => line.trim()).forEach((line, k) => {
      const paragraph: ExtractedParagraph = heading ? { text: line, heading: Number(heading[1]) } : { text: line };
      if (k === 0 && bold && line.startsWith(bold)) paragraph.boldPrefix = bold.length;
      out.push({ el, paragraph });
    });
  };
  const walk = (el: El) => {
    if (SKIP.has(el.tagName)) return;
    const hasBlock = [...el.children].some((c) => BLOCK.has(c.tagName) || c.querySelector([...BLOCK].join(',')));
    if (!hasBlock) {
      push(el, textOf(el), boldLead(el));
      return;
    }
    let inline = '';
    const flush = () => {
      if (inline.trim()) push(el, inline.split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).join('\n'));
      inline = '';
    };
    for (const n of el.childNodes) {
      if (n.nodeType === 3) inline += n.textContent ?? '';
      else if (n.nodeType === 1) {
        const c = n as El;
        if (BLOCK.has(c.tagName) || c.querySelector([...BLOCK].join(','))) {
          flush();
          walk(c);
        } else if (c.tagName === 'BR') inline += '\n';
        else inline += textOf(c);
      }
    }
    flush();
  };
  walk(root);
  return out;
}

const isBold = (e: El): boolean =>
  e.tagName === 'STRONG' || e.tagName === 'B' || /font-weight\s*:\s*(bold|[6-9]00)/i.test(e.getAttribute('style') ?? '') ||
  (e.children.length === 1 && squash(e.textContent ?? '') === squash(e.children[0]!.textContent ?? '') && isBold(e.children[0]!));

/** The bold text a paragraph starts with (a run-in item title: `<strong>1.深化政治机关建设。</strong>推动…`). */
function boldLead(el: El): string {
  let bold = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3 && !(n.textContent ?? '').trim()) continue;
    if (n.nodeType !== 1 || !isBold(n as El)) break;
    bold += textOf(n as El);
  }
  return bold.replace(/\n/g, ' ').trim();
}

/** Each block of the page outside the kept elements, reported as site chrome. */
function chrome(root: El, kept: Set<El>): { rule: string; text: string }[] {
  const inside = (el: El) => {
    for (let e: El | null = el; e; e = e.parentElement) if (kept.has(e)) return true;
    return false;
  };
  return blocks(root)
    .filter((b) => !inside(b.el) && ![...kept].some((k) => b.el.contains(k)))
    .map((b) => ({ rule: 'site-chrome', text: short(b.paragraph.text) }));
}

/**
 * This site's edition page, in the order the text was issued: the notice (版头, 发文字号, title, 主送, body,
 * 落款, date), the 要点's title, preamble, then each part heading, part intro and item (a run-in item's title
 * and first paragraph are one paragraph, as issued). The site's own marks where the text is not whole (the
 * 节选 note, 〔原文至此中断〕, 〔仅见于原文目录，正文缺〕 after a part known only from the 目录, 〔此处原文有省略〕)
 * are kept as paragraphs in their places: the importer reads them back into the edition's markers. Tools
 * (`#` anchors, copy buttons) are not text at all and are left out.
 */
function readOwnEdition(document: Document, article: El): { paragraphs: ExtractedParagraph[]; kept: Set<El> } {
  const paragraphs: ExtractedParagraph[] = [];
  const kept = new Set<El>();
  const text = (el: El): string => {
    const copy = el.cloneNode(true) as El;
    copy.querySelectorAll('.tools, .visually-hidden, button, a[href="#truncation"]').forEach((e) => e.remove());
    return textOf(copy).replace(/\n/g, '');
  };
  const add = (el: El | null | undefined, paragraph?: Partial<ExtractedParagraph>) => {
    if (!el) return;
    kept.add(el);
    const t = text(el);
    if (t) paragraphs.push({ text: t, ...paragraph });
  };
  add(document.querySelector('.banner.incomplete') as El | null);
  const notice = article.querySelector('section.notice');
  if (notice) for (const el of notice.querySelectorAll('.notice-banner, .notice-docnumber, .notice-title, .notice-recipients, .notice-body, .notice-signature, .notice-date')) add(el);
  add(article.querySelector('h1.edition-title'), { heading: 1 });
  add(article.querySelector('.edition-header > .editorial'));
  const walk = (el: El) => {
    for (const c of el.children) {
      if (c.matches('p.preamble, p.part-intro, p.editorial')) add(c);
      else if (c.matches('h2.part-heading')) add(c, { heading: 2 });
      else if (c.matches('section.part')) walk(c);
      else if (c.matches('div.item')) readItem(c);
    }
  };
  const readItem = (item: El) => {
    const h = item.querySelector('.item-heading');
    if (h) kept.add(h);
    const heading = h ? text(h) : '';
    let open = heading;
    for (const c of item.children) {
      if (c === h || c.matches('.tools')) continue;
      if (c.matches('span.run-in-text')) {
        kept.add(c);
        paragraphs.push({ text: heading + text(c), boldPrefix: heading.length });
        open = '';
      } else if (c.matches('p')) {
        if (open) paragraphs.push({ text: open, heading: 3 });
        open = '';
        add(c);
      }
    }
    if (open) paragraphs.push({ text: open, heading: 3 });
  };
  const points = article.querySelector('section.points');
  if (points) walk(points);
  return { paragraphs, kept };
}
