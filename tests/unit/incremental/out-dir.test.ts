import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ASTRO_MANIFEST, finishOutDir, prepareOutDir } from '../../../src/lib/incremental/out-dir.ts';

/** An output folder as a build left it: `old` files written before `started`, a manifest naming `kept` pages. */
function setup() {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-out-'));
  const out = join(root, 'dist');
  const cache = join(root, 'astro');
  mkdirSync(cache, { recursive: true });
  const write = (f: string, when?: number) => {
    mkdirSync(join(out, f, '..'), { recursive: true });
    writeFileSync(join(out, f), f);
    if (when !== undefined) utimesSync(join(out, f), when / 1000, when / 1000);
  };
  const manifest = (files: string[]) => writeFileSync(join(cache, ASTRO_MANIFEST), JSON.stringify({ routes: { 'src/pages/x.astro': { paths: Object.fromEntries(files.map((f) => [f, { outputFile: f }])) } } }));
  return { root, out, cache, write, manifest };
}

test('after a build: files neither written nor kept are removed, empty folders too; the folder is then trusted', () => {
  const { root, out, cache, write, manifest } = setup();
  try {
    const started = Date.now();
    const before = started - 60_000;
    write('a/2025/index.html', before); // kept by Astro (in its manifest), untouched
    write('gone/2024/index.html', before); // a dropped edition's page
    write('_astro/Page.OLDHASH1.css', before); // an old bundle
    write('_astro/Page.NEWHASH2.css'); // written by this build
    write('og/gone/2024.png', before);
    manifest(['a/2025/index.html']);
    const removed = finishOutDir({ outDir: out, astroCache: cache, started });
    assert.deepEqual(removed.sort(), ['_astro/Page.OLDHASH1.css', 'gone/2024/index.html', 'og/gone/2024.png']);
    assert.ok(existsSync(join(out, 'a/2025/index.html')) && existsSync(join(out, '_astro/Page.NEWHASH2.css')));
    assert.ok(!existsSync(join(out, 'gone')) && !existsSync(join(out, 'og')), 'empty folders removed');
    // The next build keeps the folder…
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache }), 'kept');
    assert.ok(existsSync(join(out, 'a/2025/index.html')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('before a build: the folder is emptied unless it is the last build’s own, unchanged since', () => {
  const { root, out, cache, write, manifest } = setup();
  try {
    const finish = () => finishOutDir({ outDir: out, astroCache: cache, started: Date.now() - 1000 });
    // No record (a first build, or one that stopped half-way): emptied.
    write('x.html');
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache }), 'emptied');
    assert.ok(!existsSync(out));
    // --force: emptied.
    write('x.html');
    manifest(['x.html']);
    finish();
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache, force: true }), 'emptied');
    // Another build with the same cache since (Astro's manifest changed): emptied.
    write('x.html');
    finish();
    manifest(['x.html', 'y.html']);
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache }), 'emptied');
    // Another output folder than the last build's: emptied.
    write('x.html');
    finish();
    assert.equal(prepareOutDir({ outDir: join(root, 'elsewhere'), astroCache: cache }), 'emptied');
    // A build that starts forgets the record: if it stops half-way, the next one empties the folder.
    write('x.html');
    finish();
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache }), 'kept');
    assert.equal(prepareOutDir({ outDir: out, astroCache: cache }), 'emptied');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
