import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countPages } from '../../../src/lib/incremental/build-log.ts';
import { digestOf, pageKeys, type KeyInput } from '../../../src/lib/incremental/page-keys.ts';

/** Two issuers over three years; `edit` changes one edition's digest, `add` adds one. */
function input({ edit, add, global = 'g1' }: { edit?: string; add?: { issuer: string; year: number }; global?: string } = {}): KeyInput {
  const shelves = [
    { id: 'a', editions: [2024, 2025, 2026].map((year) => ({ id: `a/${year}`, year, digest: `d-a/${year}` })) },
    { id: 'b', editions: [2025, 2026].map((year) => ({ id: `b/${year}`, year, digest: `d-b/${year}` })) },
  ];
  for (const s of shelves) for (const e of s.editions) if (e.id === edit) e.digest += '*';
  if (add) shelves.find((s) => s.id === add.issuer)!.editions.push({ id: `${add.issuer}/${add.year}`, year: add.year, digest: 'new' });
  return { global, shelves };
}

describe('page keys', () => {
  const before = pageKeys(input());

  test('the same content gives the same keys, build after build', () => {
    const again = pageKeys(input());
    assert.equal(again.catalog, before.catalog);
    assert.equal(again.issuer('a'), before.issuer('a'));
    assert.equal(again.year(2025), before.year(2025));
    assert.equal(again.edition('b/2026'), before.edition('b/2026'));
    assert.equal(again.programme('p', ['a/2025', 'b/2026']), before.programme('p', ['b/2026', 'a/2025']), 'mentions in any order');
  });

  test('one edition edited: its own, its issuer’s, its year’s and the next year’s, its programmes’ and the overviews’ keys change; nothing else', () => {
    const after = pageKeys(input({ edit: 'a/2025' }));
    assert.notEqual(after.edition('a/2025'), before.edition('a/2025'));
    assert.notEqual(after.issuer('a'), before.issuer('a'));
    assert.notEqual(after.year(2025), before.year(2025));
    assert.notEqual(after.year(2026), before.year(2026), 'the 2026 page shows the changes since 2025');
    assert.notEqual(after.catalog, before.catalog);
    assert.notEqual(after.programme('p', ['a/2025']), before.programme('p', ['a/2025']));
    // Unchanged:
    assert.equal(after.edition('a/2024'), before.edition('a/2024'));
    assert.equal(after.issuer('b'), before.issuer('b'));
    assert.equal(after.year(2024), before.year(2024));
    assert.equal(after.programme('q', ['b/2025', 'a/2026']), before.programme('q', ['b/2025', 'a/2026']), 'a programme the edition does not mention');
    assert.equal(after.global, before.global);
  });

  test('an edition added: the programmes’ timelines and the years change with which editions exist', () => {
    const after = pageKeys(input({ add: { issuer: 'b', year: 2024 } }));
    assert.notEqual(after.issuer('b'), before.issuer('b'));
    assert.equal(after.issuer('a'), before.issuer('a'));
    assert.notEqual(after.programme('q', ['a/2026']), before.programme('q', ['a/2026']), 'the timeline gains a cell');
    assert.notEqual(after.year(2026), before.year(2026), 'the years listed change');
  });

  test('the global inputs (issuers, registry, switches) change every key', () => {
    const after = pageKeys(input({ global: 'g2' }));
    for (const k of ['catalog', 'global'] as const) assert.notEqual(after[k], before[k]);
    assert.notEqual(after.edition('a/2024'), before.edition('a/2024'));
    assert.notEqual(after.issuer('b'), before.issuer('b'));
    assert.notEqual(after.year(2024), before.year(2024));
  });

  test('an edition or issuer not in the catalog is a bug, not a key', () => {
    assert.throws(() => before.edition('c/2026'), /no edition c\/2026/);
    assert.throws(() => before.issuer('c'), /no issuer c/);
    assert.throws(() => before.programme('p', ['c/2026']), /no edition c\/2026/);
  });

  test('digests are length-prefixed', () => {
    assert.notEqual(digestOf('ab', 'c'), digestOf('a', 'bc'));
    assert.equal(digestOf('ab', 'c'), digestOf('ab', 'c'));
  });
});

describe('build log', () => {
  test('rendered pages end with their time, kept ones with (cached) or (restored), coloured or not', () => {
    const log = [
      '16:01:02   ├─ /a/index.html (+12ms) ',
      '16:01:02   ├─ /b/index.html (cached)',
      '16:01:02   └─ /c.json \u001b[32m(restored)\u001b[39m',
      '16:01:02   ├─ /d/index.html (+1.2s)',
      '16:01:03 [build] 4 page(s) built in 1.00s',
      '  ▶ src/pages/[issuer]/index.astro',
    ].join('\n');
    assert.deepEqual(countPages(log), { rendered: 2, reused: 2 });
    assert.deepEqual(countPages(''), { rendered: 0, reused: 0 });
  });
});
