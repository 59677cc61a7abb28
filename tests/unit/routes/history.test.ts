/** The history page, the issuer overview and the edition pages' history links, over the known five-year history. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from '../../../bench/change-pairs.ts';
import { alignEditions } from '../../../src/lib/changes/align.ts';
import { issuerHistory } from '../../../src/lib/changes/lineage.ts';
import { historyRoute, issuerOverview, itemHistoryLinks, type HistoryRowView } from '../../../src/lib/routes/history.ts';
import { editionRoute } from '../../../src/lib/routes/edition.ts';
import { renderHistoryGroups } from '../../../src/lib/routes/render-history.ts';
import { issuerRoute } from '../../../src/lib/routes/issuer.ts';
import { editionLinks } from '../../../src/lib/programmes/edition-links.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { issuers, registry } from '../../support/fixture-content.ts';
import { DROPPED, knownHistory, SPLIT_TITLE } from '../changes/support.ts';

const BASE = '/dangjian/yaodian/';
const ID = 'dongguan-szjggw';
const editions = [...knownHistory()].map(([y, mdx]) => load(mdx, `${ID}/${y}`));
const catalog = buildCatalog(editions, issuers);
const shelf = catalog.shelf(ID);
const sets = editions.slice(1).map((e, k) => alignEditions(editions[k]!, e));
const history = issuerHistory(editions, sets);
const page = historyRoute(shelf, history, BASE);
const all = page.groups.flatMap((g) => g.lineages);
const byTitle = (title: string) => all.find((l) => l.rows.some((r) => r.kind === 'present' && r.nodes.some((n) => n.title === title)))!;
const rowText = (r: HistoryRowView) => (r.kind === 'present' ? `${r.year} ${r.nodes.map((n) => `${n.label}${n.kindText}${n.note ? `（${n.note}）` : ''}${n.diff ? ' [差异]' : ''}`).join(' + ')}` : `${r.years} ${r.text}`);

describe('history page', () => {
  test('head, breadcrumbs and the two groups: items of the newest edition, then those no longer in it', () => {
    assert.equal(page.heading, '中共东莞市直属机关工作委员会党建工作要点条目沿革');
    assert.deepEqual(page.crumbs.map((c) => c.label), ['首页', '东莞市直机关工委', '条目沿革']);
    assert.equal(page.crumbs[1]!.href, `${BASE}${ID}/`);
    assert.deepEqual(page.groups.map((g) => g.heading), ['2024年要点中的条目']);
    assert.equal(page.groups[0]!.lineages.length, history.lineages.length, 'every lineage of this history reaches 2024');
    assert.match(page.head.description, /2020—2024年.*共 \d+ 条线索/);
  });

  test('a lineage dropped and re-added: its rows, its gap in the status line, a link to the change page of the year it went', () => {
    const l = byTitle(DROPPED);
    assert.deepEqual(l.rows.map(rowText), ['2020 6.本库最早版本', '2021 7.未变（序号变化）', '2022 删除', '2023 未列入', '2024 7.恢复（由2021年第7条）']);
    assert.equal(l.status, '2020年起列入，现行要点仍有；其间2022—2023年未列入');
    const dropped = l.rows[2]!;
    assert.ok(dropped.kind === 'absent' && dropped.changesHref === `${BASE}${ID}/2022/changes/`);
    assert.equal(l.id, '2020-item-6');
  });

  test('a split: both parts in their year, each saying where it came from, with a diff', () => {
    const l = byTitle(SPLIT_TITLE);
    const year = l.rows.find((r) => r.kind === 'present' && r.year === 2021)!;
    assert.equal(rowText(year), '2021 1.拆分（由2020年第1条） [差异] + 2.拆分（由2020年第1条） [差异]');
    assert.equal(l.status, '2020年起列入，现行要点仍有；含拆分或合并');
    assert.ok(year.kind === 'present' && year.nodes[1]!.diff!.key === '2020:1>2021:2');
    assert.equal(year.kind === 'present' && year.nodes[0]!.href, `${BASE}${ID}/2021/#item-1`);
  });

  test('a merge: the diff compares both earlier items with the one', () => {
    const l = byTitle('深入推进机关党建法规制度建设。');
    const merged = l.rows.find((r) => r.kind === 'present' && r.year === 2022);
    assert.ok(merged?.kind === 'present');
    assert.equal(merged.nodes.length, 1);
    assert.match(rowText(merged), /^2022 17\.合并（由2021年第18条、2021年第19条） \[差异\]$/);
    assert.equal(merged.nodes[0]!.diff!.key, '2021:18,2021:19>2022:17');
  });

  test('reworded items have a diff; unchanged ones none; kinds link to their year\'s change page, the first year to none', () => {
    const l = byTitle('健全理论学习长效机制。');
    assert.deepEqual(l.rows.map(rowText), ['2020 4.本库最早版本', '2021 5.修改（序号变化） [差异]', '2022 5.未变', '2023 5.未变', '2024 5.未变']);
    const [first, second] = l.rows;
    assert.ok(first?.kind === 'present' && first.nodes[0]!.changesHref === undefined);
    assert.ok(second?.kind === 'present' && second.nodes[0]!.changesHref === `${BASE}${ID}/2021/changes/`);
  });
});

describe('history page HTML', () => {
  const html = renderHistoryGroups(page.groups, page.columns, '差异');
  const section = (id: string) => html.slice(html.indexOf(`<section class="lineage" id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));

  test('a section per lineage, anchored by its id and labelled by its heading, in the page\'s order', () => {
    const ids = [...html.matchAll(/<section class="lineage" id="([^"]+)" aria-labelledby="\1-h"><h3 id="\1-h">/g)].map((m) => m[1]);
    assert.deepEqual(ids, all.map((l) => l.id));
    assert.equal((html.match(/<section class="history-group"><h2>2024年要点中的条目<\/h2>/g) ?? []).length, 1);
    assert.equal((html.match(/<thead>/g) ?? []).length, all.length, 'each table has its column heads');
  });

  test('a dropped year links to its change page; a split year spans its two rows; diff buttons start hidden', () => {
    const dropped = section(byTitle(DROPPED).id);
    assert.match(dropped, new RegExp(`<tr class="absent dropped"><th scope="row">2022</th><td colspan="3"><a href="${BASE}${ID}/2022/changes/">删除</a></td></tr><tr class="absent absent"><th scope="row">2023</th><td colspan="3">未列入</td></tr>`));
    const split = section(byTitle(SPLIT_TITLE).id);
    assert.match(split, new RegExp(`<th scope="row" rowspan="2"><a href="${BASE}${ID}/2021/">2021</a></th>`));
    assert.match(split, /<button type="button" class="show-diff" data-diff="2020:1&gt;2021:2" aria-label="[^"]+" aria-expanded="false" hidden>差异<\/button>/);
  });

  test('every text is escaped', () => {
    const lineage = { ...all[0]!, heading: '<b>“四强”&</b>', rows: [] };
    const out = renderHistoryGroups([{ heading: 'a<b', lineages: [lineage] }], page.columns, '差异');
    assert.match(out, /<h2>a&lt;b<\/h2>/);
    assert.match(out, /&lt;b&gt;“四强”&amp;&lt;\/b&gt;<\/h3>/);
    assert.ok(!out.includes('<b>'));
  });
});

describe('issuer overview', () => {
  const overview = issuerOverview(shelf, history, sets, BASE);

  test('one row per edition, newest first, the counts of its change page; the earliest says so', () => {
    assert.deepEqual(overview.columns, ['年份', '条目', '新增', '删除', '修改', '调整位置', '拆分', '合并', '未变', '变化页']);
    assert.deepEqual(overview.rows.map((r) => [r.year, r.items, r.counts?.join(' ') ?? '–', r.readded]), [
      [2024, 20, '1 0 0 0 0 0 19', 1],
      [2023, 19, '1 0 0 0 0 0 18', 0],
      [2022, 18, '0 1 0 0 0 1 17', 0],
      [2021, 20, '0 0 1 1 1 0 16', 0],
      [2020, 19, '–', 0],
    ]);
    assert.equal(overview.rows[0]!.changes!.href, `${BASE}${ID}/2024/changes/`);
    assert.equal(overview.history.href, `${BASE}${ID}/history/`);
  });

  test('the issuer page carries it', () => {
    assert.equal(issuerRoute(catalog, shelf, BASE, overview).overview, overview);
    assert.equal(issuerRoute(catalog, shelf, BASE).overview, undefined);
  });
});

describe('edition pages: each item links to its lineage', () => {
  const matcher = createMatcher(registry);
  const editionPage = (year: number) => {
    const e = editions.find((x) => x.year === year)!;
    return editionRoute({ catalog, edition: e, links: editionLinks(e, matcher), named: [], base: BASE, pdf: false, history: itemHistoryLinks(history, e, BASE) });
  };
  const items = (year: number) => editionPage(year).sections.flatMap((s) => s.items);

  test('every item has a link to its lineage\'s anchor on the history page', () => {
    for (const year of [2020, 2023]) {
      for (const item of items(year)) {
        assert.ok(item.history, `${year} ${item.label}`);
        assert.match(item.history.href, new RegExp(`^${BASE}${ID}/history/#20\\d\\d-item-\\d+$`));
        assert.equal(item.history.text, '历年沿革');
      }
    }
    assert.equal(items(2023).find((i) => i.title === DROPPED), undefined);
    const back = items(2024).find((i) => i.title === DROPPED)!;
    assert.equal(back.history!.href, `${BASE}${ID}/history/#2020-item-6`);
  });

  test('new this year and back from an earlier year are said; carried-over items say nothing more', () => {
    const notes = (year: number) => items(year).filter((i) => i.history?.note).map((i) => `${i.label}${i.history!.note}`);
    assert.deepEqual(notes(2020), []);
    assert.deepEqual(notes(2021), []);
    assert.deepEqual(notes(2023), ['10.本年新增']);
    assert.deepEqual(notes(2024), ['7.恢复2021年曾有的条目']);
  });

  test('the page links to the history page; an issuer with one edition has no history', () => {
    assert.ok(editionPage(2024).links.some((l) => l.label === '条目沿革' && l.href === `${BASE}${ID}/history/`));
    const e = editions[0]!;
    const alone = editionRoute({ catalog, edition: e, links: editionLinks(e, matcher), named: [], base: BASE, pdf: false });
    assert.ok(!alone.links.some((l) => l.label === '条目沿革'));
    assert.ok(alone.sections.every((s) => s.items.every((i) => i.history === undefined)));
  });
});
