/**
 * A deterministic synthetic content tree for benchmarks: many issuers × a run of years, each edition made of
 * real items (titles and paragraphs unchanged) drawn by a seeded PRNG, written in exactly the conventions the
 * importer writes (renderMdx / renderBody), so the site, search and matching see real vocabulary at scale.
 * Pure: no I/O, no clock, no Math.random; the same editions, seed and options give byte-identical files.
 */
import { Scalar, stringify } from 'yaml';
import type { Edition } from '../src/lib/edition/model.ts';
import type { DraftEdition, DraftItem, DraftNotice, DraftSection } from '../src/lib/import/draft.ts';
import { noticeFrontmatter, renderBody, renderMdx } from '../src/lib/import/render-mdx.ts';
import { toChineseNumeral } from '../src/lib/text/cjk.ts';

/** A file of a content tree, its path relative to the tree's root (the directory CONTENT_ROOT names). */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface CorpusOptions {
  /** How many editions to generate. */
  editions: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /** Length of each issuer's run of years; default 10. */
  years?: number;
  /** The year every run ends in; default 2026. */
  lastYear?: number;
  /** Files copied through unchanged, e.g. `programmes/diyi-yiti.md`. */
  copy?: CorpusFile[];
}

/** sha256 recorded for every generated source; the file it names does not exist. */
export const FAKE_SHA256 = '0123456789abcdef'.repeat(4);

/** A PRNG returning floats in [0, 1). */
type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough to shuffle test data, identical on every platform. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
const int = (rng: Random, n: number) => Math.floor(rng() * n);

/** n elements of pool: without repeats when the pool is large enough, otherwise with. Does not change pool. */
function sample<T>(pool: readonly T[], n: number, rng: Random): T[] {
  if (n > pool.length) return Array.from({ length: n }, () => pool[int(rng, pool.length)]!);
  const copy = [...pool];
  for (let i = 0; i < n; i++) {
    const j = i + int(rng, copy.length - i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

interface PoolItem {
  title: string;
  mark: string;
  paragraphs: string[];
  separate: boolean;
}

/** The real material generated editions are made of. */
interface Pools {
  items: PoolItem[];
  sections: { title: string; intro: string[] }[];
  preambles: string[][];
  notices: NonNullable<Edition['notice']>[];
}

/** Items with text (not outline-only, not cut off), numbered sections, non-empty preambles, notices. */
function collectPools(real: readonly Edition[]): Pools {
  const items = real.flatMap((e) =>
    e.items
      .filter((i) => !i.outlineOnly && !i.truncated && i.paragraphs.length > 0)
      .map((i) => ({ title: i.title, mark: i.label.slice(String(i.issued).length), paragraphs: i.paragraphs.map((p) => p.text), separate: e.itemLayout === 'separate' })),
  );
  const sections = real.flatMap((e) => e.sections.filter((s) => s.number > 0).map((s) => ({ title: s.title, intro: s.intro.map((p) => p.text) })));
  const preambles = real.map((e) => e.preamble.map((p) => p.text)).filter((p) => p.length > 0);
  const notices = real.flatMap((e) => (e.notice ? [e.notice] : []));
  if (items.length === 0 || sections.length === 0) throw new Error('generateCorpus needs real editions with numbered sections and items with text');
  return { items, sections, preambles, notices };
}

/** A generated issuer: its id, its YAML fields. */
interface GeneratedIssuer {
  id: string;
  name: string;
  shortName: string;
  region: string;
  docNumberPrefix: string;
}

const PLACES: [string, string][] = [
  ['佛山', 'foshan'], ['江门', 'jiangmen'], ['肇庆', 'zhaoqing'], ['惠州', 'huizhou'], ['汕头', 'shantou'], ['湛江', 'zhanjiang'],
  ['茂名', 'maoming'], ['韶关', 'shaoguan'], ['清远', 'qingyuan'], ['阳江', 'yangjiang'], ['河源', 'heyuan'], ['梅州', 'meizhou'],
  ['潮州', 'chaozhou'], ['揭阳', 'jieyang'], ['云浮', 'yunfu'], ['汕尾', 'shanwei'], ['中山', 'zhongshan'], ['珠海', 'zhuhai'],
  ['台山', 'taishan'], ['恩平', 'enping'], ['鹤山', 'heshan'], ['四会', 'sihui'], ['英德', 'yingde'], ['兴宁', 'xingning'],
];
const KINDS = [
  { id: 'szjggw', name: (p: string) => `中共${p}市直属机关工作委员会`, short: (p: string) => `${p}市直机关工委`, prefix: (p: string) => `${p}直工委` },
  { id: 'swzsjggw', name: (p: string) => `中共${p}市委直属机关工作委员会`, short: (p: string) => `${p}市委直属机关工委`, prefix: (p: string) => `${p}委直工` },
  { id: 'sjjggw', name: (p: string) => `中共${p}市级机关工作委员会`, short: (p: string) => `${p}市级机关工委`, prefix: (p: string) => `${p}机工委` },
];

/** The n-th issuer: places first, then kinds, then numbered rounds (`foshan-szjggw-2`, name …（2）). */
function generatedIssuer(n: number): GeneratedIssuer {
  const [place, pinyin] = PLACES[n % PLACES.length]!;
  const kind = KINDS[Math.floor(n / PLACES.length) % KINDS.length]!;
  const round = Math.floor(n / (PLACES.length * KINDS.length));
  const suffix = round === 0 ? '' : `（${round + 1}）`;
  return {
    id: `${pinyin}-${kind.id}${round === 0 ? '' : `-${round + 1}`}`,
    name: `${kind.name(place)}${suffix}`,
    shortName: `${kind.short(place)}${suffix}`,
    region: `广东省${place}市`,
    docNumberPrefix: kind.prefix(place.slice(0, 1)),
  };
}

function issuerYaml(issuer: GeneratedIssuer): string {
  const { name, shortName, region, docNumberPrefix } = issuer;
  return stringify({ name, shortName, aliases: [], region, level: 'municipal', docNumberPrefix, note: '生成的测试数据（性能测试用），条目取自真实要点。' }, { lineWidth: 0 });
}

/** A real notice re-addressed: the generated issuer's name, doc number, year and title in place of the real ones. */
function readdressNotice(real: NonNullable<Edition['notice']>, issuer: GeneratedIssuer, year: number, title: string, rng: Random): DraftNotice {
  const swap = (text: string) => text.split(real.signature).join(issuer.name).replace(/《[^》]*》/gu, `《${title}》`);
  const p = (text: string) => ({ text, line: 0 });
  return {
    banner: p(swap(real.banner)),
    docNumber: p(`${issuer.docNumberPrefix}〔${year}〕${1 + int(rng, 12)}号`),
    title: p(swap(real.title)),
    recipients: p(real.recipients),
    body: real.body.map((b) => p(swap(b))),
    signature: p(issuer.name),
    date: { year, month: real.date.getUTCMonth() + 1, day: real.date.getUTCDate(), line: 0 },
  };
}

/** 4–6 sections holding 18–22 items, at least two each, numbered 一… and 1…n through the edition. */
function drawSections(pools: Pools, rng: Random, truncated: boolean): DraftSection[] {
  const sectionCount = 4 + int(rng, 3);
  const itemCount = 18 + int(rng, 5);
  const sizes = Array.from({ length: sectionCount }, () => 2);
  for (let i = 2 * sectionCount; i < itemCount; i++) sizes[int(rng, sectionCount)]!++;
  const items = sample(pools.items, itemCount, rng).map((it, n): DraftItem => ({
    number: n + 1,
    marker: `${n + 1}${it.mark}`,
    style: 'arabic',
    spaced: false,
    title: { text: it.title, line: 0 },
    paragraphs: it.paragraphs.map((text) => ({ text, line: 0 })),
    separate: it.separate,
    truncated: truncated && n === itemCount - 1,
  }));
  let start = 0;
  return sample(pools.sections, sectionCount, rng).map((s, i) => ({
    number: i + 1,
    marker: `${toChineseNumeral(i + 1)}、`,
    style: 'chinese',
    title: { text: s.title, line: 0 },
    intro: s.intro.map((text) => ({ text, line: 0 })),
    items: items.slice(start, (start += sizes[i]!)),
  }));
}

/** One edition's MDX: frontmatter as the importer writes it, body through renderBody. */
function generateEdition(pools: Pools, issuer: GeneratedIssuer, year: number, rng: Random): string {
  const title = `${year}年${issuer.shortName}党建工作要点`;
  const hasNotice = pools.notices.length > 0 && rng() < 0.4;
  const complete = rng() >= 0.1;
  const notice = hasNotice ? readdressNotice(pools.notices[int(rng, pools.notices.length)]!, issuer, year, title, rng) : undefined;
  const preamble = pools.preambles.length > 0 ? pools.preambles[int(rng, pools.preambles.length)]! : [];
  const draft: DraftEdition = { notice, preamble: preamble.map((text) => ({ text, line: 0 })), sections: drawSections(pools, rng, !complete), itemNumbering: 'edition', skips: [] };
  const items = draft.sections.flatMap((s) => s.items);
  const sha256 = new Scalar(FAKE_SHA256);
  sha256.type = 'QUOTE_SINGLE';
  const frontmatter = {
    issuer: issuer.id,
    year,
    title,
    itemLayout: items.filter((i) => i.separate).length > items.length / 2 ? 'separate' : 'run-in',
    ...(notice ? { notice: noticeFrontmatter(notice) } : {}),
    source: { file: `generated/${issuer.id}/${year}.txt`, sha256, encoding: 'utf-8', complete, layout: 'blank-lines', removed: [], normalised: {} },
  };
  return renderMdx(frontmatter, renderBody(draft));
}

/**
 * Generates a content tree of `options.editions` editions from real ones: ⌈N / years⌉ issuers, each with a
 * run of consecutive years ending in `lastYear` (the last issuer's run may be shorter), about 20 real items
 * per edition in 4–6 real sections, some with a re-addressed real notice, some cut off (<Truncated /> after
 * the last item). Returns `issuers/<id>.yaml`, `editions/<id>/<year>.mdx` and the `copy` files, in that order.
 *
 * @example generateCorpus(editions, { editions: 1000, seed: 1 }) // 100 issuers × 2017–2026
 */
export function generateCorpus(real: readonly Edition[], options: CorpusOptions): CorpusFile[] {
  const { editions: total, seed = 1, years = 10, lastYear = 2026, copy = [] } = options;
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`editions must be a positive integer, got ${total}`);
  const pools = collectPools(real);
  const run = Math.min(years, total);
  const issuerFiles: CorpusFile[] = [];
  const editionFiles: CorpusFile[] = [];
  for (let i = 0; i * run < total; i++) {
    const issuer = generatedIssuer(i);
    issuerFiles.push({ path: `issuers/${issuer.id}.yaml`, text: issuerYaml(issuer) });
    const count = Math.min(run, total - i * run);
    for (let k = 0; k < count; k++) {
      const year = lastYear - count + 1 + k;
      // One stream per edition, so an edition does not depend on how many were drawn before it.
      const rng = mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i * run + k + 1, 0x85ebca77));
      editionFiles.push({ path: `editions/${issuer.id}/${year}.mdx`, text: generateEdition(pools, issuer, year, rng) });
    }
  }
  return [...issuerFiles, ...editionFiles, ...copy.map((f) => ({ ...f }))];
}
