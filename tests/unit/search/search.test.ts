import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { normalise, normaliseWithMap } from '../../../src/lib/search/normalise.ts';
import { containsAll, countOccurrences, matchRanges, parseQuery, snippet } from '../../../src/lib/search/query.ts';
import { groupByEdition, rankHits, type Hit } from '../../../src/lib/search/rank.ts';
import { editionParts, editionRecord, editionThemes, foldSpace, fragmentMeta, indexRecord, packParts, unpackParts, type EditionMeta, type SearchPart } from '../../../src/lib/search/records.ts';
import { commonWords, sampleEvenly } from '../../../src/lib/search/common-words.ts';
import { editionHits, platformSegment, queryWords } from '../../../src/lib/search/hits.ts';
import { rewriteFragments } from '../../../src/lib/search/fragments.ts';
import { editionTokens, searchKey } from '../../../src/lib/search/keys.ts';
import { sectionTheme } from '../../../src/lib/search/theme.ts';
import { requireExtendedPagefind, writeSearchIndex } from '../../../src/lib/search/pagefind-index.ts';
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
  test('at equal matches, items before the preamble', () => {
    const pre = { ...hit('a', '两个确立', 0), meta: { edition: 'a', year: '2026', title: '', kind: 'preamble' } };
    const item = { ...hit('b', '两个确立', 1), meta: { edition: 'b', year: '2026', title: '', kind: 'item' } };
    assert.deepEqual(rankHits([pre, item], ['两个确立']).map((h) => h.meta.edition), ['b', 'a']);
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
  test('an edition is one record: its parts (items, sections, the preamble, the notice) in a table; issued words only', () => {
    const f = 'tests/fixtures/content/editions/kaiping-szjggw/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8'), f);
    const issuer = issuerSchema.parse(parse(readFileSync('tests/fixtures/content/issuers/kaiping-szjggw.yaml', 'utf8')));
    const record = editionRecord(e, issuer, true, (anchor) => (anchor === 'item-6' ? ['“四强”党支部'] : []));
    assert.equal(record.url, 'kaiping-szjggw/2026/');
    assert.deepEqual(record.filters.issuer, ['开平市直机关工委']);
    assert.deepEqual(record.filters.status, ['现行']);
    assert.ok(record.filters.theme.includes('组织建设'));
    const parts = unpackParts(record.content, record.meta)!;
    assert.equal(parts.filter((p) => p.kind === 'item').length, 18);
    assert.equal(parts.filter((p) => p.kind === 'section').length, 4);
    assert.deepEqual(parts.filter((p) => !['item', 'section'].includes(p.kind)).map((p) => p.anchor), ['notice', 'preamble']);
    const six = parts.find((p) => p.anchor === 'item-6')!;
    assert.match(six.text, /^6\.全面提升基层党组织建设质量。评定命名第二批市直机关“四强”党支部/);
    assert.equal(six.title, '第6条 全面提升基层党组织建设质量。');
    assert.equal(six.theme, '组织建设');
    assert.deepEqual(six.programmes, ['“四强”党支部']);
    assert.ok(record.content.includes(`${six.text} “四强”党支部 `), 'programme names indexed after the part’s words');
    assert.ok(!/目录|现行|往年版本|复制引用/.test(record.content), 'no site chrome in the index');
  });
  test('an edition’s themes, without making its parts, are its parts’ themes', () => {
    for (const f of readdirSync('tests/fixtures/content/editions', { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.mdx'))) {
      const e = loadEdition(readFileSync(`tests/fixtures/content/editions/${f}`, 'utf8'), f);
      assert.deepEqual(editionThemes(e).sort(), [...new Set(editionParts(e).map((p) => p.theme))].sort(), f);
    }
  });
  test('outline-only items are indexed by their title and marked', () => {
    const f = 'tests/fixtures/content/editions/shizhengfu-jiguan/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8'), f);
    const r13 = editionParts(e).find((p) => p.anchor === 'item-13')!;
    assert.equal(r13.outline, true);
    assert.equal(r13.text, '13.深化作风建设常态化');
  });
  test('the parts table survives the round trip, and a content it was not made for is refused', () => {
    const parts: SearchPart[] = [
      { anchor: 'preamble', kind: 'preamble', number: '', title: '总体要求', theme: '总体要求', outline: false, programmes: [], text: '题目 正文' },
      { anchor: 'item-1', kind: 'item', number: '1', title: '第1条 甲', theme: '政治建设', outline: false, programmes: ['第一议题', '“第一议题”制度'], text: '1.甲。' },
      { anchor: 'item-2', kind: 'item', number: '2', title: '第2条 乙', theme: '政治建设', outline: true, programmes: [], text: '2.乙' },
    ];
    const { content, table } = packParts(parts);
    assert.equal(content, '题目 正文 1.甲。 第一议题 “第一议题”制度 2.乙');
    assert.deepEqual(unpackParts(content, { parts: table, length: String(content.length) }), parts);
    assert.equal(unpackParts(`${content}x`, { parts: table, length: String(content.length) }), undefined);
    assert.equal(unpackParts(content, { parts: '{', length: String(content.length) }), undefined);
  });
  test('white space is folded to single spaces', () => {
    assert.equal(foldSpace(' 一\n\n二\u3000三\t四\u200b五\u00a0 六 '), '一 二 三 四五 六');
  });
});

describe('hits inside an edition', () => {
  const segment = platformSegment();
  const parts: SearchPart[] = [
    { anchor: 'preamble', kind: 'preamble', number: '', title: '总体要求', theme: '总体要求', outline: false, programmes: [], text: '坚持以党建引领机关建设。' },
    { anchor: 'item-1', kind: 'item', number: '1', title: '第1条 建强支部', theme: '组织建设', outline: false, programmes: ['“四强”党支部'], text: '1.建强支部。创建“四强”党支部。' },
    { anchor: 'item-2', kind: 'item', number: '2', title: '第2条 规范支部', theme: '组织建设', outline: false, programmes: [], text: '2.规范支部。党支部要做到四强。' },
    { anchor: 'item-3', kind: 'item', number: '3', title: '第3条 作风', theme: '作风纪律', outline: false, programmes: [], text: '3.作风。落实中央八项规定精神。' },
  ];
  const { content, table } = packParts(parts);
  const meta = { title: '2026年要点', edition: 'x/2026', path: 'x/2026/', issuer: '某机关工委', year: '2026', current: '1', parts: table, length: String(content.length), text: content };
  const find = (q: string, themes: string[] = []) => {
    const terms = parseQuery(q, known).terms;
    return editionHits(meta, { terms, words: queryWords(terms, segment), themes, rank: 0 }).map((h) => h.meta.anchor);
  };
  test('phrase hits, and parts with all the words as related hits', () => {
    // ICU's cut decides the words; each is a piece of the phrase, two characters or more.
    for (const w of queryWords(['四强党支部'], segment)) assert.ok(w.length >= 2 && '四强党支部'.includes(w), w);
    assert.deepEqual(queryWords(['的'], segment), ['的']);
    assert.equal(find('“四强”党支部')[0], 'item-1');
    assert.deepEqual(find('规范 四强'), ['item-2']);
    assert.deepEqual(find('规范支部四强'), ['item-2'], 'a phrase not in the text: the part with all its words');
    assert.deepEqual(find('中央八项规定精神'), ['item-3']);
  });
  test('common tokens: in at least half of the editions, counted once per edition; none from a tiny corpus', () => {
    const editions = Array.from({ length: 40 }, (_, i) => `机关 机关 党建 ${i % 2 ? '作风' : '理论'} ${i < 10 ? '模范' : ''}`.split(' ').filter(Boolean));
    assert.deepEqual(commonWords(editions), ['党建', '机关', '作风', '理论']);
    assert.deepEqual(commonWords(editions, { max: 2 }), ['党建', '机关']);
    assert.deepEqual(commonWords(editions.slice(0, 5)), []);
    assert.deepEqual(sampleEvenly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4), [1, 3, 6, 8]);
    assert.deepEqual(sampleEvenly([1, 2], 4), [1, 2]);
  });
  test('the theme filter keeps the parts of its sections', () => {
    assert.deepEqual(find('支部', ['作风纪律']), []);
    assert.deepEqual(find('支部', ['组织建设']), ['item-1', 'item-2']);
  });
  test('words spread over parts: the part with most of them stands for the edition', () => {
    assert.deepEqual(find('党建 八项规定精神'), ['item-3']);
  });
  test('no phrase (filters alone): every part', () => {
    assert.equal(find('').length, 4);
  });
  test('hits carry what the page shows', () => {
    const terms = ['四强党支部'];
    const [h] = editionHits(meta, { terms, words: queryWords(terms, segment), themes: [], rank: 2 });
    assert.equal(h!.url, 'x/2026/#item-1');
    assert.deepEqual({ ...h!.meta }, { title: '第1条 建强支部', edition: 'x/2026', editionTitle: '2026年要点', path: 'x/2026/', anchor: 'item-1', issuer: '某机关工委', year: '2026', current: '1', kind: 'item', number: '1', outline: '', programmes: '“四强”党支部' });
    assert.ok(h!.order > 20_000);
  });
  test('a record whose table does not fit its content is shown as the whole edition', () => {
    const hits = editionHits({ ...meta, text: `${content}！` }, { terms: ['作风'], words: ['作风'], themes: [], rank: 0 });
    assert.deepEqual(hits.map((h) => [h.meta.anchor, h.url]), [['', 'x/2026/#']]);
  });
});

describe('Pagefind binary', () => {
  test('the extended build is installed and chosen', () => {
    assert.match(requireExtendedPagefind(), /pagefind_extended(\.exe)?$/);
  });
  test('Pagefind indexes meta values as words; the index is given only keys, and every key is kept whole', async () => {
    const f = 'tests/fixtures/content/editions/shiwei-zhengyanshi/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8'), f);
    const record = editionRecord(e, { name: '市委政研室', aliases: [] }, false, () => ['“四强”党支部']);
    const indexed = indexRecord(record, platformSegment());
    assert.deepEqual(indexed.meta, {});
    assert.equal(indexed.content.split(' ')[0], searchKey([...editionTokens(record.content, platformSegment()).keys()][0]!));
    const out = mkdtempSync(join(tmpdir(), 'yaodian-pf-'));
    try {
      const chunks = () => readdirSync(join(out, 'index')).map((c) => gunzipSync(readFileSync(join(out, 'index', c))).toString('latin1')).join('');
      // A word given only as meta ends up in the index chunks: what Pagefind is given as meta is searchable.
      await writeSearchIndex([{ ...indexed, meta: { marker: 'zqxjmetamarker' } as never }], out, '/');
      assert.ok(chunks().includes('zqxjmetamarker'));
      rmSync(out, { recursive: true, force: true });
      await writeSearchIndex([indexed], out, '/');
      assert.ok(!chunks().includes('zqxjmetamarker'));
      const [file] = readdirSync(join(out, 'fragment'));
      const read = () => JSON.parse(gunzipSync(readFileSync(join(out, 'fragment', file!))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: EditionMeta };
      // Pagefind marks its cuts with zero-width spaces: a key it cut again would not be found by its query.
      const stored = read().content;
      assert.deepEqual(stored.split(' ').filter((w) => /.\u200b./u.test(w)), [], 'every key indexed whole');
      assert.equal(stored.replace(/\u200b/g, ''), indexed.content);
      // Then the fragment gets the page's meta and loses the keys.
      assert.deepEqual(rewriteFragments(out, (url) => (url === `/${record.url}` ? fragmentMeta(record) : undefined)), [{ id: file!.replace(/\.pf_fragment$/, ''), url: `/${record.url}` }]);
      const fragment = read();
      assert.equal(fragment.content, '');
      assert.equal(fragment.meta.text, record.content);
      assert.equal(unpackParts(fragment.meta.text, fragment.meta)!.length, editionParts(e).length);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
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
