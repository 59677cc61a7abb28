/**
 * alignEditions on real texts: (a) a committed edition and copies with known edits (made by editing its MDX
 * and loading it through the real parser), asserted exactly; (b) the real pairs 东莞 2025 → 开平 2026 and
 * 中央和国家机关 2024 → 2025, asserting matches checked by reading; (c) empty editions, every edition against
 * itself, outline-only and truncated items.
 */
import assert from 'node:assert/strict';
import { describe as suite, test } from 'node:test';
import { alignEditions } from '../../../src/lib/changes/align.ts';
import type { ChangeSet, ItemPair } from '../../../src/lib/changes/change-set.ts';
import { diffWords } from '../../../src/lib/changes/diff.ts';
import { FeatureSpace, itemText } from '../../../src/lib/changes/similarity.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { dropItem, insertBefore, itemBlock, load, mergeWithNext, moveItem, renumber, replaceOnce, setYear, splitItem } from '../../../bench/change-pairs.ts';
import { committed, describe, fixtureMdx as editionMdx } from './support.ts';

const DONGGUAN = 'dongguan-szjggw/2025';
const ALL = ['dongguan-szjggw/2025', 'kaiping-szjggw/2026', 'shiwei-jiguan-gongwei/2026', 'shiwei-zhengyanshi/2026', 'shizhengfu-jiguan/2026', 'zhongyang-guojia-jiguan/2024', 'zhongyang-guojia-jiguan/2025'];

/** The edited copy of an edition, one year on, loaded through the real parser. */
function edited(id: string, edit: (mdx: string) => string): Edition {
  const year = Number(id.slice(-4)) + 1;
  return load(setYear(edit(editionMdx(id)), year), `${id.slice(0, -4)}${year}`);
}

const pairOf = (set: ChangeSet, older: number): ItemPair => {
  const p = set.pairs.find((x) => x.older.number === older);
  assert.ok(p, `a pair for older item ${older}`);
  return p;
};
/** Lines for items that did not stay where they were, word for word. */
const changes = (set: ChangeSet) => describe(set).filter((l) => !/^(\d+)→\1 unchanged$/.test(l));
const unchangedRun = (from: number, to: number, shift = 0) => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}→${from + k + shift} unchanged`);

suite('known edits of a real edition (东莞 2025)', () => {
  const older = committed(DONGGUAN);

  test('split, reword, drop, move to another section, add, merge, renumber: the exact change set', () => {
    const newer = edited(DONGGUAN, (m) => {
      m = splitItem(m, 1, '培育积极健康的党内政治文化。');
      m = replaceOnce(m, '加强与高校、省委党校和市委党校交流合作', '深化与高校、党校交流合作');
      m = dropItem(m, 11);
      m = moveItem(m, 12, undefined); // from 四 to the end of 六
      m = insertBefore(m, '## 四、', itemBlock(editionMdx('kaiping-szjggw/2026'), 8)); // 开平 8 closes 三
      m = mergeWithNext(m, 17);
      return renumber(m);
    });
    assert.equal(newer.items.length, 19);
    const set = alignEditions(older, newer);
    assert.deepEqual(describe(set), [
      '2→3 unchanged', '3→4 unchanged', '4→5 reworded', '5→6 unchanged', '6→7 unchanged', '7→8 unchanged', '8→9 unchanged', '9→10 unchanged',
      '10→12 unchanged', '13→13 unchanged', '14→14 unchanged', '15→15 unchanged', '16→16 unchanged', '19→18 unchanged', '12→19 moved',
      'split 1→1+2', 'merge 17+18→17', 'dropped 11', 'added 11',
    ]);
    assert.deepEqual(
      { ...pairOf(set, 4), similarity: undefined },
      { kind: 'reworded', older: { number: 4, section: 2, title: '健全理论学习长效机制。', outlineOnly: false, truncated: false }, newer: { number: 5, section: 2, title: '健全理论学习长效机制。', outlineOnly: false, truncated: false }, similarity: undefined, basis: 'text', textChanged: true, renumbered: true, sectionChanged: false, reordered: false },
    );
    assert.ok(pairOf(set, 4).similarity > 0.9 && pairOf(set, 4).similarity < 1);
    const moved = pairOf(set, 12);
    assert.deepEqual([moved.older.section, moved.newer.section, moved.sectionChanged, moved.reordered, moved.textChanged], [4, 6, true, true, false]);
    assert.deepEqual([pairOf(set, 10).renumbered, pairOf(set, 13).renumbered], [true, false]);
    assert.ok(set.split[0]!.similarity > 0.85 && set.merged[0]!.similarity > 0.9);
    assert.deepEqual(set.summary.counts, { added: 1, dropped: 1, reworded: 1, moved: 1, unchanged: 13, split: 1, merged: 1 });
    assert.deepEqual(
      set.summary.sections.map((s) => [s.section, s.continues, s.counts]),
      [
        [1, [1], { added: 0, dropped: 0, reworded: 0, moved: 0, unchanged: 2, split: 1, merged: 0 }],
        [2, [2], { added: 0, dropped: 0, reworded: 1, moved: 0, unchanged: 2, split: 0, merged: 0 }],
        [3, [3], { added: 1, dropped: 0, reworded: 0, moved: 0, unchanged: 3, split: 0, merged: 0 }],
        [4, [4], { added: 0, dropped: 1, reworded: 0, moved: 0, unchanged: 1, split: 0, merged: 0 }],
        [5, [5], { added: 0, dropped: 0, reworded: 0, moved: 0, unchanged: 3, split: 0, merged: 0 }],
        [6, [6], { added: 0, dropped: 0, reworded: 0, moved: 1, unchanged: 2, split: 0, merged: 1 }],
      ],
    );
    const diff = diffWords(itemText(older.items[3]!), itemText(newer.items[4]!));
    assert.deepEqual(diff.filter((p) => p.kind !== 'same'), [
      { kind: 'removed', text: '加强' },
      { kind: 'added', text: '深化' },
      { kind: 'removed', text: '省委党校和市委' },
    ]);
  });

  test('an item moved into the next section keeps its number and order but is moved', () => {
    const set = alignEditions(older, edited(DONGGUAN, (m) => moveItem(m, 3, '### 4.')));
    assert.deepEqual(changes(set), ['3→3 moved']);
    const p = pairOf(set, 3);
    assert.deepEqual([p.older.section, p.newer.section, p.sectionChanged, p.reordered, p.renumbered, p.textChanged], [1, 2, true, false, false, false]);
    assert.deepEqual(set.sections, [1, 2, 3, 4, 5, 6].map((n) => ({ older: n, newer: n })));
  });

  test('two items swapped: the one that left the order is moved, the other only renumbered', () => {
    const set = alignEditions(older, edited(DONGGUAN, (m) => renumber(moveItem(m, 6, '### 5.'))));
    assert.deepEqual(changes(set), ['6→5 moved', '5→6 unchanged']);
    assert.deepEqual([pairOf(set, 6).reordered, pairOf(set, 6).sectionChanged, pairOf(set, 5).renumbered], [true, false, true]);
  });

  test('renumbering alone (an item dropped before) is recorded, not counted as a move', () => {
    const set = alignEditions(older, edited(DONGGUAN, (m) => renumber(dropItem(m, 2))));
    assert.deepEqual(describe(set), ['1→1 unchanged', ...unchangedRun(3, 19, -1), 'dropped 2']);
    assert.ok(set.pairs.slice(1).every((p) => p.renumbered && !p.reordered && !p.sectionChanged));
    assert.deepEqual(set.summary.counts, { added: 0, dropped: 1, reworded: 0, moved: 0, unchanged: 18, split: 0, merged: 0 });
  });

  test('a new section heading alone changes nothing: sections are followed by their items', () => {
    const set = alignEditions(older, edited(DONGGUAN, (m) => replaceOnce(m, '## 五、着力推动党建与业务深度融合，聚力服务高质量发展', '## 五、推动党建业务融合发展')));
    assert.deepEqual(changes(set), []);
    assert.deepEqual(set.summary.sections[4]!.continues, [5]);
  });
});

suite('real pairs', () => {
  test('东莞 2025 → 开平 2026: the pairs checked by reading', () => {
    const set = alignEditions(committed(DONGGUAN), committed('kaiping-szjggw/2026'));
    assert.deepEqual(describe(set), [
      '6→3 moved', // 意识形态: 严格规范党员网络行为，推动党员主动正确发声 … (二 → 一, ahead of 4 and 5)
      '4→4 reworded', // 以学铸魂…长效机制；党的创新理论作为…首课、主课、必修课
      '5→5 reworded', // same title; 《中国共产党党委（党组）理论学习中心组学习规则》, 青年理论学习提升工程
      '9→7 reworded', // 常态化设立党员先锋岗、责任区；激励关怀帮扶
      '13→10 reworded', // 粤港澳大湾区建设、“百千万工程”、绿美
      '14→12 reworded', // “双报到”; 党建引领基层治理
      '16→14 reworded', // 明责清晰、履责到位、督责有力、考责精准的责任体系；定期沟通和工作会商制度
      '19→16 reworded', // 把党务（工作）岗位作为培养锻炼干部的重要平台；双向交流
      '10→18 moved', // 《整治形式主义为基层减负若干规定》; 新时代廉洁文化建设 (四 → the last item)
      'split 1→1+2', // 讲政治、守纪律、负责任、有效率 → 开平 1; 省委关于坚决维护…的规定 → 开平 2
      'merge 7+8→6', // 基层党组织建设强基工程 (7) + 评定命名第二批“四强”党支部，加强动态管理 (8)
      'dropped 2', 'dropped 3', 'dropped 11', 'dropped 12', 'dropped 15', 'dropped 17', 'dropped 18',
      'added 8', 'added 9', 'added 11', 'added 13', 'added 15', 'added 17',
    ]);
    assert.ok(pairOf(set, 5).similarity > 0.35 && pairOf(set, 16).similarity > 0.35);
    assert.deepEqual(set.incomplete, { older: false, newer: false });
  });

  test('开平 2026 → 东莞 2025 mirrors it: the same pairs, splits and merges swapped', () => {
    const set = alignEditions(committed('kaiping-szjggw/2026'), committed(DONGGUAN));
    const forward = alignEditions(committed(DONGGUAN), committed('kaiping-szjggw/2026'));
    const key = (o: number, n: number) => `${o}-${n}`;
    assert.deepEqual(new Set(set.pairs.map((p) => key(p.newer.number, p.older.number))), new Set(forward.pairs.map((p) => key(p.older.number, p.newer.number))));
    assert.deepEqual(set.merged.map((m) => [m.newer.number, m.older.map((r) => r.number)]), forward.split.map((s) => [s.older.number, s.newer.map((r) => r.number)]));
    assert.deepEqual(set.split.map((s) => [s.older.number, s.newer.map((r) => r.number)]), forward.merged.map((m) => [m.newer.number, m.older.map((r) => r.number)]));
    assert.deepEqual(set.added.map((a) => a.item.number), forward.dropped.map((d) => d.item.number));
  });

  test('中央和国家机关 2024 → 2025: two excerpts with no item in common; what is missing is uncertain', () => {
    const set = alignEditions(committed('zhongyang-guojia-jiguan/2024'), committed('zhongyang-guojia-jiguan/2025'));
    // 2024's only item (深化政治机关建设, cut off) and 2025's two (三中全会精神, “7·29” 重要指示) are different points.
    assert.deepEqual(describe(set), ['dropped 1?', 'added 1?', 'added 2?']);
    assert.deepEqual(set.incomplete, { older: true, newer: true });
    assert.deepEqual(set.sections, [{ older: 1, newer: null }]);
  });
});

suite('edge cases', () => {
  const kaiping = committed('kaiping-szjggw/2026');
  const mdx = editionMdx('kaiping-szjggw/2026');
  const empty = load(`${mdx.slice(0, mdx.indexOf('\n---\n') + 5)}\n总体要求。\n`, 'kaiping-szjggw/2026');

  test('an edition with no items', () => {
    assert.equal(empty.items.length, 0);
    assert.deepEqual(describe(alignEditions(empty, empty)), []);
    assert.deepEqual(describe(alignEditions(empty, kaiping)), kaiping.items.map((i) => `added ${i.number}`));
    const gone = alignEditions(kaiping, empty);
    assert.deepEqual(describe(gone), kaiping.items.map((i) => `dropped ${i.number}`));
    assert.deepEqual(gone.summary.sections, []);
    assert.equal(gone.summary.counts.dropped, 18);
  });

  for (const id of ALL) {
    test(`${id} with itself: everything unchanged`, () => {
      const e = committed(id);
      const set = alignEditions(e, e);
      const basis = (i: Edition['items'][number]) => (i.outlineOnly ? ' (title)' : i.truncated ? ' (prefix)' : '');
      assert.deepEqual(describe(set), e.items.map((i) => `${i.number}→${i.number} unchanged${basis(i)}`));
      assert.ok(set.pairs.every((p) => p.similarity === 1 && !p.renumbered && !p.sectionChanged && !p.reordered));
      assert.equal(set.summary.counts.unchanged, e.items.length);
      assert.deepEqual(set.incomplete, { older: !e.complete, newer: !e.complete });
    });
  }

  test('outline-only items are compared by title, a truncated item by its words so far', () => {
    // 市政府机关 2026 stops inside item 11; items 12–24 are known only from the outline.
    const id = 'shizhengfu-jiguan/2026';
    const body12 = itemBlock(mdx, 12).split('\n\n')[1]!; // 开平 12's words, as 12's text
    const newer = edited(id, (m) => {
      m = replaceOnce(m, 'complete: false', 'complete: true');
      m = replaceOnce(m, '规范活动场所设置，完\n\n<Truncated />', '规范活动场所设置，完善活动场所功能。');
      m = replaceOnce(m, '### 12.深化基层治理党建引领\n\n<OutlineOnly />', `### 12.深化基层治理党建引领\n\n${body12}`);
      m = replaceOnce(m, '### 13.深化作风建设常态化', '### 13.深化作风建设常态化长效化');
      return renumber(dropItem(m, 20));
    });
    assert.equal(newer.items[11]!.outlineOnly, false);
    const set = alignEditions(committed(id), newer);
    assert.deepEqual(describe(set), [
      ...unchangedRun(1, 10),
      '11→11 unchanged (prefix)',
      '12→12 unchanged (title)',
      '13→13 reworded (title)',
      ...unchangedRun(14, 19).map((l) => `${l} (title)`),
      ...unchangedRun(21, 24, -1).map((l) => `${l} (title)`),
      'dropped 20',
    ]);
    assert.deepEqual([pairOf(set, 11).older.truncated, pairOf(set, 11).newer.truncated, pairOf(set, 12).older.outlineOnly], [true, false, true]);
    assert.deepEqual(set.incomplete, { older: true, newer: false });
  });

  test('a truncated item reworded before the cut is reworded (prefix); missing items of an excerpt are uncertain', () => {
    const id = 'zhongyang-guojia-jiguan/2025';
    const newer = edited(id, (m) => replaceOnce(m, '以钉钉子精神抓好落实', '以钉钉子精神狠抓落实'));
    const set = alignEditions(committed(id), newer);
    assert.deepEqual(describe(set), ['1→1 reworded', '2→2 unchanged (prefix)']);
    const shorter = edited(id, (m) => replaceOnce(m, '结合部门实际抓好', '结合实际抓好'));
    assert.deepEqual(describe(alignEditions(committed(id), shorter)), ['1→1 unchanged', '2→2 reworded (prefix)']);
    const fewer = edited(id, (m) => dropItem(m, 2).replace(/\s*$/, '\n\n<Truncated />\n'));
    // The copy now stops after item 1, so item 1 is compared as truncated too.
    assert.deepEqual(describe(alignEditions(committed(id), fewer)), ['1→1 unchanged (prefix)', 'dropped 2?']);
  });

  test('deterministic and plain JSON', () => {
    const a = committed(DONGGUAN);
    const set = alignEditions(a, kaiping);
    assert.deepEqual(alignEditions(a, kaiping), set);
    assert.deepEqual(JSON.parse(JSON.stringify(set)), set);
  });
});

test('a feature space reused across alignments (as lineages re-use one) gives the same change sets as fresh ones', () => {
  const editions = ALL.map(committed);
  const space = new FeatureSpace();
  for (const [k, older] of editions.entries()) {
    const more = older.id === DONGGUAN ? [edited(DONGGUAN, (m) => renumber(dropItem(m, 2)))] : [];
    for (const newer of [editions[(k + 1) % editions.length]!, older, ...more]) {
      assert.deepEqual(alignEditions(older, newer, space), alignEditions(older, newer), `${older.id} → ${newer.id}`);
    }
  }
});
