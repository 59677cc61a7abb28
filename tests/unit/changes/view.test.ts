import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compareEditions, renderChangeView } from '../../../src/lib/changes/change-view.ts';
import { quotedTerms, yearChanges } from '../../../src/lib/changes/year-changes.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';

const load = (id: string) => loadEdition(readFileSync(`content/editions/${id}.mdx`, 'utf8'), `content/editions/${id}.mdx`);
const hrefOf = (e: { id: string }, anchor?: string) => `/${e.id}/${anchor ? `#${anchor}` : ''}`;

describe('change view', () => {
  const dg = load('dongguan-szjggw/2025');
  const kp = load('kaiping-szjggw/2026');
  const { view } = compareEditions(dg, kp, { hrefOf, programmes: { older: [{ id: 'a', name: '甲', href: '/p/a/' }], newer: [{ id: 'b', name: '乙<b>', href: '/p/b/' }] } });
  test('groups follow the newer edition\'s sections, with every newer item once', () => {
    assert.deepEqual(view.groups.filter((g) => g.section !== null).map((g) => g.section), [1, 2, 3, 4]);
    const newer = view.groups.flatMap((g) => g.entries.flatMap((e) => e.newer.map((x) => x.ref.number))).sort((a, b) => a - b);
    assert.deepEqual(newer, Array.from({ length: 18 }, (_, i) => i + 1));
    const older = view.groups.flatMap((g) => g.entries.flatMap((e) => e.older.map((x) => x.ref.number))).sort((a, b) => a - b);
    assert.deepEqual(older, Array.from({ length: 19 }, (_, i) => i + 1), 'every older item appears once, matched or dropped');
  });
  test('programmes newly and no longer named', () => {
    assert.deepEqual(view.programmes.added.map((p) => p.id), ['b']);
    assert.deepEqual(view.programmes.removed.map((p) => p.id), ['a']);
  });
  test('the HTML escapes every text and links both editions', () => {
    const html = renderChangeView(view);
    assert.match(html, /乙&lt;b&gt;/);
    assert.ok(!html.includes('乙<b>'));
    assert.match(html, /href="\/kaiping-szjggw\/2026\/#item-5">新版第5条<\/a> · <a href="\/dongguan-szjggw\/2025\/#item-5">原第5条<\/a>/);
    assert.match(html, /<del>/);
    assert.match(html, /<ins>/);
  });
  test('an edition compared with itself: everything unchanged', () => {
    const same = compareEditions(kp, kp, { hrefOf }).view;
    assert.equal(same.counts.unchanged, 18);
    assert.equal(same.counts.added + same.counts.dropped + same.counts.reworded + same.counts.moved, 0);
    assert.match(renderChangeView(same), /class="unchanged-list"/);
  });
});

describe('year changes', () => {
  test('quoted terms', () => assert.deepEqual(quotedTerms('是“十五五”开局之年，“四强”党支部，“”空'), ['十五五', '四强']));
  test('appeared and disappeared across the site', () => {
    const y2025 = [load('dongguan-szjggw/2025'), load('zhongyang-guojia-jiguan/2025')];
    const y2024 = [load('zhongyang-guojia-jiguan/2024')];
    const c = yearChanges(2025, y2025, 2024, y2024, (e) => (e.issuer === 'dongguan-szjggw' ? ['x', 'y'] : ['y', 'z']));
    assert.deepEqual(c.programmes.appeared, [{ key: 'x', editions: ['dongguan-szjggw/2025'] }]);
    assert.deepEqual(c.programmes.continued, [{ key: 'y', before: 1, now: 2 }, { key: 'z', before: 1, now: 1 }]);
    assert.ok(c.terms.appeared.some((t) => t.key === '7·29'));
    assert.ok(c.terms.disappeared.some((t) => t.key === '7·9'));
  });
});
