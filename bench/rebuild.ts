/**
 * The rebuild figures of the build benchmark, pure parts: which edition to change and how, what a build's log
 * says it rendered and reused, and the "Rebuilds" table. The builds themselves run in build-benchmark.ts.
 */
import { isHan } from '../src/lib/text/cjk.ts';
import { renderTable } from './markdown.ts';
import type { Measurement } from './measure.ts';

/** What one build says, in its log, it did. */
export interface BuildCounts {
  pagesRendered: number;
  pagesReused: number;
  shardsBuilt: number;
  shardsReused: number;
  /** Time spent making or finding the font subsets, from the `fonts:` line; NaN when the line is missing. */
  fontsMs: number;
}

/** Colour codes, should a build colour its log. */
const ANSI = /\x1b\[[0-9;]*m/g;

/** The numbers of the last line matching `re` (a build prints each line once; the last one is the final word). */
function lastMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(new RegExp(re.source, 'g'))) last = m as RegExpExecArray;
  return last;
}

/**
 * Reads the counts from a build's log: `pages: 123 rendered, 4567 reused from the last build` (scripts/build.ts)
 * and `search index: 2 shard(s) built, 9 reused …` (the search step). Throws, naming `what`, when either line
 * is missing, so a build that stopped printing them fails the benchmark instead of reporting zeros.
 *
 * @example parseBuildCounts('pages: 3 rendered, 80 reused from the last build\nsearch index: 1 shard(s) built, 4 reused', 'log')
 *   // → { pagesRendered: 3, pagesReused: 80, shardsBuilt: 1, shardsReused: 4, fontsMs: NaN }
 */
export function parseBuildCounts(log: string, what: string): BuildCounts {
  const text = log.replace(ANSI, '');
  const pages = lastMatch(text, /pages: (\d+) rendered, (\d+) reused/);
  const shards = lastMatch(text, /search index: (\d+) shard(?:\(s\)|s)? built, (\d+) reused/);
  const missing = [pages ? '' : '`pages: N rendered, M reused …`', shards ? '' : '`search index: N shard(s) built, M reused …`'].filter(Boolean);
  if (missing.length > 0) throw new Error(`${what}: the build printed no ${missing.join(' and no ')} line; the benchmark cannot count what it rebuilt`);
  const fonts = lastMatch(text, /fonts: .*\((\d+) ms\)/);
  return { pagesRendered: Number(pages![1]), pagesReused: Number(pages![2]), shardsBuilt: Number(shards![1]), shardsReused: Number(shards![2]), fontsMs: fonts ? Number(fonts[1]) : NaN };
}

/**
 * The edition the one-edition rebuild changes, from the corpus's edition files (`editions/<issuer>/<year>.mdx`):
 * the middle one, in sorted order, of those that are neither their issuer's newest (so 现行 stays where it is)
 * nor of the corpus's oldest year (so the edition has a predecessor and a successor, as most do).
 * Throws when there is none (a corpus of one year, or one edition per issuer).
 */
export function pickEditionToChange(files: readonly string[]): string {
  const editions = files
    .map((path) => ({ path, m: /(?:^|\/)editions\/([^/]+)\/(\d{4})\.mdx$/.exec(path) }))
    .filter((e) => e.m)
    .map((e) => ({ path: e.path, issuer: e.m![1]!, year: Number(e.m![2]) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const newest = new Map<string, number>();
  for (const e of editions) newest.set(e.issuer, Math.max(newest.get(e.issuer) ?? -Infinity, e.year));
  const oldest = Math.min(...editions.map((e) => e.year));
  const candidates = editions.filter((e) => e.year !== newest.get(e.issuer) && e.year !== oldest);
  if (candidates.length === 0) throw new Error(`no edition to change among ${editions.length}: every one is its issuer's newest or of the oldest year`);
  return candidates[Math.floor(candidates.length / 2)]!.path;
}

/** A one-character change to an edition's text. */
export interface TextEdit {
  text: string;
  /** 1-based line of the changed paragraph. */
  line: number;
  from: string;
  to: string;
}

const plainParagraph = (line: string) => line.trim() !== '' && !/^\s*(?:#|<|>|-|\||\*|```|import |export )/.test(line);

/**
 * Changes one character in the first paragraph of the first item (the first plain paragraph after an `###`
 * heading, or after an `##` heading when the edition has no `###`; with `skip`, of the item paragraph after the
 * first `skip` that could be changed, so that repeated rebuilds each build a text never built before): its middle Han character (or the next
 * one that the edition has elsewhere too) becomes the paragraph's first Han character that differs from it.
 * The edition's set of characters is unchanged, so the site's font subsets (and the stylesheet that every page
 * links) stay the same; headings, numbers and anchors are untouched, and the MDX stays valid. Throws when no item has a paragraph with two different Han characters.
 */
export function changeOneCharacter(mdx: string, skip = 0): TextEdit {
  const lines = mdx.split('\n');
  const counts = new Map<string, number>();
  for (const c of mdx) counts.set(c, (counts.get(c) ?? 0) + 1);
  let body = 0;
  if (lines[0] === '---') body = lines.indexOf('---', 1) + 1;
  for (const level of ['### ', '## ']) {
    let inItem = false;
    for (let i = body; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('#')) {
        inItem = line.startsWith(level);
        continue;
      }
      if (!inItem || !plainParagraph(line)) continue;
      const chars = [...line];
      const han = chars.flatMap((c, k) => (isHan(c) ? [k] : []));
      const middle = Math.floor(han.length / 2);
      // From the middle on (then from the start), the first character found elsewhere in the edition too.
      const at = [...han.slice(middle), ...han.slice(0, middle)].find((k) => (counts.get(chars[k]!) ?? 0) > 1);
      if (at === undefined) continue;
      const from = chars[at]!;
      const to = han.map((k) => chars[k]!).find((c) => c !== from);
      if (to === undefined) continue;
      if (skip-- > 0) continue;
      chars[at] = to;
      lines[i] = chars.join('');
      return { text: lines.join('\n'), line: i + 1, from, to };
    }
  }
  throw new Error('no item paragraph with two different Han characters to change');
}

/** The run of median time among repeated runs (of an odd number, the middle one; of an even number, the faster middle one). */
export function medianRun<T extends { measurement: { seconds: number } }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  return [...runs].sort((a, b) => a.measurement.seconds - b.measurement.seconds)[Math.floor((runs.length - 1) / 2)]!;
}

/** One measured rebuild. */
export interface Rebuild {
  measurement: Measurement;
  counts: BuildCounts;
  /** 1-minute load average as it started. */
  load: number;
}

/** The rebuilds of one corpus, measured right after its full build and with its caches. */
export interface RebuildResult {
  label: string;
  editions: number;
  /** The full (cold) build they are compared with. */
  full: Rebuild;
  /** The edition changed, `<issuer>/<year>`. */
  changed: string;
  unchanged: Rebuild;
  /** The one-edition rebuild of median time… */
  oneEdition: Rebuild;
  /** …among these, each after another one-character change of the edition (a text never built before). */
  oneEditionRuns: Rebuild[];
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const percent = (part: number, whole: number) => `${fixed((100 * part) / whole, 1)} %`;

/** The "Rebuilds" table and the sentence of method. */
export function renderRebuildTable(results: readonly RebuildResult[]): string {
  const table = renderTable(
    ['corpus', 'editions', 'full build s', 'of which fonts s', 'Astro pages', 'unchanged rebuild s', '% of full', 'pages rendered / reused', 'shards built / reused', 'edition changed', 'one-edition rebuild s (median)', '% of full', 'each run s', 'pages rendered / reused', 'shards built / reused', 'load (full / unchanged / one)'],
    results.map((r) => {
      const s = r.full.measurement.seconds;
      const counts = (b: Rebuild) => [`${b.counts.pagesRendered} / ${b.counts.pagesReused}`, `${b.counts.shardsBuilt} / ${b.counts.shardsReused}`];
      return [r.label, String(r.editions), fixed(s, 1), fixed(r.full.counts.fontsMs / 1000, 1), String(r.full.counts.pagesRendered),
        fixed(r.unchanged.measurement.seconds, 1), percent(r.unchanged.measurement.seconds, s), ...counts(r.unchanged),
        `\`${r.changed}\``, fixed(r.oneEdition.measurement.seconds, 1), percent(r.oneEdition.measurement.seconds, s), r.oneEditionRuns.map((b) => fixed(b.measurement.seconds, 1)).join(' / '), ...counts(r.oneEdition),
        [r.full, r.unchanged, r.oneEdition].map((b) => fixed(b.load, 1)).join(' / ')];
    }),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  return [
    'Rebuilds: right after the full build above, in the same run, with its environment (`SKIP_PDF=1 SKIP_CARDS=1`) and its caches (`ASTRO_CACHE_DIR`, `YAODIAN_CACHE_DIR`: directories of the corpus\'s own, empty before the full build, so the full build is cold, font subsets included), `npm run build` again with nothing changed, then three times again, each after one character of an item paragraph of one edition (the middle one that is neither its issuer\'s newest nor of the oldest year) was replaced by another character of the same paragraph (the first, second and third paragraph that can be changed, each time from the original text, so that every run builds a text no build has seen): the table gives the run of median time, its share of the full build and its counts, and each run\'s time, since two builds of the same kind differ by up to about 20 % on this machine; pages (Astro\'s: the HTML pages and the JSON and XML files the routes write) and search shards are as the builds\' logs count them. Target: one-edition rebuild at 5,000 editions ≤ 10 % of the full build, unchanged rebuild renders no page.',
    '',
    table,
  ].join('\n');
}
