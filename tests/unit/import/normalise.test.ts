import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endsClosed, fromChineseNumeral, toChineseNumeral } from '../../../src/lib/text/cjk.ts';
import { readItemNumber, readSectionLabel } from '../../../src/lib/text/numbering.ts';
import { buildBlocks, detectLayout } from '../../../src/lib/import/normalise/blocks.ts';
import { toFullWidth } from '../../../src/lib/import/normalise/full-width.ts';
import { joinText } from '../../../src/lib/import/normalise/join-text.ts';
import { extractOutline } from '../../../src/lib/import/normalise/outline.ts';
import { extractSourceMetadata } from '../../../src/lib/import/normalise/source-metadata.ts';
import { removeDuplicateTitle, removeSiteJunk } from '../../../src/lib/import/normalise/site-junk.ts';
import { splitLines } from '../../../src/lib/import/normalise/split-lines.ts';
import { removeStraySpaces } from '../../../src/lib/import/normalise/stray-space.ts';
import { stripMarkdown } from '../../../src/lib/import/normalise/strip-markdown.ts';
import { looksLikeTitle } from '../../../src/lib/import/normalise/title.ts';
import { unflatten } from '../../../src/lib/import/normalise/unflatten.ts';
import { splitRunInTitle } from '../../../src/lib/import/recognise.ts';

const lines = (text: string) => splitLines(text);

describe('numbers and punctuation', () => {
  test('Chinese numerals both ways', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 23, 99].map(toChineseNumeral), ['一', '九', '十', '十一', '二十', '二十三', '九十九']);
    assert.equal(fromChineseNumeral('十二'), 12);
    assert.equal(fromChineseNumeral('甲'), undefined);
    assert.throws(() => toChineseNumeral(0), RangeError);
  });
  test('section labels and item numbers', () => {
    assert.deepEqual(readSectionLabel('二、深化理论武装'), { number: 2, label: '二', title: '深化理论武装' });
    assert.equal(readSectionLabel('二是深化理论武装'), undefined);
    assert.deepEqual(readItemNumber('14. 压紧压实'), { number: 14, mark: '.', spaced: true, title: '压紧压实' });
    assert.deepEqual(readItemNumber('3、强化'), { number: 3, mark: '、', spaced: false, title: '强化' });
    assert.deepEqual(readItemNumber('9.深化“红岩先锋”')?.number, 9);
    assert.equal(readItemNumber('5.5亿元投入'), undefined, 'a decimal is not an item');
    assert.equal(readItemNumber('1-2个重点调研方向'), undefined);
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
  test('unflatten splits only at the next expected number', () => {
    const flat = `${'总体要求是坚持以习近平新时代中国特色社会主义思想为指导，'.repeat(8)}。 一、走好第一方阵 1.深化政治机关建设。提高政治能力 3 项。 2.推进政治监督。到2025年 1.5倍。`;
    const r = unflatten(lines(flat));
    assert.deepEqual(r.lines.map((l) => l.text.slice(0, 6)), ['总体要求是坚', '一、走好第一', '1.深化政治', '2.推进政治']);
    assert.equal(unflatten(lines('短行 一、不是')).lines.length, 1, 'short lines are left alone');
  });
  test('layout detection', () => {
    assert.equal(detectLayout(lines('标题\n\n第一段。\n\n第二段。\n\n第三段。')), 'blank-lines');
    assert.equal(detectLayout(lines('标题\n第一段很长很长。\n第二段。')), 'line-per-paragraph');
    const wrapped = Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? '短句结束。' : '二十五个字的一行文字被硬生生地折断在这里没有标点符号')).join('\n');
    assert.equal(detectLayout(lines(wrapped)), 'hard-wrapped');
  });
  test('hard-wrapped lines join until a part opens', () => {
    const src = lines('2026年政研室机关党的建设工作要点\n前言第一行文字被折断在\n这里结束。\n一、突出思想铸魂\n1.实施行动。坚持将学习\n作为首学内容。');
    const { blocks } = buildBlocks(src, 'hard-wrapped');
    assert.deepEqual(blocks.map((b) => b.text), ['2026年政研室机关党的建设工作要点', '前言第一行文字被折断在这里结束。', '一、突出思想铸魂', '1.实施行动。坚持将学习作为首学内容。']);
  });
  test('an outline before the title', () => {
    const { blocks } = buildBlocks(lines('一、聚焦政治铸魂\n1.强化政治引领定向\n2.压实政治责任闭环\n2026年市政府机关党建工作要点\n正文。'), 'line-per-paragraph');
    const r = extractOutline(blocks);
    assert.deepEqual(r.outline.map((e) => [e.kind, e.number, e.title]), [['section', 1, '聚焦政治铸魂'], ['item', 1, '强化政治引领定向'], ['item', 2, '压实政治责任闭环']]);
    assert.equal(r.blocks[0]?.text, '2026年市政府机关党建工作要点');
    const none = extractOutline(buildBlocks(lines('一、强化政治建设\n1.深化政治机关建设。推动理想信念教育。'), 'line-per-paragraph').blocks);
    assert.equal(none.outline.length, 0, 'a body that starts with a section is not an outline');
  });
  test('titles and run-in item titles', () => {
    assert.equal(looksLikeTitle('2025年中央和国家机关党的建设主要工作'), true);
    assert.equal(looksLikeTitle('2026年是“十五五”开局之年，也是…要点'), false);
    assert.deepEqual(splitRunInTitle('深化政治机关建设。推动理想信念。'), { title: '深化政治机关建设。', body: '推动理想信念。' });
    assert.deepEqual(splitRunInTitle('以高质量机关党建促进高质量发展'), { title: '以高质量机关党建促进高质量发展', body: '' });
  });
});
