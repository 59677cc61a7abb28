import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dropItem, insertBefore, load, moveItem, renumber, replaceOnce, setYear } from '../../../bench/change-pairs.ts';
import { compareEditions, type ChangeView, type Inline } from '../../../src/lib/changes/change-view.ts';
import { quotedTerms, yearChanges } from '../../../src/lib/changes/year-changes.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { committed, fixtureMdx } from './support.ts';

const hrefOf = (e: { id: string }, anchor?: string) => `/${e.id}/${anchor ? `#${anchor}` : ''}`;
/** A line as a reader reads it: its text and its links' texts. */
const read = (runs: Inline[] | undefined) => (runs ?? []).map((r) => (typeof r === 'string' ? r : r.text)).join('');
const group = (view: ChangeView, section: number | null) => view.groups.find((g) => g.section === section)!;

describe('change view of two issuers\' editions', () => {
  const dg = committed('dongguan-szjggw/2025');
  const kp = committed('kaiping-szjggw/2026');
  const { view } = compareEditions(dg, kp, { hrefOf, programmes: { older: [{ id: 'a', name: '甲', href: '/p/a/' }, { id: 'c', name: '丙', href: '/p/c/' }], newer: [{ id: 'b', name: '乙', href: '/p/b/' }, { id: 'c', name: '丙', href: '/p/c/' }] } });
  test('groups follow the newer edition\'s sections, with every newer item once', () => {
    assert.deepEqual(view.groups.filter((g) => g.section !== null).map((g) => g.section), [1, 2, 3, 4]);
    const newer = view.groups.flatMap((g) => g.entries.flatMap((e) => e.newer.map((x) => x.ref.number))).sort((a, b) => a - b);
    assert.deepEqual(newer, Array.from({ length: 18 }, (_, i) => i + 1));
    const older = view.groups.flatMap((g) => g.entries.flatMap((e) => e.older.map((x) => x.ref.number))).sort((a, b) => a - b);
    assert.deepEqual(older, Array.from({ length: 19 }, (_, i) => i + 1), 'every older item appears once, matched or dropped');
  });
  test('a reworded pair: label, links newer first, title, and the diff inline and by side', () => {
    const entry = view.groups.flatMap((g) => g.changed).find((e) => e.newer[0]?.ref.number === 5)!;
    assert.equal(entry.label, '修改');
    assert.deepEqual(entry.links, [{ text: '新版第5条', href: '/kaiping-szjggw/2026/#item-5' }, ' · ', { text: '原第5条', href: '/dongguan-szjggw/2025/#item-5' }]);
    assert.equal(entry.title, entry.newer[0]!.ref.title);
    assert.equal(entry.body?.kind, 'diff');
    if (entry.body?.kind !== 'diff') return;
    assert.deepEqual([entry.body.toggle, entry.body.old.label, entry.body.new.label], ['左右对照', '原文', '新文']);
    assert.ok(entry.body.inline.some((p) => p.kind === 'removed') && entry.body.inline.some((p) => p.kind === 'added'));
    assert.ok(!entry.body.old.parts.some((p) => p.kind === 'added'), 'the old side leaves out what was added');
    assert.ok(!entry.body.new.parts.some((p) => p.kind === 'removed'), 'the new side leaves out what was removed');
  });
  test('programmes newly and no longer named, as lines', () => {
    assert.deepEqual(view.programmes.added.map((p) => p.id), ['b']);
    assert.deepEqual(view.programmes.removed.map((p) => p.id), ['a']);
    assert.equal(view.programmes.heading, '重点工作的变化');
    assert.deepEqual(view.programmes.lines.map(read), ['新提及：乙', '不再提及：甲']);
    const none = compareEditions(dg, kp, { hrefOf }).view.programmes;
    assert.deepEqual(none.lines.map(read), ['新提及：无', '不再提及：无']);
  });
  test('an edition compared with itself: everything unchanged, listed on one line per section', () => {
    const same = compareEditions(kp, kp, { hrefOf }).view;
    assert.equal(same.counts.unchanged, 18);
    assert.equal(same.counts.added + same.counts.dropped + same.counts.reworded + same.counts.moved, 0);
    assert.ok(same.groups.every((g) => g.changed.length === 0));
    assert.equal(read(same.groups[0]!.unchanged?.items), '新版第1条、新版第2条、新版第3条、新版第4条、新版第5条');
    assert.equal(same.groups[0]!.unchanged?.label, '未变');
  });
});

describe('change view of known edits (东莞 2025 → a copy: item 2 dropped, 12 moved to section 六, one added in 四)', () => {
  const older = committed('dongguan-szjggw/2025');
  let mdx = moveItem(dropItem(fixtureMdx('dongguan-szjggw/2025'), 2), 12, '### 16.');
  mdx = insertBefore(mdx, '## 五、', '### 99. 新增一条。\n\n这是新的一条，讲的是新的事情，与原有各条都不相同。');
  const newer = load(setYear(renumber(mdx), 2026), 'dongguan-szjggw/2026');
  const { view } = compareEditions(older, newer, { hrefOf });

  test('order: by the newer item\'s place, a dropped item after its section\'s own', () => {
    assert.deepEqual(view.groups.map((g) => g.section), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(group(view, 1).entries.map((e) => e.kind), ['unchanged', 'unchanged', 'dropped']);
    assert.deepEqual(group(view, 4).entries.map((e) => e.kind), ['unchanged', 'unchanged', 'added']);
    assert.deepEqual(group(view, 6).entries.map((e) => e.kind), ['moved', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    assert.deepEqual(group(view, 6).changed.map((e) => e.kind), ['moved'], 'only changes are shown in full');
  });
  test('labels, links and notes', () => {
    const [dropped] = group(view, 1).changed;
    assert.deepEqual([dropped!.label, read(dropped!.links), dropped!.title, dropped!.note], ['删除', '原第2条', '持续推动习近平总书记“7·29”重要指示精神贯彻落实。', undefined]);
    // The head shows the title; the body is the rest, so the title is not repeated as its first line.
    assert.deepEqual(dropped!.body, { kind: 'text', side: 'dropped', text: dropped!.older[0]!.body });
    assert.ok(!(dropped!.body as { text: string }).text.startsWith(dropped!.title));
    const [added] = group(view, 4).changed;
    assert.deepEqual([added!.label, read(added!.links), added!.note], ['新增', '新版第11条', undefined]);
    assert.equal(added!.body?.kind === 'text' && added!.body.side, 'added');
    const [moved] = group(view, 6).changed;
    assert.deepEqual([moved!.label, read(moved!.links), moved!.note], ['调整位置', '新版第15条 · 原第12条', '（移至其他部分；序号变化）']);
    assert.equal(moved!.body, undefined, 'moved with the same words: no diff');
  });
  test('a reworded item: its title changed shows as a diff in the head, the body diff below it without the title', () => {
    const reworded = compareEditions(committed('dongguan-szjggw/2025'), load(replaceOnce(replaceOnce(fixtureMdx('dongguan-szjggw/2025'), '### 3. 着力提高党员干部政治能力。', '### 3. 全面提高党员干部政治能力。'), '政治能力提升计划', '政治能力锤炼计划'), 'dongguan-szjggw/2026'), { hrefOf }).view.groups.flatMap((g) => g.changed).find((e) => e.kind === 'reworded')!;
    assert.deepEqual(reworded.titleDiff?.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`), ['removed:着力', 'added:全面']);
    assert.ok(reworded.body?.kind === 'diff');
    const body = reworded.body.kind === 'diff' ? reworded.body.inline.map((p) => p.text).join('') : '';
    assert.ok(!body.includes('党员干部政治能力。'), 'the title is not in the body diff');
    assert.ok(reworded.body.kind === 'diff' && reworded.body.inline.some((p) => p.kind === 'added' && p.text.includes('锤炼')));
  });
  test('the unchanged items, with the old cite of a renumbered one', () => {
    assert.equal(read(group(view, 1).unchanged?.items), '新版第1条、新版第2条（原第3条）');
    assert.equal(read(group(view, 6).unchanged?.items), '新版第16条、新版第17条、新版第18条、新版第19条');
    const link = group(view, 1).unchanged!.items[2];
    assert.deepEqual(link, { text: '新版第2条', href: '/dongguan-szjggw/2026/#item-2' });
  });
  test('the summary table: a row per group in KIND_ORDER, and the total', () => {
    assert.deepEqual(view.summary.columns, ['部分', '新增', '删除', '修改', '调整位置', '拆分', '合并', '未变']);
    assert.deepEqual(view.summary.rows.map((r) => r.heading), view.groups.map((g) => g.heading));
    assert.deepEqual(view.summary.rows[0]!.counts, [0, 1, 0, 0, 0, 0, 2]);
    assert.deepEqual(view.summary.total, { heading: '合计', counts: [1, 1, 0, 1, 0, 0, 17] });
    assert.equal(view.summary.caption, '变化汇总');
  });
  test('both sources complete: no warning', () => assert.equal(view.warning, undefined));
});

describe('change view of incomplete sources (中央和国家机关 2024 → 2025, both excerpts)', () => {
  const older = committed('zhongyang-guojia-jiguan/2024');
  const newer = committed('zhongyang-guojia-jiguan/2025');
  const { view } = compareEditions(older, newer, { hrefOf });
  test('the warning names both editions', () => {
    assert.equal(view.warning, '《2024年中央和国家机关党的建设工作要点》、《2025年中央和国家机关党的建设主要工作》所据原文不完整：“删除”“新增”可能只是未收录的部分。');
  });
  test('added and dropped items are marked uncertain', () => {
    const unmatched = view.groups.flatMap((g) => g.changed).filter((e) => e.kind === 'added' || e.kind === 'dropped');
    assert.equal(unmatched.length, 3);
    for (const e of unmatched) assert.equal(e.note, '（对应内容可能在未收录的部分）');
  });
  test('a dropped item whose old section has no continuation: last, under a heading of its own', () => {
    const last = view.groups.at(-1)!;
    assert.deepEqual([last.section, last.heading, last.counts.dropped, last.entries.length], [null, '原有部分（新版无对应部分）', 1, 1]);
    assert.equal(view.summary.rows.at(-1)!.heading, '原有部分（新版无对应部分）');
  });
  test('only one edition incomplete: only it is named', () => {
    const one = compareEditions(committed('dongguan-szjggw/2025'), newer, { hrefOf }).view;
    assert.equal(one.warning, '《2025年中央和国家机关党的建设主要工作》所据原文不完整：“删除”“新增”可能只是未收录的部分。');
  });
});

/** A small edition, frontmatter and `## 一、` sections of `### （一）` items numbered afresh in each (or `### 1.` items with no section). */
function edition(year: number, body: string, numbering = 'itemNumbering: section\n'): string {
  return `---\nissuer: x\nyear: ${year}\ntitle: ${year}年某某机关党建工作要点\nitemLayout: run-in\n${numbering}---\n\n${body}`;
}
const ITEMS = {
  a: '深化政治机关建设。\n\n推动政治机关意识教育向基层延伸，引导党员干部始终在思想上政治上行动上同党中央保持高度一致。',
  b: '严格落实“第一议题”制度。\n\n及时跟进学习习近平总书记最新重要讲话和重要指示批示精神，推动学习成果转化为推动工作的实际成效。',
  c: '深化“四强”党支部创建。\n\n评定命名一批“四强”党支部，发挥示范引领作用，以点带面提升机关基层党组织建设质量。',
  d: '加强党员教育管理。\n\n分层分类开展党员教育培训，严格党员日常管理监督，教育引导党员在本职岗位上创先争优。',
};

describe('change view of an edition numbered afresh in each section', () => {
  const older = loadEdition(edition(2025, `## 一、坚持政治统领\n\n### （一）${ITEMS.a}\n\n### （二）${ITEMS.b}\n\n## 二、加强组织建设\n\n### （一）${ITEMS.c}\n`), 'content/editions/x/2025.mdx');
  const newer = loadEdition(edition(2026, `## 一、坚持政治统领\n\n### （一）${ITEMS.a}\n\n### （二）${ITEMS.b}\n\n## 二、加强组织建设\n\n### （一）${ITEMS.d}\n\n### （二）${ITEMS.c}\n`), 'content/editions/x/2026.mdx');
  const { view } = compareEditions(older, newer, { hrefOf });
  test('links cite the section and the item', () => {
    const [added] = group(view, 2).changed;
    assert.deepEqual(added!.links, [{ text: '新版第二部分第（一）项', href: '/x/2026/#item-2-1' }]);
    assert.equal(read(group(view, 2).unchanged?.items), '新版第二部分第（二）项（原第二部分第（一）项）');
    assert.equal(read(group(view, 1).unchanged?.items), '新版第一部分第（一）项、新版第一部分第（二）项');
  });
  test('items before any section: the heading says so', () => {
    const flat = loadEdition(edition(2026, `### 1. ${ITEMS.a}\n\n### 2. ${ITEMS.b}\n`, ''), 'content/editions/x/2026.mdx');
    const same = compareEditions(flat, flat, { hrefOf }).view;
    assert.deepEqual(same.groups.map((g) => g.heading), ['（未分部分）']);
    assert.deepEqual(same.summary.rows.map((r) => r.heading), ['（未分部分）']);
  });
});

describe('year changes', () => {
  test('quoted terms', () => assert.deepEqual(quotedTerms('是“十五五”开局之年，“四强”党支部，“”空'), ['十五五', '四强']));
  test('appeared and disappeared across the site', () => {
    const y2025 = [committed('dongguan-szjggw/2025'), committed('zhongyang-guojia-jiguan/2025')];
    const y2024 = [committed('zhongyang-guojia-jiguan/2024')];
    const c = yearChanges(2025, y2025, 2024, y2024, (e) => (e.issuer === 'dongguan-szjggw' ? ['x', 'y'] : ['y', 'z']));
    assert.deepEqual(c.programmes.appeared, [{ key: 'x', editions: ['dongguan-szjggw/2025'] }]);
    assert.deepEqual(c.programmes.continued, [{ key: 'y', before: 1, now: 2 }, { key: 'z', before: 1, now: 1 }]);
    assert.ok(c.terms.appeared.some((t) => t.key === '7·29'));
    assert.ok(c.terms.disappeared.some((t) => t.key === '7·9'));
  });
});
