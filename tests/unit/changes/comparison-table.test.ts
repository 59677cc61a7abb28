import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dropItem, insertBefore, itemBlock, load, mergeWithNext, moveItem, renumber, replaceOnce, setYear, splitItem } from '../../../bench/change-pairs.ts';
import { compareEditions, type ChangeView } from '../../../src/lib/changes/change-view.ts';
import { comparisonTable, cutParts, KEEP_ROW_CHARS, type ComparisonTable, type TableCell, type TableItem, type TableRow } from '../../../src/lib/changes/comparison-table.ts';
import type { DiffPart } from '../../../src/lib/changes/diff.ts';
import { renderComparisonTable } from '../../../src/lib/changes/render-comparison-table.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { bodyText } from '../../../src/lib/changes/similarity.ts';
import { committed, fixtureMdx } from './support.ts';

const hrefOf = (e: { id: string }, anchor?: string) => `/${e.id}/${anchor ? `#${anchor}` : ''}`;
const viewOf = (older: Edition, newer: Edition): ChangeView => compareEditions(older, newer, { hrefOf }).view;
const text = (parts: DiffPart[]) => parts.map((p) => p.text).join('');
const kinds = (parts: DiffPart[]) => new Set(parts.map((p) => p.kind));
const rows = (table: ComparisonTable) => table.sections.flatMap((s) => s.rows);
/** A cell as a reader reads it: `1.标题 | 正文` per item, or its mark. */
const read = (cell: TableCell) => [cell.mark ?? '', ...cell.items.map((x: TableItem) => `${x.label}${text(x.title)}`)].filter(Boolean).join(' / ');
const byNewer = (table: ComparisonTable, label: string) => rows(table).find((r) => r.new.items[0]?.label === label)!;

describe('新旧对照表 of the real 中央和国家机关 2024 → 2025 pair (both excerpts)', () => {
  const older = committed('zhongyang-guojia-jiguan/2024');
  const newer = committed('zhongyang-guojia-jiguan/2025');
  const table = comparisonTable(viewOf(older, newer));

  test('title, columns headed by each edition\'s year and title, the legend and the incomplete-source warning', () => {
    assert.equal(table.title, '2025年中央和国家机关党的建设主要工作新旧对照表');
    assert.deepEqual(table.columns, {
      old: { label: '原文（2024年版）', title: '2024年中央和国家机关党的建设工作要点' },
      new: { label: '新文（2025年版）', title: '2025年中央和国家机关党的建设主要工作' },
    });
    assert.match(table.legend, /删除线.*下划线/);
    assert.match(table.warning ?? '', /所据原文不完整/);
  });

  test('the newer edition\'s section first with its two new items, then the dropped item under a heading of its own', () => {
    assert.deepEqual(table.sections.map((s) => s.heading), ['一、深入学习贯彻党的二十届三中全会精神和习近平总书记“7·29”重要指示精神', '原有部分（新版无对应部分）']);
    assert.deepEqual(table.sections.map((s) => s.rows.map((r) => `${r.kind}: ${read(r.old)} | ${read(r.new)}`)), [
      ['added: 〔新增〕（对应内容可能在未收录的部分） | 1.当好学习宣传贯彻党的二十届三中全会精神排头兵。', 'added: 〔新增〕（对应内容可能在未收录的部分） | 2.以高质量机关党建促进高质量发展。'],
      ['dropped: 1.深化政治机关建设。 | 〔删除〕（对应内容可能在未收录的部分）'],
    ]);
  });

  test('an added or dropped item\'s text is whole and unmarked; the other side is empty', () => {
    const [added] = table.sections[0]!.rows;
    assert.equal(added!.old.items.length, 0);
    assert.equal(text(added!.new.items[0]!.body), bodyText(newer.items[0]!));
    assert.deepEqual(kinds(added!.new.items[0]!.body), new Set(['same']));
    const dropped = table.sections[1]!.rows[0]!;
    assert.equal(text(dropped.old.items[0]!.body), bodyText(older.items[0]!));
    assert.equal(dropped.new.items.length, 0);
  });
});

describe('新旧对照表 of known edits (东莞 2025 → a copy: split, reworded, dropped, moved, added, merged)', () => {
  const older = committed('dongguan-szjggw/2025');
  let mdx = fixtureMdx('dongguan-szjggw/2025');
  mdx = splitItem(mdx, 1, '培育积极健康的党内政治文化。');
  mdx = replaceOnce(mdx, '### 3. 着力提高党员干部政治能力。', '### 3. 全面提高党员干部政治能力。');
  mdx = replaceOnce(mdx, '加强与高校、省委党校和市委党校交流合作', '深化与高校、党校交流合作');
  mdx = dropItem(mdx, 11);
  mdx = moveItem(mdx, 12, undefined);
  mdx = insertBefore(mdx, '## 四、', itemBlock(fixtureMdx('kaiping-szjggw/2026'), 8));
  mdx = mergeWithNext(mdx, 17);
  const newer = load(setYear(renumber(mdx), 2026), 'dongguan-szjggw/2026');
  const view = viewOf(older, newer);
  const table = comparisonTable(view);
  const all = rows(table);

  test('a row for every entry of the view, in the view\'s order, under the view\'s section headings', () => {
    assert.deepEqual(table.sections.map((s) => s.heading), view.groups.map((g) => g.heading));
    assert.deepEqual(table.sections.map((s) => s.rows.map((r) => r.kind)), view.groups.map((g) => g.entries.map((e) => e.kind)));
    // Every item of both editions once, the newer ones in their order.
    assert.deepEqual(all.flatMap((r) => r.new.items.map((x) => x.label)), newer.items.map((i) => i.label));
    assert.deepEqual(all.flatMap((r) => r.old.items.map((x) => x.label)).sort((a, b) => parseInt(a) - parseInt(b)), older.items.map((i) => i.label));
  });

  test('each side carries only its own marks: removed words on the left, added words on the right', () => {
    for (const r of all) {
      for (const x of r.old.items) for (const p of [...x.title, ...x.body]) assert.notEqual(p.kind, 'added', `${r.kind} ${x.label}`);
      for (const x of r.new.items) for (const p of [...x.title, ...x.body]) assert.notEqual(p.kind, 'removed', `${r.kind} ${x.label}`);
    }
  });

  test('every cell spells its items\' issued titles and bodies exactly', () => {
    const olderItems = new Map(older.items.map((i) => [i.label, i]));
    const newerItems = new Map(newer.items.map((i) => [i.label, i]));
    for (const r of all) {
      for (const x of r.old.items) assert.deepEqual([text(x.title), text(x.body)], [olderItems.get(x.label)!.title, bodyText(olderItems.get(x.label)!)]);
      for (const x of r.new.items) assert.deepEqual([text(x.title), text(x.body)], [newerItems.get(x.label)!.title, bodyText(newerItems.get(x.label)!)]);
    }
  });

  test('a reworded item: the changed title and body words marked on each side, 〔修改〕 on the right', () => {
    // Old 3 is new 4: the split of item 1 moved everything after it on by one.
    const row = byNewer(table, '4.');
    assert.equal(row.kind, 'reworded');
    assert.equal(row.old.items[0]!.label, '3.');
    const [old, now] = [row.old.items[0]!, row.new.items[0]!];
    assert.deepEqual(old.title.filter((p) => p.kind !== 'same'), [{ kind: 'removed', text: '着力' }]);
    assert.deepEqual(now.title.filter((p) => p.kind !== 'same'), [{ kind: 'added', text: '全面' }]);
    assert.deepEqual([row.old.mark, row.new.mark], [undefined, '〔修改〕（序号变化）']);
    const other = byNewer(table, '5.');
    assert.ok(other.old.items[0]!.body.some((p) => p.kind === 'removed' && p.text.includes('省委')));
    assert.ok(other.new.items[0]!.body.some((p) => p.kind === 'added' && p.text.includes('深化')));
  });

  test('a split item against its two parts: the second part\'s number and title on the right, its words unmarked where they were kept', () => {
    const row = byNewer(table, '1.');
    assert.equal(row.kind, 'split');
    assert.deepEqual([read(row.old), read(row.new)], ['1.持续深化政治机关建设。', '〔拆分〕 / 1.持续深化政治机关建设。 / 2.培育积极健康的党内政治文化。']);
    const second = row.new.items[1]!;
    assert.deepEqual(kinds(second.title), new Set(['added']), 'the new title was not in the old item');
    assert.ok(second.body.some((p) => p.kind === 'same' && p.text.length > 20), 'the moved-out paragraph is kept text');
    assert.ok(row.old.items[0]!.body.every((p) => p.kind === 'same'), 'nothing of the old item was lost');
  });

  test('two items merged into one: both on the left, the one on the right', () => {
    const row = all.find((r) => r.kind === 'merged')!;
    assert.deepEqual(row.old.items.map((x) => x.label), ['17.', '18.']);
    assert.deepEqual(row.new.items.map((x) => x.label), ['17.']);
    assert.equal(row.new.mark, '〔合并〕');
    assert.ok(row.old.items[1]!.title.every((p) => p.kind === 'removed'), 'the second title is gone from the merged item');
  });

  test('moved, added, dropped and unchanged rows say so in words where they must', () => {
    const moved = all.find((r) => r.kind === 'moved')!;
    assert.equal(moved.new.mark, '〔调整位置〕（移至其他部分；序号变化）');
    const added = all.find((r) => r.kind === 'added')!;
    assert.deepEqual([added.old.mark, added.old.items.length, added.new.mark], ['〔新增〕', 0, undefined]);
    const dropped = all.find((r) => r.kind === 'dropped')!;
    assert.deepEqual([dropped.new.mark, dropped.new.items.length], ['〔删除〕', 0]);
    const unchanged = all.filter((r) => r.kind === 'unchanged');
    assert.ok(unchanged.length > 10);
    assert.ok(unchanged.every((r) => r.old.mark === undefined && (r.new.mark === undefined || r.new.mark === '（序号变化）')));
    assert.ok(unchanged.some((r) => r.new.mark === '（序号变化）'), 'an item that kept its words but not its number says so');
    assert.ok(unchanged.every((r) => [...r.old.items, ...r.new.items].every((x) => [...x.title, ...x.body].every((p) => p.kind === 'same'))));
  });

  test('short rows are kept on one page, long ones may break', () => {
    const length = (r: TableRow) => Math.max(...[r.old, r.new].map((c) => (c.mark ?? '').length + c.items.reduce((n, x) => n + x.label.length + text(x.title).length + text(x.body).length, 0)));
    assert.ok(all.some((r) => r.keep) && all.some((r) => !r.keep));
    for (const r of all) assert.equal(r.keep, length(r) <= KEEP_ROW_CHARS, `${r.kind} ${length(r)}`);
  });
});

describe('cutParts: one side\'s diff cut back into its items', () => {
  test('cuts at the pieces\' ends and leaves out the line breaks between them', () => {
    const parts: DiffPart[] = [{ kind: 'same', text: '甲乙\n丙' }, { kind: 'added', text: '丁\n戊' }];
    assert.deepEqual(cutParts(parts, ['甲乙', '丙丁', '戊']), [[{ kind: 'same', text: '甲乙' }], [{ kind: 'same', text: '丙' }, { kind: 'added', text: '丁' }], [{ kind: 'added', text: '戊' }]]);
    assert.deepEqual(cutParts([], []), []);
  });
  test('parts that do not spell the pieces are refused, not cut anyhow', () => {
    assert.throws(() => cutParts([{ kind: 'same', text: '甲乙丙' }], ['甲乙']), /runs past its pieces at piece 1 of 1: "丙"/);
    assert.throws(() => cutParts([{ kind: 'same', text: '甲' }], ['甲乙']), /does not spell piece 1 of 1: "甲" for "甲乙"/);
    assert.throws(() => cutParts([{ kind: 'same', text: '甲乙丙' }], ['甲乙', '丙']), /runs past its pieces at piece 1 of 2/, 'a missing line break between pieces');
  });
});

describe('renderComparisonTable', () => {
  const older = committed('dongguan-szjggw/2025');
  const mdx = replaceOnce(replaceOnce(fixtureMdx('dongguan-szjggw/2025'), '### 3. 着力提高党员干部政治能力。', '### 3. 全面提高党员干部政治能力。'), '政治能力提升计划', '政治能力锤炼计划');
  const withScript = insertBefore(dropItem(mdx, 2), '## 五、', '### 99. 防范\\<script>的条目。\n\n讲的是\\<script>alert(1)\\</script> & 别的事，与原有各条都不相同。');
  const newer = load(setYear(renumber(withScript), 2026), 'dongguan-szjggw/2026');
  const out = renderComparisonTable(comparisonTable(viewOf(older, newer)));

  test('one table: printed title and legend, caption, the column heads in thead, a tbody per section headed across both columns', () => {
    assert.match(out, /^<div class="comparison"><p class="comparison-title">2025年市直机关党的建设重点工作要点新旧对照表<\/p><p class="comparison-legend">说明：/);
    assert.match(out, /<table class="comparison-table"><caption>《2025年市直机关党的建设重点工作要点》（原文）与《2025年市直机关党的建设重点工作要点》（新文）逐条对照<\/caption><colgroup><col class="old"><col class="new"><\/colgroup>\n<thead><tr><th scope="col" class="old"><span class="column-label">原文（2025年版）<\/span> <span class="column-title">2025年市直机关党的建设重点工作要点<\/span><\/th><th scope="col" class="new"><span class="column-label">新文（2026年版）<\/span>/);
    assert.equal(out.match(/<thead>/g)?.length, 1);
    assert.equal(out.match(/<tbody><tr class="section-row"><th scope="rowgroup" colspan="2">[一二三四五六]、/g)?.length, 6);
  });

  test('removed words struck in the left cell, added words underlined in the right one', () => {
    const row = /<tr class="row row-reworded[^"]*">(<td class="old">.*?<\/td>)(<td class="new">.*?<\/td>)<\/tr>/.exec(out)!;
    assert.ok(row, 'a reworded row');
    const [, left, right] = row;
    assert.match(left!, /<p class="cell-head"><span class="cell-label">3\.<\/span><del>着力<\/del>提高党员干部政治能力。<\/p>/);
    // Old 3 is new 2, item 2 having been dropped.
    // The mark ends the head line, so both cells' heads stand on one line.
    assert.match(right!, /^<td class="new"><p class="cell-head"><span class="cell-label">2\.<\/span><ins>全面<\/ins>提高党员干部政治能力。 <span class="cell-mark">〔修改〕（序号变化）<\/span><\/p><p class="cell-body">/);
    assert.match(left!, /<del>[^<]*提升[^<]*<\/del>/);
    assert.match(right!, /<ins>[^<]*锤炼[^<]*<\/ins>/);
    for (const cell of out.match(/<td class="old[^"]*">.*?<\/td>/g)!) assert.doesNotMatch(cell, /<ins>/);
    for (const cell of out.match(/<td class="new[^"]*">.*?<\/td>/g)!) assert.doesNotMatch(cell, /<del>/);
  });

  test('an added item: an empty left cell that says 〔新增〕; a dropped one: an empty right cell that says 〔删除〕', () => {
    assert.match(out, /<tr class="row row-added keep"><td class="old empty"><p class="cell-mark">〔新增〕<\/p><\/td><td class="new"><p class="cell-head"><span class="cell-label">\d+\.<\/span>防范&lt;script&gt;的条目。<\/p>/);
    assert.match(out, /<tr class="row row-dropped[^"]*"><td class="old"><p class="cell-head"><span class="cell-label">2\.<\/span>[^<]+<\/p><p class="cell-body">[^<]+<\/p><\/td><td class="new empty"><p class="cell-mark">〔删除〕<\/p><\/td><\/tr>/);
  });

  test('every text escaped: no raw markup from an item reaches the page', () => {
    assert.ok(!out.includes('<script>'));
    assert.match(out, /讲的是&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; 别的事/);
  });

  test('paragraphs of a body stay apart; unchanged rows carry no marks', () => {
    const same = renderComparisonTable(comparisonTable(viewOf(committed('kaiping-szjggw/2026'), committed('kaiping-szjggw/2026'))));
    assert.doesNotMatch(same, /<del>|<ins>|cell-mark|empty/);
    assert.equal(same.match(/<tr class="row row-unchanged/g)?.length, 18);
    const multi = committed('dongguan-szjggw/2025').items.find((i) => i.paragraphs.length > 1)!;
    assert.match(renderComparisonTable(comparisonTable(viewOf(older, older))), new RegExp(`${multi.paragraphs[0]!.text.slice(-8)}<br>${multi.paragraphs[1]!.text.slice(0, 8)}`));
  });
});
