import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endsClosed, fromChineseNumeral, toChineseNumeral } from '../../../src/lib/text/cjk.ts';
import { findMarkers, readNumbered } from '../../../src/lib/text/numbering.ts';
import { buildBlocks, detectLayout } from '../../../src/lib/import/normalise/blocks.ts';
import { toFullWidth } from '../../../src/lib/import/normalise/full-width.ts';
import { joinText } from '../../../src/lib/import/normalise/join-text.ts';
import { extractOutline } from '../../../src/lib/import/normalise/outline.ts';
import { extractSourceMetadata } from '../../../src/lib/import/normalise/source-metadata.ts';
import { removeDuplicateTitle, removeHiddenMarkers, removeSiteJunk } from '../../../src/lib/import/normalise/site-junk.ts';
import { splitLines } from '../../../src/lib/import/normalise/split-lines.ts';
import { removeStraySpaces } from '../../../src/lib/import/normalise/stray-space.ts';
import { stripMarkdown } from '../../../src/lib/import/normalise/strip-markdown.ts';
import { looksLikeTitle } from '../../../src/lib/import/normalise/title.ts';
import { splitRunInTitle } from '../../../src/lib/import/structure/assemble.ts';

const lines = (text: string) => splitLines(text);

describe('numbers and punctuation', () => {
  test('Chinese numerals both ways', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 23, 99].map(toChineseNumeral), ['一', '九', '十', '十一', '二十', '二十三', '九十九']);
    assert.equal(fromChineseNumeral('十二'), 12);
    assert.equal(fromChineseNumeral('甲'), undefined);
    assert.throws(() => toChineseNumeral(0), RangeError);
  });
  test('numbers of the four levels of GB/T 9704 §7.3.3', () => {
    const read = (t: string) => {
      const n = readNumbered(t);
      return n && [n.style, n.number, n.marker, n.spaced, n.title];
    };
    assert.deepEqual(read('二、深化理论武装'), ['chinese', 2, '二、', false, '深化理论武装']);
    assert.deepEqual(read('（十二）加强作风建设'), ['paren-chinese', 12, '（十二）', false, '加强作风建设']);
    assert.deepEqual(read('(三) 强化'), ['paren-chinese', 3, '(三)', true, '强化']);
    assert.deepEqual(read('14. 压紧压实'), ['arabic', 14, '14.', true, '压紧压实']);
    assert.deepEqual(read('3、强化'), ['arabic', 3, '3、', false, '强化']);
    assert.deepEqual(read('9．深化“红岩先锋”'), ['arabic', 9, '9．', false, '深化“红岩先锋”']);
    assert.deepEqual(read('（2）严格落实'), ['paren-arabic', 2, '（2）', false, '严格落实']);
    assert.deepEqual(read('一、2025年工作回顾'), ['chinese', 1, '一、', false, '2025年工作回顾'], 'a Chinese numeral may be followed by a year');
    assert.equal(read('二是深化理论武装'), undefined);
    assert.equal(read('5.5亿元投入'), undefined, 'a decimal is not an item');
    assert.equal(read('1-2个重点调研方向'), undefined);
    assert.equal(read('（2025）12号'), undefined);
  });
  test('numbers inside a text, and where each stands', () => {
    const found = findMarkers('总要求。 一、走好第一方阵 1.深化建设。2.加强，包括：1.学习；2.调研。第一、二季度第（三）项 3.5万 （1）做好');
    assert.deepEqual(found.map((m) => [m.marker, m.place]), [['一、', 'space'], ['1.', 'space'], ['2.', 'stop'], ['1.', 'list'], ['2.', 'stop'], ['（1）', 'space']]);
    assert.deepEqual(findMarkers('十一、加强').map((m) => m.number), [11], '十一、 is not read as 一、');
    assert.deepEqual(findMarkers('一、加强政治建设（一）深化').map((m) => [m.marker, m.place]), [['一、', 'start'], ['（一）', 'run']]);
  });
  test('closing punctuation looks through quotes', () => {
    assert.equal(endsClosed('认真贯彻落实。'), true);
    assert.equal(endsClosed('……落实。”'), true);
    assert.equal(endsClosed('开展“回头看”'), false);
    assert.equal(endsClosed('营造爱党爱国、昂扬奋'), false);
    assert.equal(endsClosed('实施党建“书记项目”，'), false);
  });
});

describe('normalisers', () => {
  test('splitLines: CRLF, CR, BOM', () => {
    assert.deepEqual(splitLines('\uFEFFa\r\nb\rc').map((l) => l.text), ['a', 'b', 'c']);
  });
  test('source metadata line is removed and read', () => {
    const r = extractSourceMetadata(lines('# source: https://x.invalid/a | issuer: 中央和国家机关工委（转载，无标题） | year: 2024 | completeness: partial (page)\n正文'));
    assert.equal(r.metadata?.issuer, '中央和国家机关工委');
    assert.equal(r.metadata?.year, 2024);
    assert.equal(r.metadata?.partial, true);
    assert.deepEqual(r.lines.map((l) => l.text), ['正文']);
    assert.equal(r.removed[0]?.rule, 'source-metadata');
    assert.equal(extractSourceMetadata(lines('# 标题\n正文')).metadata, undefined, 'an ordinary heading is not metadata');
  });
  test('Markdown headings at any level, hard breaks', () => {
    const r = stripMarkdown(lines('## 一、总体要求\n#### 四、深化\n现将…印发给你们，  \n# 2026年要点'));
    assert.deepEqual(r.lines.map((l) => [l.text, Boolean(l.heading)]), [['一、总体要求', true], ['四、深化', true], ['现将…印发给你们，', false], ['2026年要点', true]]);
    assert.equal(r.changes.length, 3);
  });
  test('site junk and 〔*〕 markers; a repeated title', () => {
    const junk = removeSiteJunk(lines('〔*〕标题\n正文。\n下一篇:返回列表\n上一篇：旧闻'));
    assert.deepEqual(junk.lines.map((l) => l.text), ['标题', '正文。']);
    assert.deepEqual(junk.removed.map((r) => [r.line, r.rule, r.text]), [[1, 'junk-marker', '〔*〕'], [3, 'site-junk', '下一篇:返回列表'], [4, 'site-junk', '上一篇：旧闻']]);
    const dup = removeDuplicateTitle(lines('2026年要点\n2026年要点\n正文。\n正文。'));
    assert.deepEqual(dup.lines.map((l) => l.text), ['2026年要点', '正文。', '正文。'], 'only the title line is de-duplicated');
  });
  test('full-width punctuation beside Chinese only', () => {
    assert.equal(toFullWidth('是实现"十五五"规划,是推进').text, '是实现“十五五”规划，是推进');
    assert.equal(toFullWidth('即:每年精读;党组(党委)建立').text, '即：每年精读；党组（党委）建立');
    assert.equal(toFullWidth('整治"庸懒散拖""机关病"').text, '整治“庸懒散拖”“机关病”');
    assert.equal(toFullWidth('方案(2024—2026年)为抓手').text, '方案（2024—2026年）为抓手');
    assert.equal(toFullWidth('确定1-2个方向,共1,000人,10:30开会').text, '确定1-2个方向，共1,000人，10:30开会');
    assert.equal(toFullWidth('see (a, b): ok').text, 'see (a, b): ok', 'Latin text is untouched');
    const odd = toFullWidth('他说"开始,结束');
    assert.equal(odd.text, '他说"开始，结束', 'an unpaired quote stays');
    assert.equal(odd.warnings.length, 1);
  });
  test('stray spaces between Chinese characters', () => {
    assert.deepEqual(removeStraySpaces('关于印发 《2025年市直机关党的建设要点》 的通知'), { text: '关于印发《2025年市直机关党的建设要点》的通知', count: 2, warnings: [] });
    assert.equal(removeStraySpaces('机关 党建').text, '机关党建');
    assert.equal(removeStraySpaces('Word 文件 and PDF').text, 'Word 文件 and PDF');
  });
  test('joining wrapped pieces', () => {
    assert.equal(joinText('昂扬奋', '进的浓厚氛围'), '昂扬奋进的浓厚氛围');
    assert.equal(joinText('hello', 'world'), 'hello world');
  });
  test('layout detection', () => {
    assert.equal(detectLayout(lines('标题\n\n第一段。\n\n第二段。\n\n第三段。')), 'blank-lines');
    assert.equal(detectLayout(lines('标题\n第一段很长很长。\n第二段。')), 'line-per-paragraph');
    const wrapped = Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? '短句结束。' : '二十五个字的一行文字被硬生生地折断在这里没有标点符号')).join('\n');
    assert.equal(detectLayout(lines(wrapped)), 'hard-wrapped');
  });
  test('hard-wrapped lines join after a full line until a part opens; a short line ends its paragraph', () => {
    const src = lines([
      '2026年政研室机关党的建设工作要点',
      '2026年是“十五五”实施的开局之年。机关党建',
      '工作将始终坚持以习近平新时代中国特色社会主',
      '义思想为指导。',
      '一、突出思想铸魂',
      '1.实施理论铸魂行动。坚持将学习习近平总书记',
      '重要讲话精神作为首学内容。',
      '（一）强化政治引领定向',
      '把坚定拥护“两个确立”、坚决做到“两个维护”',
      '作为最高政治原则。',
    ].join('\n'));
    const { blocks, changes } = buildBlocks(src, 'hard-wrapped');
    assert.deepEqual(blocks.map((b) => b.text), [
      '2026年政研室机关党的建设工作要点',
      '2026年是“十五五”实施的开局之年。机关党建工作将始终坚持以习近平新时代中国特色社会主义思想为指导。',
      '一、突出思想铸魂',
      '1.实施理论铸魂行动。坚持将学习习近平总书记重要讲话精神作为首学内容。',
      '（一）强化政治引领定向',
      '把坚定拥护“两个确立”、坚决做到“两个维护”作为最高政治原则。',
    ]);
    assert.equal(changes.length, 4);
  });
  test('a hidden-text gap starts a new block and is never joined across', () => {
    const { blocks } = buildBlocks([{ n: 1, text: '推动理论学习' }, { n: 1, text: '三、加强作风建设', gapBefore: true }], 'blank-lines');
    assert.deepEqual(blocks.map((b) => [b.text, Boolean(b.gapBefore)]), [['推动理论学习', false], ['三、加强作风建设', true]]);
  });
  test('hidden-text markers: the words on both sides kept, the gap marked, the marker reported', () => {
    const r = removeHiddenMarkers(lines('（二）推进落实。持续深化---此处隐藏1246字,下载后查看---，全面推进。\n……此处隐藏3129字……\n\n三、加强作风建设\n剩余5页未读，继续阅读'));
    assert.deepEqual(r.lines.map((l) => [l.n, l.text, Boolean(l.gapBefore)]), [[1, '（二）推进落实。持续深化', false], [1, '，全面推进。', true], [3, '', false], [4, '三、加强作风建设', true]]);
    assert.deepEqual(r.removed.map((x) => [x.line, x.rule, x.text]), [[1, 'hidden-marker', '---此处隐藏1246字,下载后查看---'], [2, 'hidden-marker', '……此处隐藏3129字……'], [5, 'hidden-marker', '剩余5页未读，继续阅读']]);
  });
  test('an outline before the title', () => {
    const { blocks } = buildBlocks(lines('一、聚焦政治铸魂\n1.强化政治引领定向\n2.压实政治责任闭环\n2026年市政府机关党建工作要点\n一、聚焦政治铸魂，筑牢根基\n正文。'), 'line-per-paragraph');
    const r = extractOutline(blocks);
    assert.deepEqual(r.outline.entries.map((e) => [e.style, e.number, e.title]), [['chinese', 1, '聚焦政治铸魂'], ['arabic', 1, '强化政治引领定向'], ['arabic', 2, '压实政治责任闭环']]);
    assert.equal(r.blocks[0]?.text, '2026年市政府机关党建工作要点');
    const none = extractOutline(buildBlocks(lines('一、强化政治建设\n1.深化政治机关建设。推动理想信念教育。'), 'line-per-paragraph').blocks);
    assert.equal(none.outline.entries.length, 0, 'a body that starts with a section is not an outline');
    const notAgain = extractOutline(buildBlocks(lines('一、聚焦政治\n（一）强化引领\n（二）压实责任\n坚持以习近平新时代中国特色社会主义思想为指导。'), 'line-per-paragraph').blocks);
    assert.equal(notAgain.outline.entries.length, 0, 'short numbered lines whose numbers never come again are the text');
  });
  test('an outline after a 【提纲】 line', () => {
    const { blocks } = buildBlocks(lines('2026年机关党建工作要点\n【提纲】\n一、强化政治建设\n（一）深化政治机关建设\n二、加强作风建设\n总体要求段落。'), 'line-per-paragraph');
    const r = extractOutline(blocks);
    assert.deepEqual(r.outline.entries.map((e) => e.marker), ['一、', '（一）', '二、']);
    assert.deepEqual(r.outline.lines.map((b) => b.text), ['【提纲】', '一、强化政治建设', '（一）深化政治机关建设', '二、加强作风建设']);
    assert.deepEqual(r.blocks.map((b) => b.text), ['2026年机关党建工作要点', '总体要求段落。']);
  });
  test('titles and run-in item titles', () => {
    assert.equal(looksLikeTitle('2025年中央和国家机关党的建设主要工作'), true);
    assert.equal(looksLikeTitle('2026年是“十五五”开局之年，也是…要点'), false);
    assert.deepEqual(splitRunInTitle('深化政治机关建设。推动理想信念。'), { title: '深化政治机关建设。', body: '推动理想信念。' });
    assert.equal(splitRunInTitle('以高质量机关党建促进高质量发展'), undefined, 'no sentence end: no run-in title');
    assert.equal(splitRunInTitle(`${'坚持以习近平新时代中国特色社会主义思想为指导，'.repeat(3)}全面落实。其后。`), undefined, 'a long first sentence is text, not a title');
  });
});
