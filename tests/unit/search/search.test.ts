import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { normalise, normaliseWithMap } from '../../../src/lib/search/normalise.ts';
import { containsAll, countOccurrences, matchRanges, parseQuery, snippet } from '../../../src/lib/search/query.ts';
import { groupByEdition, rankHits, type Hit } from '../../../src/lib/search/rank.ts';
import { editionRecords } from '../../../src/lib/search/records.ts';
import { sectionTheme } from '../../../src/lib/search/theme.ts';
import { requireExtendedPagefind } from '../../../src/lib/search/pagefind-index.ts';
import { issuerSchema } from '../../../src/schemas/issuer.ts';

const known = { years: ['2024', '2025', '2026'], issuers: ['东莞市直机关工委', '开平市直机关工委', '市委政研室'] };

describe('normalise', () => {
  test('quotes, widths, case and punctuation fold away', () => {
    for (const q of ['“四强”党支部', '"四强"党支部', '＂四强＂党支部', '「四强」党支部', '四强党支部']) assert.equal(normalise(q), '四强党支部');
    assert.equal(normalise('７·２９'), normalise('7·29'));
    assert.equal(normalise('ＡＢＣ abc'), 'abcabc');
  });
  test('keeps the way back to the original positions', () => {
    const n = normaliseWithMap('“四强”党');
    assert.equal(n.text, '四强党');
    assert.deepEqual(n.map, [1, 2, 4]);
  });
});

describe('parseQuery', () => {
  test('spaces and clause punctuation separate phrases; quotes join', () => {
    assert.deepEqual(parseQuery('意识形态 责任制', known).terms, ['意识形态', '责任制']);
    assert.deepEqual(parseQuery('意识形态，责任制', known).terms, ['意识形态', '责任制']);
    assert.deepEqual(parseQuery('  “四强”党支部  ', known).terms, ['四强党支部']);
    assert.deepEqual(parseQuery('四强　党支部', known).terms, ['四强', '党支部'], 'an ideographic space separates too');
  });
  test('a known year and an issuer word become filters', () => {
    assert.deepEqual(parseQuery('2025 东莞 作风', known), { terms: ['作风'], years: ['2025'], issuers: ['东莞市直机关工委'] });
    assert.deepEqual(parseQuery('2025年 政研室', known), { terms: [], years: ['2025'], issuers: ['市委政研室'] });
    assert.deepEqual(parseQuery('1999 作风', known).terms, ['1999', '作风'], 'a year the site does not have stays text');
    assert.deepEqual(parseQuery('市直 作风', known).issuers.length, 2, 'a word common to issuers filters to all of them');
  });
  test('markup is only text', () => {
    assert.deepEqual(parseQuery('<img src=x onerror=alert(1)>', known).terms, ['img', 'srcx', 'onerroralert1']);
  });
});

describe('matching and snippets', () => {
  const text = '评定命名第二批市直机关“四强”党支部，发挥“四强”党支部示范引领作用。';
  test('containsAll and countOccurrences work on normalised text', () => {
    assert.equal(containsAll(text, ['四强党支部', '示范']), true);
    assert.equal(containsAll(text, ['四强党支部', '双报到']), false);
    assert.equal(countOccurrences(text, ['四强党支部']), 2);
  });
  test('ranges cover the original characters, punctuation inside included', () => {
    const ranges = matchRanges(text, ['四强党支部']);
    assert.deepEqual(ranges.map(([s, e]) => text.slice(s, e)), ['四强”党支部', '四强”党支部']);
    assert.deepEqual(matchRanges('abc', []), []);
  });
  test('snippets are parts, marked where the terms are', () => {
    const parts = snippet(text, ['示范'], 20);
    assert.ok(parts.some((p) => p.mark && p.text === '示范'));
    assert.ok(parts.map((p) => p.text).join('').length <= 22);
    assert.equal(snippet('短文本', ['无'], 20).map((p) => p.text).join(''), '短文本');
  });
});

describe('ranking', () => {
  const hit = (edition: string, text: string, order: number, year = '2026', title = ''): Hit => ({ url: `${edition}#x`, meta: { edition, year, title }, text, order });
  test('hits with every phrase first, then by occurrences, then Pagefind order', () => {
    const hits = [hit('a', '四强', 0), hit('b', '四强党支部', 1), hit('c', '四强党支部 四强党支部', 2)];
    assert.deepEqual(rankHits(hits, ['四强党支部']).map((h) => h.meta.edition), ['c', 'b', 'a']);
  });
  test('by year puts newer editions first', () => {
    const hits = [hit('old', '作风', 0, '2024'), hit('new', '作风', 1, '2026')];
    assert.deepEqual(rankHits(hits, ['作风'], true).map((h) => h.meta.edition), ['new', 'old']);
  });
  test('groups keep the ranked order', () => {
    const groups = groupByEdition([hit('a', '', 0), hit('b', '', 1), hit('a', '', 2)]);
    assert.deepEqual(groups.map((g) => [g.edition, g.hits.length]), [['a', 2], ['b', 1]]);
  });
});

describe('records and themes', () => {
  test('section themes', () => {
    assert.equal(sectionTheme('四、带头正风肃纪反腐，推动机关强作风提效率塑形象'), '作风纪律');
    assert.equal(sectionTheme('三、带头夯实基层基础，不断增强基层党组织政治功能和组织功能'), '组织建设');
    assert.equal(sectionTheme('二、深化理论武装，凝聚思想共识力量'), '理论武装');
    assert.equal(sectionTheme('一、走好践行“两个维护”第一方阵'), '政治建设');
    assert.equal(sectionTheme('五、着力推动党建与业务深度融合，聚力服务高质量发展'), '党建业务融合');
    assert.equal(sectionTheme('六、从严压实主体责任，凝聚机关党建工作新合力'), '主体责任');
    assert.equal(sectionTheme('七、其他事项'), '其他');
  });
  test('an edition gives one record per item, section, the preamble and the notice; issued words only', () => {
    const f = 'content/editions/kaiping-szjggw/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8'), f);
    const issuer = issuerSchema.parse(parse(readFileSync('content/issuers/kaiping-szjggw.yaml', 'utf8')));
    const records = editionRecords(e, issuer, true);
    assert.equal(records.filter((r) => r.meta.kind === 'item').length, 18);
    assert.equal(records.filter((r) => r.meta.kind === 'section').length, 4);
    assert.deepEqual(records.filter((r) => !['item', 'section'].includes(r.meta.kind)).map((r) => r.url), ['kaiping-szjggw/2026/#notice', 'kaiping-szjggw/2026/#preamble']);
    const six = records.find((r) => r.url === 'kaiping-szjggw/2026/#item-6')!;
    assert.match(six.content, /^6\.全面提升基层党组织建设质量。评定命名第二批市直机关“四强”党支部/);
    assert.deepEqual(six.filters, { issuer: ['开平市直机关工委'], year: ['2026'], status: ['现行'], theme: ['组织建设'] });
    assert.equal(six.meta.title, '第6条 全面提升基层党组织建设质量。');
    assert.ok(records.every((r) => !/目录|现行|往年版本|复制引用/.test(r.content)), 'no site chrome in the index');
  });
  test('outline-only items are indexed by their title and marked', () => {
    const f = 'content/editions/shizhengfu-jiguan/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8'), f);
    const records = editionRecords(e, { name: '市政府机关', aliases: [] }, true);
    const r13 = records.find((r) => r.meta.anchor === 'item-13')!;
    assert.equal(r13.meta.outline, '1');
    assert.equal(r13.content, '13.深化作风建设常态化');
  });
});

describe('Pagefind binary', () => {
  test('the extended build is installed and chosen', () => {
    assert.match(requireExtendedPagefind(), /pagefind_extended(\.exe)?$/);
  });
  test('a plain-binary override is refused with a message', () => {
    process.env.PAGEFIND_BINARY_PATH = '/usr/local/bin/pagefind';
    try {
      assert.throws(() => requireExtendedPagefind(), /PAGEFIND_BINARY_PATH is set .* extended build that segments Chinese/);
    } finally {
      delete process.env.PAGEFIND_BINARY_PATH;
    }
  });
});

describe('record text', () => {
  test('the programme names indexed after the words are stripped for display', async () => {
    const { recordText } = await import('../../../src/lib/search/records.ts');
    assert.equal(recordText('深化“红岩先锋·四强支部”建设。\n“四强”党支部 红岩先锋·四强支部', { programmes: '“四强”党支部|红岩先锋·四强支部' }), '深化“红岩先锋·四强支部”建设。');
    assert.equal(recordText('深化建设。 “四强”党支部', { programmes: '“四强”党支部' }), '深化建设。', 'newlines collapsed by the index');
    assert.equal(recordText('正文。', { programmes: '' }), '正文。');
  });
});
