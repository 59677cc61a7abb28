/**
 * In-process timings of the features every page build runs, on the generated corpus of 1,000 editions:
 * programme matching (one automaton over all aliases) and change sets (alignment + word diffs) for the
 * generated pair nearest 30 items, for the two real 30-item pairs made from the committed editions (year
 * over year, across issuers: bench/change-pairs.ts), and for every consecutive pair of the corpus
 * (what the change pages compute). The machine's load average is printed beside the change-set figures: the
 * machine may be shared, and timings of a few milliseconds move with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchChanges, type ChangesBenchResult } from './change-sets.ts';
import { benchmarkPairs } from './change-pairs.ts';
import { alignEditions } from '../src/lib/changes/align.ts';
import { changeView } from '../src/lib/changes/change-view.ts';
import { renderChangeView } from '../src/lib/changes/render-change-view.ts';
import { loadEdition } from '../src/lib/edition/load.ts';
import type { Edition } from '../src/lib/edition/model.ts';
import { timeMatching } from './programme-matching.ts';
import { readProgrammeFile, validateRegistry } from '../src/lib/programmes/registry.ts';
import type { Benchmark } from './benchmark.ts';
import { generateCorpus } from './corpus.ts';
import { renderTable } from './markdown.ts';

function loadCorpus(dir: string): Edition[] {
  return readdirSync(join(dir, 'editions'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => loadEdition(readFileSync(join(dir, 'editions', f), 'utf8'), f));
}

export const featuresBenchmark: Benchmark = {
  heading: 'Programme linking and change sets',
  async run(context) {
    const size = Math.max(...context.sizes.filter((n) => n <= 1000), 0) || 1000;
    const dir = join(context.tmp, `features-${size}`);
    generateCorpus(context, size, dir);
    const editions = loadCorpus(dir);
    const pdir = join(context.root, 'content/programmes');
    const registry = validateRegistry(readdirSync(pdir).filter((f) => f.endsWith('.md')).map((f) => readProgrammeFile(readFileSync(join(pdir, f), 'utf8'), `content/programmes/${f}`)));
    context.log(`  linking: ${editions.length} editions, ${registry.length} programmes`);
    const m = timeMatching(editions, registry, { rounds: 5 });

    // The generated pair nearest 30 items: two consecutive editions of one issuer (the generator makes fewer).
    const byIssuer = new Map<string, Edition[]>();
    for (const e of editions) byIssuer.set(e.issuer, [...(byIssuer.get(e.issuer) ?? []), e]);
    const pairs = [...byIssuer.values()].flatMap((list) => list.sort((a, b) => a.year - b.year).slice(1).map((e, i) => [list[i]!, e] as const));
    const [older, newer] = pairs.reduce((best, p) => (Math.abs(p[0].items.length - 30) + Math.abs(p[1].items.length - 30) < Math.abs(best[0].items.length - 30) + Math.abs(best[1].items.length - 30) ? p : best));
    context.log(`  changes: ${older.id} (${older.items.length} items) → ${newer.id} (${newer.items.length} items), the real 30-item pairs, then all ${pairs.length} pairs`);
    const [RUNS, WARMUP] = [100, 20];
    const load = () => loadavg()[0]!.toFixed(2);
    const loadBefore = load();
    const timed: [string, ChangesBenchResult][] = [[`generated ${older.id} → ${newer.id}`, benchChanges(older, newer, RUNS, WARMUP)]];
    for (const p of benchmarkPairs(context.root)) timed.push([`real, ${p.name.replace(/-/g, ' ')}`, benchChanges(p.older, p.newer, RUNS, WARMUP)]);
    const loadAfter = load();
    const started = performance.now();
    for (const [a, b] of pairs) renderChangeView(changeView(alignEditions(a, b), a, b, { hrefOf: (e, anchor) => `/${e.id}/${anchor ? `#${anchor}` : ''}` }));
    const allMs = performance.now() - started;

    return [
      `Generated corpus of ${editions.length} editions (seed ${context.seed}), in one Node process.`,
      '',
      renderTable(
        ['what', 'figure'],
        [
          ['programme matching: automaton', `${m.patterns} aliases of ${m.programmes} programmes, ${m.states} states, built in ${m.buildMs.toFixed(1)} ms`],
          ['programme matching: text', `${(m.characters / 1e6).toFixed(2)} M characters, ${m.mentions} mentions`],
          ['programme matching: per edition (median)', `${m.medianMs.toFixed(3)} ms`],
          ['programme matching: whole corpus', `${m.totalMs.toFixed(0)} ms (${((m.totalMs / m.characters) * 1e6).toFixed(1)} ms per million characters)`],
          ...timed.map(([name, c]) => [
            `change set, ${name} (${c.items[0]} → ${c.items[1]} items; align + ${c.diffs} diffs), median of ${c.runs}`,
            `${c.medianMs.toFixed(1)} ms (min ${c.minMs.toFixed(1)}, max ${c.maxMs.toFixed(1)}; first run ${c.firstMs.toFixed(1)})`,
          ]),
          [`all ${pairs.length} change pages of the corpus (align + diffs + HTML)`, `${(allMs / 1000).toFixed(1)} s (${(allMs / pairs.length).toFixed(1)} ms per page)`],
        ],
        ['left', 'right'],
      ),
      '',
      `Change sets: each run empties the segmentation memo first, so it cuts every text itself, as one page would. ${WARMUP} untimed runs of each pair come first, so the median is the steady cost once V8 has optimised the code (as in a build, page after page); "first run" is the first of them (for the first pair, with ICU's dictionary loading). Load average (1 min) ${loadBefore} before the change-set runs, ${loadAfter} after; the machine may be shared, and these timings move with it.`,
      '',
      'Targets: matching linear in text size (one automaton; see tests/unit/programmes for the step count); a change set of a 30-item pair ≤ 10 ms median.',
    ].join('\n');
  },
};
