/**
 * Candidate programmes for the registry, found in the corpus: names the texts set in quote marks
 * (`“五学联动”`), and named phrases that recur across editions (`…强基工程`, `…学习小组`). Words already
 * covered by a registered programme's mention are left out, so the list shrinks as the registry grows.
 * It proposes; a person decides (a recurring phrase is not always a programme).
 */
import type { Edition } from '../edition/model.ts';
import { normalise } from '../search/normalise.ts';
import type { Matcher } from './matcher.ts';
import { editionPassages } from './passages.ts';
import { isSeparator, widenToQuotes } from './text-marks.ts';
import { zhSegmenter } from '../text/words.ts';

/** Where a candidate occurs. */
export interface CandidatePlace {
  edition: string;
  anchor: string;
  /** The words as issued. */
  wording: string;
}

export interface Candidate {
  /** Normalised form, the candidate's identity. */
  key: string;
  /** Its most frequent wording as issued. */
  name: string;
  /** Set in quote marks somewhere, recurring as a named phrase, or both. */
  found: ('quoted' | 'phrase')[];
  editions: number;
  issuers: number;
  /** Occurrences not covered by a registered programme. */
  count: number;
  /** editions × issuers × count, doubled for a name the texts quote: spread across issuers and years counts most. */
  score: number;
  places: CandidatePlace[];
}

export interface DiscoverOptions {
  /** Leave out candidates found in fewer editions (default 2). */
  minEditions?: number;
}

/** Endings of named phrases: the kinds of thing a programme is. */
const PHRASE_ENDS = ['工程', '制度', '机制', '行动', '计划', '活动', '品牌', '教育', '经验', '模式', '清单', '责任制', '讲堂', '学习小组', '中心组', '大赛', '示范岗', '责任区', '党日', '生活会'];
/** A phrase whose first word is one of these is a task about a name, not the name (`深化…工程`). */
const LEADING_WORDS = new Set(
  ('深化 深入 实施 推进 推动 落实 开展 加强 健全 完善 建立 持续 严格 坚持 强化 全面 打造 巩固 抓好 用好 做好 建好 建强 提升 提高 构建 探索 ' +
    '创新 规范 优化 发挥 组织 举办 加快 结合 围绕 聚焦 不断 进一步 积极 认真 扎实 贯彻 学习 执行 压实 树立 践行 培育 选树 评定 命名 常态化 大力 着力 ' +
    '关于 通过 按照 根据 引导 推行 以 把 将 对 在 为 和 与 及 的 等 从 向 于 中 是 了 其 各 各类 相关 有关 一批 系列 专项 专题 主题 相应 本 该 并 或 每 全市 市直').split(' '),
);
const QUOTED = /[“"「『]([^“”"「」『』]{2,30})[”"」』]/gu;
const MIN_PHRASE = 5;
const MAX_PHRASE = 14;

interface Tally {
  key: string;
  found: Set<'quoted' | 'phrase'>;
  places: CandidatePlace[];
  issuers: Set<string>;
}

/**
 * Ranked candidates in `editions` not yet covered by `matcher`'s registry, best first.
 * @example discoverCandidates(editions, matcher)[0] // { name: '“十五五”', editions: 4, issuers: 4, … }
 */
export function discoverCandidates(editions: readonly Edition[], matcher: Matcher, options: DiscoverOptions = {}): Candidate[] {
  const minEditions = options.minEditions ?? 2;
  const tallies = collect(editions, matcher);
  const continued = continuedCounts(tallies);
  const candidates: Candidate[] = [];
  for (const t of tallies.values()) {
    const editionCount = new Set(t.places.map((p) => p.edition)).size;
    if (editionCount < minEditions) continue;
    // A phrase is dropped when a longer phrase holding it at one end occurs as often: every occurrence continues.
    if (!t.found.has('quoted') && continued.get(t.key)?.has(t.places.length)) continue;
    const count = t.places.length;
    candidates.push({
      key: t.key,
      name: mostFrequent(t.places.map((p) => p.wording)),
      found: [...t.found].sort(),
      editions: editionCount,
      issuers: t.issuers.size,
      count,
      score: editionCount * t.issuers.size * count * (t.found.has('quoted') ? 2 : 1),
      places: t.places,
    });
  }
  return candidates.sort((a, b) => b.score - a.score || b.editions - a.editions || [...b.key].length - [...a.key].length || (a.key < b.key ? -1 : 1));
}

/** Quoted names and named phrases of every passage, outside registered mentions, counted once per place. */
function collect(editions: readonly Edition[], matcher: Matcher): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const edition of editions) {
    for (const passage of editionPassages(edition)) {
      const { text } = passage;
      const covered = new Uint8Array(text.length);
      for (const m of matcher.findMentions(text)) covered.fill(1, m.start, m.end);
      const seen = new Set<string>();
      const add = (how: 'quoted' | 'phrase') => (o: { key: string; start: number; end: number }) => {
        if (covered.subarray(o.start, o.end).some((c) => c === 1)) return;
        const t = tallies.get(o.key) ?? { key: o.key, found: new Set(), places: [], issuers: new Set() };
        tallies.set(o.key, t);
        t.found.add(how);
        // The same words found both as a quoted name and as a phrase are one place.
        if (seen.has(`${o.key}@${o.start}`)) return;
        seen.add(`${o.key}@${o.start}`);
        t.places.push({ edition: edition.id, anchor: passage.anchor, wording: text.slice(o.start, o.end) });
        t.issuers.add(edition.issuer);
      };
      quotedNames(text).forEach(add('quoted'));
      namedPhrases(text).forEach(add('phrase'));
    }
  }
  return tallies;
}

/** For each key, the counts of the longer phrases that start or end with it. */
function continuedCounts(tallies: ReadonlyMap<string, Tally>): Map<string, Set<number>> {
  const counts = new Map<string, Set<number>>();
  const note = (part: string, count: number) => counts.set(part, (counts.get(part) ?? new Set()).add(count));
  for (const t of tallies.values()) {
    const chars = [...t.key];
    for (let i = 1; i < chars.length - 1; i++) {
      note(chars.slice(i).join(''), t.places.length);
      note(chars.slice(0, chars.length - i).join(''), t.places.length);
    }
  }
  return counts;
}

/** Quoted words without separating marks inside: `“五学联动”` yes, `“讲政治、守纪律”` no (a slogan, not a name). */
function quotedNames(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    if (/[，、；。：！？,;:!?\s]/u.test(inner)) continue;
    const key = normalise(inner);
    if ([...key].length >= 2) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Phrases of 5–14 characters inside one clause that start and end on word boundaries (Intl.Segmenter)
 * and end like a programme (`…工程`, `…机制`), e.g. `基层党组织建设强基工程`.
 */
function namedPhrases(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  let words: { key: string; start: number; end: number }[] = [];
  for (const seg of zhSegmenter().segment(text)) {
    const key = normalise(seg.segment);
    if (key === '') {
      if ([...seg.segment].some(isSeparator)) words = []; // a comma, 、, full stop…: a new clause
      continue;
    }
    words.push({ key, start: seg.index, end: seg.index + seg.segment.length });
    let joined = '';
    for (let i = words.length - 1; i >= 0; i--) {
      joined = words[i]!.key + joined;
      const length = [...joined].length;
      if (length > MAX_PHRASE) break;
      if (length < MIN_PHRASE || !PHRASE_ENDS.some((w) => joined.endsWith(w)) || LEADING_WORDS.has(words[i]!.key)) continue;
      const [s, e] = widenToQuotes(text, words[i]!.start, seg.index + seg.segment.length);
      if (bracketsBalanced(text.slice(s, e))) out.push({ key: joined, start: s, end: e });
    }
  }
  return out;
}

/** Whether every bracket in `text` is closed within it (a phrase does not start inside `（党委）`). */
function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function mostFrequent(words: string[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
