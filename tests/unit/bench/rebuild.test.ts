/** The build benchmark's rebuild figures, pure parts: the log lines read, the edition and the character changed, the table. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderBuildSection, type CorpusResult } from '../../../bench/build-benchmark.ts';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import type { Measurement } from '../../../bench/measure.ts';
import { changeOneCharacter, medianRun, parseBuildCounts, pickEditionToChange, renderRebuildTable, type Rebuild, type RebuildResult } from '../../../bench/rebuild.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { editionMdx, editions as fixtureEditions } from '../../support/fixture-content.ts';

describe('bench rebuilds: the counts a build prints', () => {
  const log = [
    '09:12:01 [yaodian:print-artifacts] fonts: 1296 characters; 0 subset(s) made, 3 from cache (61 ms)',
    '09:12:30 [build] 3071 page(s) built in 28.1s',
    'search index: /pagefind-2024/ — years 2024, 100 editions, 2000 records, 900 ms',
    'search index: 1 shard(s) built, 9 reused (Pagefind extended)',
    'pages: 42 rendered, 3029 reused from the last build',
  ].join('\n');

  test('pages rendered and reused, shards built and reused, the fonts time', () => {
    assert.deepEqual(parseBuildCounts(log, 'x'), { pagesRendered: 42, pagesReused: 3029, shardsBuilt: 1, shardsReused: 9, fontsMs: 61 });
  });

  test('colour codes, "shards" spelt out, the last line winning; no fonts line is NaN, not an error', () => {
    const other = '\x1b[32mpages: 5 rendered, 0 reused\x1b[39m\nsearch index: 0 shards built, 4 reused\npages: 0 rendered, 80 reused from the last build\n';
    const counts = parseBuildCounts(other, 'x');
    assert.deepEqual({ ...counts, fontsMs: 0 }, { pagesRendered: 0, pagesReused: 80, shardsBuilt: 0, shardsReused: 4, fontsMs: 0 });
    assert.ok(Number.isNaN(counts.fontsMs));
  });

  test('a missing line fails loudly, naming the build and the line, instead of counting zero', () => {
    assert.throws(() => parseBuildCounts('search index: 1 shard(s) built, 0 reused', 'unchanged rebuild (x.log)'), /unchanged rebuild \(x\.log\).*`pages: N rendered/);
    assert.throws(() => parseBuildCounts('pages: 1 rendered, 0 reused', 'b'), /no `search index: N shard\(s\) built/);
    assert.throws(() => parseBuildCounts('', 'b'), /no `pages: .* and no `search index/);
  });
});

describe('bench rebuilds: the edition changed', () => {
  const years = (issuer: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `editions/${issuer}/${from + i}.mdx`);

  test('the middle one of those neither their issuer\'s newest nor of the oldest year', () => {
    // foshan 2018–2025 and jiangmen 2018–2025 qualify: 16, the ninth is jiangmen's 2018.
    assert.equal(pickEditionToChange([...years('jiangmen-szjggw', 2017, 2026), ...years('foshan-szjggw', 2017, 2026)]), 'editions/jiangmen-szjggw/2018.mdx');
    // A lone 2025 edition is its issuer's newest; paths under a content root are read too.
    assert.equal(pickEditionToChange(['/c/editions/a/2020.mdx', '/c/editions/a/2021.mdx', '/c/editions/a/2022.mdx', '/c/editions/b/2025.mdx']), '/c/editions/a/2021.mdx');
  });

  test('none to change: a corpus of one year, or of newest editions only', () => {
    assert.throws(() => pickEditionToChange(['editions/a/2020.mdx', 'editions/b/2020.mdx']), /no edition to change among 2/);
    assert.throws(() => pickEditionToChange([]), /no edition to change/);
  });
});

describe('bench rebuilds: one character changed', () => {
  const files = generateCorpus(fixtureEditions, { editions: 30, seed: 3 }).filter((f) => f.path.startsWith('editions/'));
  const texts = [...files.map((f) => ({ path: f.path, text: f.text })), ...fixtureEditions.map((e) => ({ path: e.file, text: editionMdx(e.id) }))];

  test('every generated and fixture edition: still valid, one character of one item paragraph changed, headings and characters kept', () => {
    for (const { path, text } of texts) {
      const edit = changeOneCharacter(text);
      assert.notEqual(edit.from, edit.to);
      const before = loadEdition(text, path);
      const after = loadEdition(edit.text, path);
      assert.deepEqual(after.items.map((i) => [i.number, i.title]), before.items.map((i) => [i.number, i.title]), path);
      assert.deepEqual(after.sections.map((s) => s.title), before.sections.map((s) => s.title), path);
      const paragraphs = (e: typeof before) => e.items.flatMap((i) => i.paragraphs.map((p) => p.text));
      const changed = paragraphs(after).map((p, k) => [p, paragraphs(before)[k]!] as const).filter(([a, b]) => a !== b);
      assert.equal(changed.length, 1, path);
      const [a, b] = changed[0]!;
      assert.equal([...a].filter((c, k) => c !== [...b][k]).length, 1, path);
      assert.deepEqual(new Set(edit.text), new Set(text), `${path}: the corpus's characters (and so its font subsets) stay the same`);
      assert.equal(edit.text.split('\n')[edit.line - 1]!.includes(edit.to), true);
    }
  });

  test('with skip, another item paragraph is changed, each from the original text', () => {
    const text = texts[0]!.text;
    const edits = [0, 1, 2].map((k) => changeOneCharacter(text, k));
    assert.equal(new Set(edits.map((e) => e.line)).size, 3);
    assert.ok(edits[0]!.line < edits[1]!.line && edits[1]!.line < edits[2]!.line);
    for (const e of edits) assert.equal(e.text.split('\n').filter((l, i) => l !== text.split('\n')[i]).length, 1);
    assert.throws(() => changeOneCharacter(text, 100000), /no item paragraph/);
  });

  test('deterministic; an edition with no item paragraph to change is refused', () => {
    assert.equal(changeOneCharacter(texts[0]!.text).text, changeOneCharacter(texts[0]!.text).text);
    assert.throws(() => changeOneCharacter('---\ntitle: x\n---\n\n导语的段落。\n\n## 一、部分\n\n### 1.条目。\n\n党党党\n'), /no item paragraph/);
  });
});

test('the median run: the middle of an odd number, the faster middle of an even one', () => {
  const run = (seconds: number) => ({ measurement: { seconds } });
  assert.equal(medianRun([run(38), run(31), run(33)]).measurement.seconds, 33);
  assert.equal(medianRun([run(40), run(30)]).measurement.seconds, 30);
  assert.throws(() => medianRun([]), /no runs/);
});

describe('bench rebuilds: the table', () => {
  const m = (seconds: number): Measurement => ({ seconds, peakTreeBytes: 0, peakProcessBytes: 0, processes: 1, code: 0 });
  const b = (seconds: number, rendered: number, reused: number, built: number, shardsReused: number, load: number, fontsMs = NaN): Rebuild => ({
    measurement: m(seconds), load, counts: { pagesRendered: rendered, pagesReused: reused, shardsBuilt: built, shardsReused, fontsMs },
  });
  test('seconds, share of the full build, pages and shards, the edition changed, the loads', () => {
    const one = b(15, 40, 15031, 1, 9, 1.1);
    const r: RebuildResult = { label: '5000', editions: 5000, changed: 'x-szjggw/2020', full: b(200, 15071, 0, 10, 0, 1.5, 5200), unchanged: b(8, 0, 15071, 0, 10, 1.2), oneEdition: one, oneEditionRuns: [b(17.5, 40, 15031, 1, 9, 1), one, b(14, 40, 15031, 1, 9, 1)] };
    const md = renderRebuildTable([r]);
    assert.match(md, /\| 5000 \| 5000 \| 200\.0 \| 5\.2 \| 15071 \| 8\.0 \| 4\.0 % \| 0 \/ 15071 \| 0 \/ 10 \| `x-szjggw\/2020` \| 15\.0 \| 7\.5 % \| 17\.5 \/ 15\.0 \/ 14\.0 \| 40 \/ 15031 \| 1 \/ 9 \| 1\.5 \/ 1\.2 \/ 1\.1 \|/);
    assert.match(md, /^Rebuilds: /);
  });

  test('in the build section only when a corpus measured its rebuilds', () => {
    const corpus = (rebuild?: RebuildResult): CorpusResult => ({ label: '20', editions: 20, generated: true, ours: m(20), load: 1, dist: { bytes: 1, files: 1, pages: 1 }, weights: [], rebuild });
    const one = b(12, 55, 141, 1, 0, 1);
    const r: RebuildResult = { label: '20', editions: 20, changed: 'a/2020', full: b(20, 196, 0, 1, 0, 1), unchanged: b(10, 0, 196, 0, 1, 1), oneEdition: one, oneEditionRuns: [one] };
    assert.doesNotMatch(renderBuildSection([corpus()]), /Rebuilds:/);
    assert.match(renderBuildSection([corpus(r)]), /\n\nRebuilds: [^\n]+\n\n\| corpus \| editions \| full build s \|/);
  });
});
