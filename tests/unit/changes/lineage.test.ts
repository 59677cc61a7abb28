/**
 * Item lineages over the known five-year history of support.ts (knownHistory: split, reworded, moved, dropped,
 * merged, added, re-added), each year loaded through the real parser. Items are found by title, so the
 * assertions say what a reader would check on the history page.
 */
import assert from 'node:assert/strict';
import { describe as suite, test } from 'node:test';
import { load } from '../../../bench/change-pairs.ts';
import { alignEditions } from '../../../src/lib/changes/align.ts';
import { issuerHistory, type IssuerHistory, type Lineage, type LineageRow } from '../../../src/lib/changes/lineage.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { DROPPED, knownHistory as history, SPLIT_TITLE } from './support.ts';

const ID = 'dongguan-szjggw';

function build(texts: Map<number, string>, keep: (year: number) => boolean = () => true, options = {}): { editions: Edition[]; h: IssuerHistory } {
  const editions = [...texts].filter(([y]) => keep(y)).map(([y, mdx]) => load(mdx, `${ID}/${y}`));
  const sets = editions.slice(1).map((e, k) => alignEditions(editions[k]!, e));
  return { editions, h: issuerHistory(editions, sets, options) };
}

/** The lineage holding the item titled `title` in `year`. */
function lineage(h: IssuerHistory, year: number, title: string): Lineage {
  const l = h.lineages.find((x) => x.nodes.some((n) => n.year === year && n.title === title));
  assert.ok(l, `a lineage with ${title} in ${year}`);
  return l;
}

/** Rows as short lines: `2021 split+split`, `2022 dropped`, `2023–2024 absent`. */
const rowLine = (r: LineageRow) => (r.kind === 'present' ? `${r.year} ${r.nodes.map((n) => n.kind).join('+')}` : `${r.from === r.to ? r.from : `${r.from}–${r.to}`} ${r.absence}`);
const rows = (l: Lineage) => l.rows.map(rowLine);

suite('lineages of a known five-year history', () => {
  const texts = history();
  const { editions, h } = build(texts);

  test('every item of every edition is in exactly one lineage', () => {
    const items = editions.reduce((n, e) => n + e.items.length, 0);
    assert.equal(Object.keys(h.lineageOf).length, items);
    assert.equal(h.lineages.reduce((n, l) => n + l.nodes.length, 0), items);
    for (const l of h.lineages) for (const n of l.nodes) assert.equal(h.lineageOf[`${n.year}:${n.item}`], l.id);
    assert.deepEqual(h.years, [2020, 2021, 2022, 2023, 2024]);
  });

  test('carried over unchanged: first, then unchanged every year, renumbered where items before it changed', () => {
    const l = lineage(h, 2020, '深化“四强”党支部建设。');
    assert.deepEqual(rows(l), ['2020 first', '2021 unchanged', '2022 unchanged', '2023 unchanged', '2024 unchanged']);
    assert.equal(l.id, '2020-item-8');
    assert.ok(l.current);
    assert.equal(l.nodes.find((n) => n.year === 2021)!.renumbered, true, 'the split before it moves it from 8 to 9');
    assert.equal(l.nodes.find((n) => n.year === 2021)!.item, 9);
  });

  test('reworded in one year, then carried over', () => {
    const l = lineage(h, 2020, '健全理论学习长效机制。');
    assert.deepEqual(rows(l), ['2020 first', '2021 reworded', '2022 unchanged', '2023 unchanged', '2024 unchanged']);
    const step = l.nodes.find((n) => n.year === 2021)!;
    assert.equal(step.textChanged, true);
    assert.ok(step.similarity! < 1 && step.similarity! > 0.5);
    assert.deepEqual(step.from, [{ year: 2020, item: 4 }]);
  });

  test('moved to another section', () => {
    const l = lineage(h, 2020, '不断激发干事创业精气神。');
    assert.deepEqual(rows(l), ['2020 first', '2021 moved', '2022 unchanged', '2023 unchanged', '2024 unchanged']);
    assert.equal(l.nodes.find((n) => n.year === 2021)!.sectionChanged, true);
  });

  test('split: both branches in one lineage, each continuing the one item', () => {
    const l = lineage(h, 2020, '持续深化政治机关建设。');
    assert.equal(l.id, '2020-item-1');
    assert.deepEqual(rows(l), ['2020 first', '2021 split+split', '2022 unchanged+unchanged', '2023 unchanged+unchanged', '2024 unchanged+unchanged']);
    assert.ok(l.branches);
    const parts = l.nodes.filter((n) => n.year === 2021);
    assert.deepEqual(parts.map((n) => n.title), ['持续深化政治机关建设。', SPLIT_TITLE]);
    for (const p of parts) assert.deepEqual(p.from, [{ year: 2020, item: 1 }]);
  });

  test('merged: the two earlier items and the one they became', () => {
    const l = lineage(h, 2022, '深入推进机关党建法规制度建设。');
    assert.equal(l.id, '2020-item-18');
    assert.deepEqual(rows(l), ['2020 first+first', '2021 unchanged+unchanged', '2022 merged', '2023 unchanged', '2024 unchanged']);
    const merged = l.nodes.find((n) => n.year === 2022)!;
    assert.equal(merged.from.length, 2);
    assert.deepEqual(merged.from.map((f) => f.year), [2021, 2021]);
    assert.deepEqual(l.nodes.filter((n) => n.year === 2021).map((n) => n.title), ['深入推进机关党建法规制度建设。', '建设高素质专业化党务干部队伍。']);
  });

  test('dropped, absent, and re-added later: the gap years are rows', () => {
    const l = lineage(h, 2020, DROPPED);
    assert.deepEqual(rows(l), ['2020 first', '2021 unchanged', '2022 dropped', '2023 absent', '2024 readded']);
    const back = l.nodes.find((n) => n.year === 2024)!;
    assert.deepEqual(back.from, [{ year: 2021, item: 7 }], 'the split of item 1 made it 7 in 2021');
    assert.equal(back.textChanged, false);
    assert.equal(back.similarity, 1);
    assert.ok(l.current);
  });

  test('an item new in a year: its lineage starts there', () => {
    const added = editions[3]!.items.find((it) => !editions[2]!.items.some((o) => o.title === it.title))!;
    const l = lineage(h, 2023, added.title);
    assert.deepEqual(rows(l), ['2023 new', '2024 unchanged']);
    assert.equal(l.id, `2023-${added.anchor}`);
  });

  test('order: current lineages as the newest edition orders its items', () => {
    const newest = editions.at(-1)!;
    const current = h.lineages.filter((l) => l.current);
    const firstPlace = (l: Lineage) => Math.min(...l.nodes.filter((n) => n.year === 2024).map((n) => n.item));
    assert.deepEqual(current.map(firstPlace), [...current.map(firstPlace)].sort((a, b) => a - b));
    assert.equal(current.reduce((n, l) => n + l.nodes.filter((x) => x.year === 2024).length, 0), newest.items.length);
  });

  test('not re-added when the earlier item is outside the window, or not similar enough', () => {
    const narrow = build(texts, () => true, { readdWindow: 0 }).h;
    assert.deepEqual(rows(lineage(narrow, 2020, DROPPED)), ['2020 first', '2021 unchanged', '2022 dropped', '2023–2024 absent']);
    assert.deepEqual(rows(lineage(narrow, 2024, DROPPED)), ['2024 new']);
    const strict = build(texts, () => true, { readdMin: 1.01 }).h;
    assert.deepEqual(rows(lineage(strict, 2024, DROPPED)), ['2024 new']);
  });
});

suite('gaps the archive causes', () => {
  const texts = history();

  test('a year with no edition in the archive is a row of its own', () => {
    const { h } = build(texts, (y) => y !== 2021);
    assert.deepEqual(rows(lineage(h, 2020, '深化“四强”党支部建设。')), ['2020 first', '2021 no-edition', '2022 unchanged', '2023 unchanged', '2024 unchanged']);
  });

  test('absent from an incomplete edition: uncertain, not dropped', () => {
    const editions = [...texts].map(([y, mdx]) => load(mdx, `${ID}/${y}`));
    editions[2] = { ...editions[2]!, complete: false };
    const sets = editions.slice(1).map((e, k) => alignEditions(editions[k]!, e));
    const h = issuerHistory(editions, sets);
    assert.deepEqual(rows(lineage(h, 2020, DROPPED)), ['2020 first', '2021 unchanged', '2022 uncertain', '2023 absent', '2024 readded']);
  });

  test('one edition: every item its own lineage, first', () => {
    const { h } = build(texts, (y) => y === 2020);
    assert.equal(h.lineages.length, 19);
    assert.ok(h.lineages.every((l) => l.rows.length === 1 && l.current && l.nodes[0]!.kind === 'first'));
  });

  test('no editions: nothing', () => {
    assert.deepEqual(issuerHistory([], []), { issuer: '', years: [], lineages: [], lineageOf: {} });
  });
});

suite('input checks (programming errors, not user input)', () => {
  const texts = history();
  const editions = [...texts].slice(0, 3).map(([y, mdx]) => load(mdx, `${ID}/${y}`));
  const sets = editions.slice(1).map((e, k) => alignEditions(editions[k]!, e));

  test('a change set per consecutive pair', () => {
    assert.throws(() => issuerHistory(editions, sets.slice(1)), /3 editions need 2 change sets, got 1/);
  });
  test('the change sets in order', () => {
    assert.throws(() => issuerHistory(editions, [sets[1]!, sets[0]!]), /change set 0 is dongguan-szjggw\/2021 → dongguan-szjggw\/2022, expected dongguan-szjggw\/2020 → dongguan-szjggw\/2021/);
  });
  test('editions oldest first', () => {
    const reversed = [editions[1]!, editions[0]!];
    assert.throws(() => issuerHistory(reversed, [alignEditions(reversed[0]!, reversed[1]!)]), /oldest first/);
  });
});
