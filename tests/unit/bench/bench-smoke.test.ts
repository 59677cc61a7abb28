/** The benchmark harness's pure helpers (the heavy builds run only in `npm run bench`). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { baselineFiles } from '../../../bench/baseline.ts';
import { renderBuildSection, type CorpusResult } from '../../../bench/build-benchmark.ts';
import { referencedAssets } from '../../../bench/html-assets.ts';
import { renderTable, replaceSection } from '../../../bench/markdown.ts';
import type { Measurement } from '../../../bench/measure.ts';
import { median, slopes } from '../../../bench/stats.ts';

describe('bench: statistics', () => {
  test('median of odd, even and empty lists; the input is not reordered', () => {
    const xs = [5, 1, 3];
    assert.equal(median(xs), 3);
    assert.deepEqual(xs, [5, 1, 3]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  test('slopes between consecutive sizes, in size order', () => {
    assert.deepEqual(slopes([{ size: 1000, value: 40 }, { size: 100, value: 4 }, { size: 5000, value: 200 }]), [
      { from: 100, to: 1000, perUnit: 0.04 },
      { from: 1000, to: 5000, perUnit: 0.04 },
    ]);
    assert.deepEqual(slopes([{ size: 100, value: 4 }]), []);
  });
});

describe('bench: Markdown', () => {
  test('a table with alignment, escaped pipes and padded rows', () => {
    assert.equal(renderTable(['a', 'n'], [['x|y', '1'], ['z']], ['left', 'right']), '| a | n |\n|---|---:|\n| x\\|y | 1 |\n| z |  |');
  });

  const doc = '# Benchmarks\n\nintro\n\n## Build benchmark\n\nold figures\n\n### detail\n\nmore\n\n## Search latency\n\nkept\n';
  test('replaces one section up to the next ## heading, keeping the others byte for byte', () => {
    assert.equal(replaceSection(doc, 'Build benchmark', 'new\n'), '# Benchmarks\n\nintro\n\n## Build benchmark\n\nnew\n\n## Search latency\n\nkept\n');
    assert.equal(replaceSection(doc, 'Search latency', 'fresh'), '# Benchmarks\n\nintro\n\n## Build benchmark\n\nold figures\n\n### detail\n\nmore\n\n## Search latency\n\nfresh\n');
  });

  test('appends a missing section; works on an empty document; ignores headings in code fences', () => {
    assert.equal(replaceSection('# B\n', 'PDF time', 'x'), '# B\n\n## PDF time\n\nx\n');
    assert.equal(replaceSection('', 'PDF time', 'x'), '## PDF time\n\nx\n');
    const fenced = '## A\n\n```\n## B\n```\n\n## C\n\nc\n';
    assert.equal(replaceSection(fenced, 'A', 'a'), '## A\n\na\n\n## C\n\nc\n');
  });

  test('replacing twice gives the same document', () => {
    const once = replaceSection(doc, 'Build benchmark', 'new');
    assert.equal(replaceSection(once, 'Build benchmark', 'new'), once);
  });
});

describe('bench: pages and baseline', () => {
  test('referenced stylesheets and scripts, not icons, fonts, inline scripts or outside URLs', () => {
    const html = `<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><link rel=preload as=font href="/f.woff2">
      <script type="module">inline()</script><script type="module" src='/_astro/b.js'></script><link rel="modulepreload" href="../c.js">
      <script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="/_astro/a.css">`;
    assert.deepEqual(referencedAssets(html), ['/_astro/a.css', '/_astro/b.js', '../c.js']);
  });

  test('the baseline project: only mdx(), a permissive schema over the given directory, one page per entry', () => {
    const files = baselineFiles('/tmp/corpus/editions');
    assert.match(files['astro.config.mjs']!, /integrations: \[mdx\(\)\]/);
    assert.match(files['src/content.config.ts']!, /base: "\/tmp\/corpus\/editions"/);
    assert.match(files['src/pages/[...id].astro']!, /<Content components=\{\{ OutlineOnly: Marker, Truncated: Marker \}\} \/>/);
  });

  test('the build section renders its tables from results', () => {
    const m = (seconds: number, mb: number): Measurement => ({ seconds, peakTreeBytes: mb * 2 ** 20, peakProcessBytes: mb * 2 ** 20, processes: 3, code: 0 });
    const result = (label: string, editions: number, s: number): CorpusResult => ({
      label, editions, generated: label !== 'real', ours: m(s, 600), load: 0.5, dist: { bytes: editions * 2 ** 20, files: editions, pages: editions + 5 },
      weights: [{ type: 'home', path: '/', html: 2048, css: 1024, js: 0 }], baseline: m(s / 2, 500), pagefind: m(s / 2, 100),
    });
    const md = renderBuildSection([result('real', 7, 10), result('100', 100, 20), result('1000', 1000, 110)]);
    assert.match(md, /\| real \| 7 \| 12 \| 10\.0 \| 600 \| 600 \| 7\.0 \| 5\.0 \| 500 \| 5\.0 \| 100 \| 1\.00× \| 1\.20× \| 0\.5 \|/);
    assert.match(md, /\| 100 → 1000 \| 0\.1000 \| 0\.0000 \| 1024\.0 \|/);
    assert.match(md, /\| real \| home \| `\/` \| 2\.0 \| 1\.0 \| 0\.0 \| 3\.0 \|/);
    // Above the baseline limit: our figures, dashes for the bare build and the ratios.
    const big = { ...result('20000', 20000, 800), baseline: undefined, pagefind: undefined };
    const md2 = renderBuildSection([result('5000', 5000, 200), big]);
    assert.match(md2, /\| 20000 \| 20000 \| 20005 \| 800\.0 \| 600 \| 600 \| 20000\.0 \| – \| – \| – \| – \| – \| – \| 0\.5 \|/);
    assert.match(md2, /\| 5000 → 20000 \| 0\.0400 \| 0\.0000 \| 1024\.0 \| – \| – \|/);
  });
});
