import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { searchRoute } from '../../../src/lib/routes/search.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { THEME_RULES } from '../../../src/lib/search/theme.ts';
import type { Issuer } from '../../../src/schemas/issuer.ts';

const ISSUERS = new Map<string, Issuer>([
  ['alpha', { name: '中共甲市直属机关工作委员会', shortName: '甲市直机关工委', aliases: [] }],
  ['beta', { name: '乙市委政研室', aliases: [] }],
  ['gamma', { name: '丙县机关工委', aliases: [] }],
]);

/** A small edition of `issuer` for `year`; `extra` is a sentence only it has. */
function edition(issuer: string, year: number, extra = '') {
  const mdx = `---
issuer: ${issuer}
year: ${year}
title: ${year}年机关党建工作要点
itemLayout: run-in
---

总体要求：推进机关党建高质量发展。

## 一、强化政治建设

### 1. 深化模范机关建设。

推动政治机关意识教育。${extra}
`;
  return loadEdition(mdx, `content/editions/${issuer}/${year}.mdx`);
}

/** `count` editions: alpha's yearly back to 2026 - count + 3, beta's 2025 and 2026, gamma's 2024 (乡村振兴 only there). */
function catalog(count: number) {
  const alpha = Array.from({ length: count - 3 }, (_, i) => edition('alpha', 2026 - i));
  return buildCatalog([...alpha, edition('beta', 2026), edition('beta', 2025), edition('gamma', 2024, '助力乡村振兴。')], ISSUERS);
}

describe('searchRoute', () => {
  const data = searchRoute(catalog(20), '/');
  test('issuers by short name (else full name) in the catalog’s order; years newest first', () => {
    assert.deepEqual(data.issuers, ['甲市直机关工委', '乙市委政研室', '丙县机关工委']);
    assert.deepEqual(data.years, Array.from({ length: 17 }, (_, i) => String(2026 - i)));
  });
  test('themes: the rules’ themes, then 总体要求, 通知 and 其他', () => {
    assert.deepEqual(data.themes, [...THEME_RULES.map((r) => r.theme), '总体要求', '通知', '其他']);
  });
  test('the filter groups, in the URL’s order, named from the i18n module', () => {
    assert.deepEqual(data.groups.map((g) => [g.key, g.label]), [['issuer', '发文机关'], ['year', '年度'], ['theme', '主题']]);
    assert.deepEqual(data.groups.map((g) => g.values), [data.issuers, data.years, data.themes]);
  });
  test('the whole site’s counts, shown before a search: editions per issuer, year and theme, and current ones', () => {
    const [issuer, year, theme] = data.groups.map((g) => Object.fromEntries(g.values.map((v, i) => [v, g.editions[i]])));
    assert.deepEqual(issuer, { 甲市直机关工委: 17, 乙市委政研室: 2, 丙县机关工委: 1 });
    assert.deepEqual([year!['2026'], year!['2025'], year!['2024'], year!['2010']], [2, 2, 2, 1]);
    assert.deepEqual([theme!['政治建设'], theme!['总体要求'], theme!['通知'], theme!['作风纪律']], [20, 20, 0, 0]);
    assert.equal(data.currentEditions, 3);
  });
  test('the script’s common tokens: those in at least half the editions, joined by spaces', () => {
    const common = data.common.split(' ');
    assert.ok(common.includes('机关') && common.includes('政治') && common.includes('党'), data.common);
    assert.ok(!common.includes('乡村'), 'a word of one edition is not common');
  });
  test('too few editions to tell common tokens: none', () => {
    assert.equal(searchRoute(catalog(19), '/').common, '');
  });
  test('the page\'s head and heading; the base path with its closing slash, for the script', () => {
    assert.deepEqual([data.head.title, data.heading, data.base], ['搜索', '搜索', '/']);
    assert.equal(searchRoute(catalog(20), '/dangjian/yaodian').base, '/dangjian/yaodian/');
  });
  test('pure: the same catalog gives the same data', () => {
    assert.deepEqual(searchRoute(catalog(20), '/'), data);
  });
});
