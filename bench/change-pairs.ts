/**
 * Real pairs of 30-item editions for the change-set benchmark (benchChanges), made from the committed
 * editions by editing their MDX text; every copy is then loaded by loadEdition, so only the real parser
 * builds Edition objects. The MDX edits (drop, insert, move, split, merge, renumber an item) are what the
 * unit tests use to make known changes (over the fixture editions, tests/unit/changes/support.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition } from '../src/lib/edition/load.ts';
import type { Edition } from '../src/lib/edition/model.ts';

/** The MDX text of a committed edition, e.g. `dongguan-szjggw/2025`, under the project root. */
export function editionMdx(id: string, root = '.'): string {
  return readFileSync(join(root, `content/editions/${id}.mdx`), 'utf8');
}

/** An edition from MDX text through the real loader; `id` names the file it pretends to be. */
export function load(mdx: string, id: string): Edition {
  return loadEdition(mdx, `content/editions/${id}.mdx`);
}

/** Where an item's text starts and ends: from its `### n.` line to the next heading, marker-free end or file end. */
function itemSpan(mdx: string, n: number): [number, number] {
  const start = mdx.search(new RegExp(`^### ${n}[.．、]`, 'm'));
  if (start < 0) throw new Error(`no item ${n}`);
  const body = mdx.indexOf('\n', start) + 1;
  const rest = mdx.slice(body).search(/^#{2,3} /m);
  return [start, rest < 0 ? mdx.length : body + rest];
}

/** The block of item n: its heading line, paragraphs and the blank line after them. */
export function itemBlock(mdx: string, n: number): string {
  const [a, b] = itemSpan(mdx, n);
  return withBlankLine(mdx.slice(a, b));
}

const withBlankLine = (block: string) => `${block.replace(/\s*$/, '')}\n\n`;

/** Removes item n (numbers are left as they are; call renumber). */
export function dropItem(mdx: string, n: number): string {
  const [a, b] = itemSpan(mdx, n);
  return mdx.slice(0, a) + mdx.slice(b);
}

/** Inserts a block before the heading line that starts with `before` (e.g. `### 10.` or `## 四、`), or at the end. */
export function insertBefore(mdx: string, before: string | undefined, block: string): string {
  if (before === undefined) return `${mdx.replace(/\s*$/, '')}\n\n${withBlankLine(block)}`;
  const at = mdx.search(new RegExp(`^${escape(before)}`, 'm'));
  if (at < 0) throw new Error(`no heading ${before}`);
  return mdx.slice(0, at) + withBlankLine(block) + mdx.slice(at);
}

/** Moves item n before the heading line that starts with `before` (or to the end). */
export function moveItem(mdx: string, n: number, before: string | undefined): string {
  return insertBefore(dropItem(mdx, n), before, itemBlock(mdx, n));
}

/** Replaces exactly one occurrence of a phrase. */
export function replaceOnce(mdx: string, from: string, to: string): string {
  const at = mdx.indexOf(from);
  if (at < 0 || mdx.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return mdx.slice(0, at) + to + mdx.slice(at + from.length);
}

/** Numbers the item headings 1, 2, 3 … in order, keeping each one's mark and spacing. */
export function renumber(mdx: string): string {
  let n = 0;
  return mdx.replace(/^### \d+(?=[.．、])/gm, () => `### ${++n}`);
}

/** Splits item n after its first paragraph; the second part becomes an item of its own with `title`. */
export function splitItem(mdx: string, n: number, title: string): string {
  const block = itemBlock(mdx, n);
  const [heading, first, ...rest] = block.trim().split(/\n\n/);
  if (!heading || !first || rest.length === 0) throw new Error(`item ${n} has one paragraph`);
  const [a, b] = itemSpan(mdx, n);
  return mdx.slice(0, a) + `${heading}\n\n${first}\n\n### ${n}. ${title}\n\n${rest.join('\n\n')}\n\n` + mdx.slice(b);
}

/** Joins item n+1 into item n: n keeps its title, n+1's paragraphs follow n's. */
export function mergeWithNext(mdx: string, n: number): string {
  const [a] = itemSpan(mdx, n);
  const [, b] = itemSpan(mdx, n + 1);
  const next = itemBlock(mdx, n + 1).trim().split(/\n\n/).slice(1);
  return mdx.slice(0, a) + itemBlock(mdx, n) + withBlankLine(next.join('\n\n')) + mdx.slice(b);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sets the edition's year in the frontmatter, so the copy has an id of its own. */
export function setYear(mdx: string, year: number): string {
  return mdx.replace(/^year: \d{4}$/m, `year: ${year}`);
}

/**
 * Two pairs of 30-item editions from real texts, for benchChanges (`root`: the project root):
 * - year-over-year: 东莞 2025 + 市委直属机关工委 2026 items 1–11 as a section 七, against a copy with known
 *   edits (one item split, two reworded, one dropped, one moved, one added, two merged): small diffs;
 * - across issuers: the same 30 against 开平 2026 + those 11 items (one reworded, one left out) + 市委政研室
 *   items 1–2: most pairs loosely reworded, so long diffs, the hard case.
 */
export function benchmarkPairs(root = '.'): { name: string; older: Edition; newer: Edition }[] {
  const mdx = (id: string) => editionMdx(id, root);
  // Items from…to of a committed edition's MDX, as blocks, without a <Truncated /> marker.
  const blocks = (id: string, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => itemBlock(mdx(id), from + k).replace(/\n\n<Truncated \/>/, '')).join('');
  const extra = blocks('shiwei-jiguan-gongwei/2026', 1, 11);
  const base = renumber(`${mdx('dongguan-szjggw/2025')}\n\n## 七、强化政治统领\n\n${extra}`);
  const older = load(base, 'dongguan-szjggw/2025');
  let m = splitItem(base, 1, '培育积极健康的党内政治文化。');
  m = replaceOnce(m, '加强与高校、省委党校和市委党校交流合作', '深化与高校、党校交流合作');
  m = replaceOnce(m, '构建“两个维护”政治铸魂体系。', '健全“两个维护”政治铸魂体系。');
  m = moveItem(dropItem(m, 11), 12, undefined);
  m = insertBefore(m, '## 四、', itemBlock(mdx('kaiping-szjggw/2026'), 8));
  m = mergeWithNext(m, 17);
  const nextYear = load(setYear(renumber(m), 2026), 'dongguan-szjggw/2026');
  const kept = replaceOnce(extra, '构建“两个维护”政治铸魂体系。', '健全“两个维护”政治铸魂体系。').replace(/### 6\.[\s\S]*?(?=### 7\.)/, '');
  const other = `${mdx('kaiping-szjggw/2026')}\n\n## 五、强化政治统领\n\n${kept}${blocks('shiwei-zhengyanshi/2026', 1, 2)}`;
  const otherIssuer = load(setYear(renumber(other), 2027), 'kaiping-szjggw/2027');
  return [
    { name: 'year-over-year', older, newer: nextYear },
    { name: 'across issuers', older, newer: otherIssuer },
  ];
}
