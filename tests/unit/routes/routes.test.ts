/** Route data: what each kind of page shows, computed from the fixture catalog as the build does. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { alignEditions } from '../../../src/lib/changes/align.ts';
import { changeView } from '../../../src/lib/changes/change-view.ts';
import { yearChanges } from '../../../src/lib/changes/year-changes.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { editionLinks } from '../../../src/lib/programmes/edition-links.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { indexMentions } from '../../../src/lib/programmes/mentions.ts';
import { changesRoute } from '../../../src/lib/routes/changes.ts';
import { changesTableRoute } from '../../../src/lib/routes/changes-table.ts';
import { compareRoute } from '../../../src/lib/routes/compare.ts';
import { editionRoute } from '../../../src/lib/routes/edition.ts';
import { homeRoute } from '../../../src/lib/routes/home.ts';
import { issuerRoute } from '../../../src/lib/routes/issuer.ts';
import { programmeRoute, programmesRoute } from '../../../src/lib/routes/programmes.ts';
import { sourceRoute } from '../../../src/lib/routes/source.ts';
import { yearRoute } from '../../../src/lib/routes/year.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { edition, editions, issuers, registry } from '../../support/fixture-content.ts';

const catalog = buildCatalog(editions, issuers);
const matcher = createMatcher(registry);
const index = indexMentions(editions, matcher);
const programmes = { entries: registry, byId: new Map(registry.map((e) => [e.id, e])), index };
const BASE = '/dangjian/yaodian/';
const route = (id: string, base = BASE, pdf = true) => {
  const e = edition(id);
  const named = (index.byEdition.get(e.id) ?? []).map((p) => programmes.byId.get(p.programme)!);
  return editionRoute({ catalog, edition: e, links: editionLinks(e, matcher), named, base, pdf });
};

describe('home and issuer pages', () => {
  test('home: every issuer\'s current edition, years with counts, links under the base', () => {
    const home = homeRoute(catalog, BASE);
    assert.equal(home.current.length, catalog.shelves.length);
    assert.ok(home.current.every((c) => c.current && c.issuer && c.href.startsWith(BASE)));
    assert.deepEqual(home.years.map((y) => [y.label, y.href, y.count]), [['2026年', `${BASE}years/2026/`, '4 份'], ['2025年', `${BASE}years/2025/`, '2 份'], ['2024年', `${BASE}years/2024/`, '1 份']]);
  });
  test('issuer: breadcrumbs to home, editions newest first, the older one not current', () => {
    const page = issuerRoute(catalog, catalog.shelf('zhongyang-guojia-jiguan'), '/');
    assert.deepEqual(page.crumbs, [{ label: '首页', href: '/' }, { label: '中央和国家机关工委' }]);
    assert.deepEqual(page.editions.map((e) => [e.year, e.current, e.issuer]), [[2025, true, undefined], [2024, false, undefined]]);
    assert.equal(page.count, '共 2 个年度版本');
    assert.match(page.head.description, /2025、2024年。$/);
  });
});

describe('edition page', () => {
  test('a past edition says where the current one is; its title says 往年', () => {
    const page = route('zhongyang-guojia-jiguan/2024');
    assert.equal(page.head.title, '2024年中央和国家机关党的建设工作要点（往年）');
    assert.deepEqual(page.status.past, { text: '这是 2024 年的往年版本。现行版本：', href: `${BASE}zhongyang-guojia-jiguan/2025/`, label: '2025年中央和国家机关党的建设主要工作（2025）' });
    assert.deepEqual(page.versions.map((v) => [v.year, v.current, v.selected]), [[2025, true, false], [2024, false, true]]);
    assert.deepEqual(page.links.map((l) => l.label), ['2025 年版的变化', '比较任意两个版本', '查看源文件']);
  });
  test('a current edition with a notice: links, PDF, banner width, citations and anchors', () => {
    const page = route('kaiping-szjggw/2026');
    assert.equal(page.status.past, undefined);
    assert.equal(page.pdf?.href, `${BASE}kaiping-szjggw/2026.pdf`);
    assert.equal(route('kaiping-szjggw/2026', BASE, false).pdf, undefined, 'no PDF link when the build makes none');
    assert.equal(page.notice?.dateText, '2026年5月7日');
    assert.equal(page.bannerWidth, '16');
    const six = page.sections[1]!.items[0]!;
    assert.deepEqual([six.anchor, six.anchorText, six.anchorLabel, six.citation], ['item-6', '#6', '第6条的链接', '《2026年开平市直机关党建工作要点》第6条']);
    assert.ok(six.paragraphs[0]!.runs.some((r) => r.href === `${BASE}programmes/siqiang-dangzhibu/` && r.text === '“四强”党支部'), 'programme links carry their base path');
    assert.equal(six.paragraphs[0]!.runs.map((r) => r.text).join(''), edition('kaiping-szjggw/2026').items[5]!.paragraphs[0]!.text, 'the runs give the paragraph back');
  });
  test('an incomplete source says where it stops', () => {
    const page = route('shizhengfu-jiguan/2026');
    assert.deepEqual(page.status.incomplete, { detail: '本版所据来源文本在第11条中途中断，其后内容缺失。', jump: true });
    assert.ok(page.sections.at(-1)!.outlineOnly);
  });
  test('sections numbered （一） with items 1.: the table of contents and anchors follow the issued numbers', () => {
    const mdx = `---\nissuer: zhongyang-guojia-jiguan\nyear: 2023\ntitle: 2023年测试要点\nitemLayout: run-in\nitemNumbering: section\n---\n\n## 一、甲\n\n### （一）乙。\n\n1.丙。文。\n\n（1）丁。\n`;
    const e = loadEdition(mdx, 'content/editions/zhongyang-guojia-jiguan/2023.mdx');
    const cat = buildCatalog([...editions, e], issuers);
    const page = editionRoute({ catalog: cat, edition: e, links: editionLinks(e, matcher), named: [], base: '/', pdf: false });
    const item = page.sections[0]!.items[0]!;
    assert.deepEqual([item.anchor, item.anchorText, item.anchorLabel], ['item-1-1', '#（一）', '第一部分第（一）项的链接']);
    assert.deepEqual(item.paragraphs.map((p) => p.point), [{ anchor: 'item-1-1-1', depth: 1 }, { anchor: 'item-1-1-1-1', depth: 2 }]);
    assert.deepEqual(page.toc[0]!.items, [{ anchor: 'item-1-1', text: '（一）乙。', outlineOnly: false }]);
    // Print sets each level in its face (一、 黑体, （一） 楷体): parts and items carry their level.
    assert.deepEqual([page.sections[0]!.level, item.level], ['chinese', 'paren-chinese']);
  });
});

describe('year, changes, source and compare pages', () => {
  test('year: its editions, the year navigation, what appeared since the year before', () => {
    const programmesOf = (e: (typeof editions)[number]) => (index.byEdition.get(e.id) ?? []).map((p) => p.programme);
    const changes = yearChanges(2026, catalog.byYear.get(2026)!, 2025, catalog.byYear.get(2025)!, programmesOf);
    const page = yearRoute(catalog, 2026, changes, (id) => programmes.byId.get(id)!.data.name, '/');
    assert.deepEqual(page.years.map((y) => [y.year, y.selected]), [[2026, true], [2025, false], [2024, false]]);
    assert.equal(page.editions.length, 4);
    assert.equal(page.changes?.heading, '与 2025 年相比，全站的变化');
    const [appeared, , terms] = page.changes!.columns;
    assert.match(appeared!.heading, /^新出现的重点工作（\d+）$/);
    assert.ok(appeared!.terms.every((x) => x.href?.startsWith('/programmes/')));
    assert.ok(terms!.quoted && terms!.terms.every((x) => x.editions.length === x.count));
  });
  test('changes: breadcrumbs to the edition, the compare link, the view rendered', () => {
    const older = edition('zhongyang-guojia-jiguan/2024');
    const newer = edition('zhongyang-guojia-jiguan/2025');
    const view = changeView(alignEditions(older, newer), older, newer, { hrefOf: (e, a) => `/${e.id}/${a ? `#${a}` : ''}` });
    const page = changesRoute(catalog, older, newer, view, '/');
    assert.deepEqual(page.crumbs.map((c) => c.label), ['首页', '中央和国家机关工委', '2025', '变化']);
    assert.equal(page.compare.href, '/compare/?a=zhongyang-guojia-jiguan%2F2024&b=zhongyang-guojia-jiguan%2F2025');
    assert.match(page.html, /^<p class="banner incomplete" role="note">[^<]+<\/p><table class="change-summary">/);
    assert.deepEqual(page.table, { href: '/zhongyang-guojia-jiguan/2025/changes/table/', label: '打印对照表' });
  });
  test('新旧对照表: breadcrumbs through the change page, the PDF beside it under the base, the table rendered', () => {
    const older = edition('zhongyang-guojia-jiguan/2024');
    const newer = edition('zhongyang-guojia-jiguan/2025');
    const view = changeView(alignEditions(older, newer), older, newer, { hrefOf: (e, a) => `${BASE}${e.id}/${a ? `#${a}` : ''}` });
    const page = changesTableRoute(catalog, older, newer, view, BASE, true);
    assert.deepEqual(page.crumbs, [
      { label: '首页', href: BASE },
      { label: '中央和国家机关工委', href: `${BASE}zhongyang-guojia-jiguan/` },
      { label: '2025', href: `${BASE}zhongyang-guojia-jiguan/2025/` },
      { label: '变化', href: `${BASE}zhongyang-guojia-jiguan/2025/changes/` },
      { label: '新旧对照表' },
    ]);
    assert.equal(page.heading, '2025 年与 2024 年要点新旧对照表');
    assert.equal(page.head.title, '2025年中央和国家机关党的建设主要工作 · 新旧对照表');
    assert.deepEqual(page.pdf, { href: `${BASE}zhongyang-guojia-jiguan/2025/changes.pdf`, download: '2025年中央和国家机关党的建设主要工作新旧对照表.pdf', label: '下载PDF：《2025年中央和国家机关党的建设主要工作》新旧对照表（A4）' });
    assert.deepEqual(page.changes, { href: `${BASE}zhongyang-guojia-jiguan/2025/changes/`, label: '返回变化页面' });
    assert.match(page.html, /^<div class="comparison"><p class="comparison-title">2025年中央和国家机关党的建设主要工作新旧对照表<\/p>/);
    assert.equal(changesTableRoute(catalog, older, newer, view, BASE, false).pdf, undefined, 'no PDF link when the build makes none');
  });
  test('source and compare', () => {
    const src = sourceRoute(edition('dongguan-szjggw/2025'), '/x/');
    assert.equal(src.heading, '查看源文件：content/editions/dongguan-szjggw/2025.mdx');
    assert.equal(src.guide.href, '/x/guide/');
    const cmp = compareRoute(catalog, '/x');
    assert.equal(cmp.base, '/x/');
    assert.equal(cmp.editions.length, editions.length);
    assert.match(cmp.editions[0]!.label, /^2026 · /);
  });
});

describe('programme pages', () => {
  test('index: most widely named first, with links', () => {
    const page = programmesRoute(programmes, '/');
    assert.ok(page.rows.length > 0);
    for (let i = 1; i < page.rows.length; i++) assert.ok(page.rows[i - 1]!.editions >= page.rows[i]!.editions);
  });
  test('a programme: timeline cells, mentions with the words marked, related programmes, wordings', () => {
    const page = programmeRoute(catalog, programmes, programmes.byId.get('siqiang-dangzhibu')!, '/');
    assert.deepEqual(page.crumbs.map((c) => c.label), ['首页', '重点工作', '“四强”党支部']);
    const kaiping = page.timeline.rows.find((r) => r.issuer === '开平市直机关工委')!;
    const cell2026 = kaiping.cells[page.timeline.years.findIndex((y) => y.year === 2026)]!;
    assert.equal(cell2026.kind, 'hit');
    const cell2024 = kaiping.cells[page.timeline.years.findIndex((y) => y.year === 2024)]!;
    assert.equal(cell2024.kind, 'none', 'no edition of that issuer that year');
    const ref = page.mentions.flatMap((g) => g.refs).find((r) => r.where === '第6条')!;
    assert.equal(ref.pieces.length % 2, 1);
    assert.ok(ref.pieces.filter((_, i) => i % 2 === 1).every((w) => w.includes('四强')));
  });
});
