import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hit } from '../../../src/lib/search/rank.ts';
import { batchSize, EDITIONS_PER_PAGE, groupView, hitView, resultGroups, searchSummary, summaryText } from '../../../src/lib/search/result-page.ts';

/** A hit of edition `ed` (`issuer/year`) at `anchor`, in the index's order `order`. */
function hit(ed: string, anchor: string, text: string, order: number, meta: Record<string, string> = {}): Hit {
  const [issuer, year] = ed.split('/');
  return {
    url: `${ed}/#${anchor}`,
    text,
    order,
    meta: { title: `${anchor} 标题`, edition: ed, editionTitle: `${year}年${issuer}要点`, path: `${ed}/`, anchor, issuer: `${issuer}工委`, year: year!, current: '', kind: 'item', outline: '', programmes: '', ...meta },
  };
}

describe('batchSize', () => {
  test('the wanted number while many editions wait', () => {
    assert.equal(batchSize(20, 2), 2);
    assert.equal(batchSize(EDITIONS_PER_PAGE + 4, EDITIONS_PER_PAGE), EDITIONS_PER_PAGE);
  });
  test('all that are left when they are few (up to 8), none when none are', () => {
    assert.equal(batchSize(8, 2), 8);
    assert.equal(batchSize(3, 5), 3);
    assert.equal(batchSize(0, 2), 0);
  });
});

describe('resultGroups: which hits are shown and which wait behind an edition’s button', () => {
  // Ranked: a's three hits, then b's, then c's; a budget of three shows a1 a2 a3 and each edition's best.
  const ranked = [hit('a/2026', 'a1', '', 0), hit('a/2026', 'a2', '', 1), hit('b/2025', 'b1', '', 2), hit('a/2026', 'a3', '', 3), hit('b/2025', 'b2', '', 4), hit('c/2024', 'c1', '', 5), hit('c/2024', 'c2', '', 6)];
  const anchors = (hits: Hit[]) => hits.map((h) => h.meta.anchor);
  test('the best hits within the budget, and every edition’s best', () => {
    const groups = resultGroups(ranked, 3, false);
    assert.deepEqual(groups.map((g) => g.edition), ['a/2026', 'b/2025', 'c/2024']);
    assert.deepEqual(groups.map((g) => [anchors(g.shown), anchors(g.rest)]), [
      [['a1', 'a2'], ['a3']],
      [['b1'], ['b2']],
      [['c1'], ['c2']],
    ]);
  });
  test('a budget of zero still shows each edition’s best', () => {
    assert.deepEqual(resultGroups(ranked, 0, false).map((g) => anchors(g.shown)), [['a1'], ['b1'], ['c1']]);
  });
  test('one edition found alone shows all its hits', () => {
    const alone = ranked.filter((h) => h.meta.edition === 'a/2026');
    const [group] = resultGroups(alone, 1, true);
    assert.deepEqual([anchors(group!.shown), group!.rest], [['a1', 'a2', 'a3'], []]);
  });
  test('no hits, no groups', () => assert.deepEqual(resultGroups([], 10, false), []));
});

describe('hitView', () => {
  const context = { base: '/dangjian/yaodian/', terms: ['四强党支部'], words: ['四强', '支部'] };
  test('links the item with the phrases to highlight, and marks them in the snippet', () => {
    const v = hitView(hit('kaiping/2026', 'item-6', '评定“四强”党支部。', 0), context);
    assert.equal(v.href, `/dangjian/yaodian/kaiping/2026/?hl=${encodeURIComponent('四强党支部')}#item-6`);
    assert.equal(v.title, 'item-6 标题');
    assert.equal(v.related, false);
    assert.deepEqual(v.snippet, [{ text: '评定“', mark: false }, { text: '四强”党支部', mark: true }, { text: '。', mark: false }]);
    assert.equal(v.note, '');
  });
  test('a hit with the words but not the phrase is related, its words marked', () => {
    const v = hitView(hit('kaiping/2026', 'item-7', '四强争创，支部建设', 0), context);
    assert.equal(v.related, true);
    assert.deepEqual(v.snippet.filter((p) => p.mark).map((p) => p.text), ['四强', '支部']);
  });
  test('a search by filters alone: no hl, no anchor for the whole edition', () => {
    const v = hitView(hit('kaiping/2026', '', '全文', 0), { base: '/', terms: [], words: [] });
    assert.equal(v.href, '/kaiping/2026/');
    assert.equal(v.related, false);
  });
  test('a part known only from the outline carries the editorial note', () => {
    assert.equal(hitView(hit('a/2026', 'item-13', '标题', 0, { outline: '1' }), context).note, '〔仅见于原文目录〕');
  });
});

describe('groupView', () => {
  test('heading, byline, badge, and the button’s words when hits wait', () => {
    const [group] = resultGroups([hit('kaiping/2026', 'a1', '', 0, { current: '1' }), hit('kaiping/2026', 'a2', '', 1), hit('kaiping/2026', 'a3', '', 2)], 1, false);
    assert.deepEqual(groupView(group!, '/'), {
      edition: 'kaiping/2026',
      href: '/kaiping/2026/',
      title: '2026年kaiping要点',
      byline: 'kaiping工委 · 2026年',
      current: true,
      badge: '现行',
      more: { text: '本版本另有 2 处', label: '2026年kaiping要点：另有 2 处，显示全部' },
    });
  });
  test('a past edition with every hit shown: 往年, no button', () => {
    const v = groupView(resultGroups([hit('a/2024', 'x', '', 0)], 10, false)[0]!, '/');
    assert.equal(v.badge, '往年');
    assert.equal(v.current, false);
    assert.equal(v.more, undefined);
  });
});

describe('the status line', () => {
  test('nothing found names the query as typed', () => {
    const s = searchSummary('<b>x</b>', 0, { terms: ['bx'], years: [], issuers: [] });
    assert.equal(summaryText(s), '没有找到与“<b>x</b>”相符的内容。');
  });
  test('editions found, and the filters the query’s words set', () => {
    const s = searchSummary('2025 东莞 作风', 1, { terms: ['作风'], years: ['2025'], issuers: ['东莞市直机关工委'] });
    assert.deepEqual(s, { query: '2025 东莞 作风', editions: 1, byWords: true, applied: ['2025年', '东莞市直机关工委'], older: false });
    assert.equal(summaryText(s), '在 1 个版本中找到相关内容（已按 2025年、东莞市直机关工委 筛选）。');
    assert.equal(summaryText(searchSummary('三会一课', 5, { terms: ['三会一课'], years: [], issuers: [] })), '在 5 个版本中找到相关内容。');
  });
  test('while a large archive’s older years are searched, the count so far says so', () => {
    assert.equal(summaryText(searchSummary('党', 1800, { terms: ['党'], years: [], issuers: [] }, true)), '在 1800 个版本中找到相关内容。正在检索更早的年份…');
    assert.equal(summaryText(searchSummary('党', 0, { terms: ['党'], years: [], issuers: [] }, true)), '没有找到与“党”相符的内容。正在检索更早的年份…');
  });
  test('a search by filters alone found 所选内容', () => {
    assert.equal(summaryText(searchSummary('', 3, { terms: [], years: [], issuers: [] })), '在 3 个版本中找到所选内容。');
    assert.equal(summaryText(searchSummary('2025', 2, { terms: [], years: ['2025'], issuers: [] })), '在 2 个版本中找到所选内容（已按 2025年 筛选）。');
  });
});
