/** Structure from the numbers themselves: which levels a text uses, where parts start, titles and joins. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InputError } from '../../../src/lib/errors.ts';
import { assemble } from '../../../src/lib/import/structure/assemble.ts';
import { chooseLevels } from '../../../src/lib/import/structure/levels.ts';
import { segment } from '../../../src/lib/import/structure/segment.ts';
import type { Block } from '../../../src/lib/import/types.ts';

const blocks = (...texts: (string | Partial<Block>)[]): Block[] =>
  texts.map((t, i) => ({ line: i + 1, endLine: i + 1, ...(typeof t === 'string' ? { text: t } : { text: '', ...t }) }));

describe('chooseLevels', () => {
  test('一、 sections with （一） items that start again in each section', () => {
    assert.deepEqual(chooseLevels(blocks('一、甲', '（一）子。文。', '（二）子。文。', '二、乙', '（一）子。文。')), { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' });
  });
  test('一、 sections with 1. items running on; sub-points below do not change the roles', () => {
    assert.deepEqual(chooseLevels(blocks('一、甲', '1.子。文。', '（1）细项；', '（2）细项。', '二、乙', '2.子。文。')), { section: 'chinese', item: 'arabic', itemNumbering: 'edition' });
  });
  test('1. points with an occasional （1） list: the points are the items, not sections', () => {
    assert.deepEqual(chooseLevels(blocks('1.学习。内容：', '（1）一；', '（2）二。', '2.组织。文。', '3.融合。文。')), { item: 'arabic', itemNumbering: 'edition' });
  });
  test('a single level, and none', () => {
    assert.deepEqual(chooseLevels(blocks('（一）学习。文。', '（二）组织。文。')), { item: 'paren-chinese', itemNumbering: 'edition' });
    assert.deepEqual(chooseLevels(blocks('只有一段文字，没有编号。')), { itemNumbering: 'edition' });
  });
  test('a flattened text: numbers after spaces, or (with no spaces at all) after 。 and run into headings', () => {
    assert.deepEqual(chooseLevels(blocks('总要求。 一、甲 1.子。文。 2.子。文。 二、乙 3.子。文。')), { section: 'chinese', item: 'arabic', itemNumbering: 'edition' });
    assert.deepEqual(chooseLevels(blocks('总要求。一、甲1.子。文。2.子。文。二、乙3.子。文。')), { section: 'chinese', item: 'arabic', itemNumbering: 'edition' });
  });
});

const levels = { section: 'chinese', item: 'arabic', itemNumbering: 'edition' } as const;
const cut = (bs: Block[], l: Parameters<typeof segment>[1] = levels) => segment(bs, l, 'x.txt');
const texts = (bs: Block[], l: Parameters<typeof segment>[1] = levels) => cut(bs, l).pieces.map((p) => `${p.role ?? '-'}:${p.text}`);

describe('segment', () => {
  test('a list inside a sentence is text; the next item after 。 is a part', () => {
    assert.deepEqual(texts(blocks('一、甲', '1.学习。内容包括：1.讲话；2.会议。2.组织。文。')), ['section:一、甲', 'item:1.学习。内容包括：1.讲话；2.会议。', 'item:2.组织。文。']);
  });
  test('a skip of a number or two at the start of a paragraph is kept and warned about; a bigger one after a space is text', () => {
    const r = cut(blocks('一、甲', '1.子。文。', '3.子。文。'));
    assert.deepEqual(r.skips, ['item-3']);
    assert.match(r.warnings[0]!, /^line 3: 条 \(item\) 3\. skips a number \(expected 2\); kept as issued$/);
    assert.deepEqual(texts(blocks('一、甲 1.子。文，共 9.子项 2.子。文。')), ['section:一、甲', 'item:1.子。文，共 9.子项', 'item:2.子。文。']);
  });
  test('after hidden words any later number may follow', () => {
    const r = cut(blocks('一、甲', '1.子。文', { text: '7.子。文。', gapBefore: true }));
    assert.deepEqual(r.pieces.map((p) => p.role), ['section', 'item', 'item']);
    assert.deepEqual(r.skips, ['item-7']);
    assert.match(r.warnings[0]!, /words are hidden just before it/);
  });
  test('a number that repeats or goes back at the start of a paragraph is an error naming the line', () => {
    assert.throws(() => cut(blocks('一、甲', '1.子。文。', '2.子。文。', '2.子。文。')), (e: unknown) => e instanceof InputError && e.line === 4 && /条 \(item\) number 2\. repeats: expected item 3/.test(e.reason));
    assert.throws(() => cut(blocks('一、甲', '二、乙', '一、丙')), (e: unknown) => e instanceof InputError && e.line === 3 && /goes back/.test(e.reason));
  });
  test('a heading run into the next number without punctuation', () => {
    assert.deepEqual(texts(blocks('一、加强政治建设（一）深化理论武装 坚持学习。'), { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' }), ['section:一、加强政治建设', 'item:（一）深化理论武装 坚持学习。']);
    assert.deepEqual(texts(blocks('一、坚持学习。全面贯彻落实党的二十大精神（一）深化。'), { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' }).length, 1, 'not after a sentence');
  });
  test('sub-points split only where a space stands before them, in order under their item', () => {
    const l = { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' } as const;
    assert.deepEqual(texts(blocks('一、甲 （一）乙 1.丙。文。 2.丁。文。 （二）戊 1.己。'), l), ['section:一、甲', 'item:（一）乙', 'point:1.丙。文。', 'point:2.丁。文。', 'item:（二）戊', 'point:1.己。']);
  });
});

describe('assemble', () => {
  const build = (bs: Block[], opts?: { rejoin?: boolean }) => assemble(cut(bs).pieces, levels, opts);
  test('titles: a heading line, a bold run, the first sentence, the words before a space, or none', () => {
    const r = build(blocks('一、甲', { text: '1.深化政治机关建设', heading: true }, '推动落实。', { text: '2.严明纪律推动执行。', bold: 6 }, '3.压实责任。落实到位。', '4.加强培训 组织专题培训。', `5.${'坚持以习近平新时代中国特色社会主义思想为指导，'.repeat(3)}全面落实。`));
    assert.deepEqual(r.sections[0]!.items.map((i) => [i.title.text, i.separate, i.paragraphs.map((p) => p.text)]), [
      ['深化政治机关建设', true, ['推动落实。']],
      ['严明纪律', false, ['推动执行。']],
      ['压实责任。', false, ['落实到位。']],
      ['加强培训', true, ['组织专题培训。']],
      ['', false, [`${'坚持以习近平新时代中国特色社会主义思想为指导，'.repeat(3)}全面落实。`]],
    ]);
  });
  test('a paragraph cut by a page break is rejoined, but not across hidden words, nor after a heading-like sub-point, nor when told not to', () => {
    const l = { section: 'chinese', item: 'paren-chinese', itemNumbering: 'section' } as const;
    const go = (bs: Block[], rejoin = true) => assemble(segment(bs, l, 'x.txt').pieces, l, { rejoin });
    const joined = go(blocks('一、甲', '（一）乙', '推动理想信念教育向', '基层延伸。'));
    assert.deepEqual(joined.sections[0]!.items[0]!.paragraphs.map((p) => p.text), ['推动理想信念教育向基层延伸。']);
    assert.equal(joined.changes[0]?.rule, 'page-break-join');
    assert.deepEqual(go(blocks('一、甲', '（一）乙', '推动落实', { text: '，全面推进。', gapBefore: true })).sections[0]!.items[0]!.paragraphs.map((p) => [p.text, Boolean(p.gapAfter)]), [['推动落实', true], ['，全面推进。', false]]);
    assert.deepEqual(go(blocks('一、甲', '（一）乙', '1.加强学习', '坚持每月集中学习。')).sections[0]!.items[0]!.paragraphs.map((p) => p.text), ['1.加强学习', '坚持每月集中学习。']);
    assert.equal(go(blocks('一、甲', '（一）乙', '推动理想信念教育向', '基层延伸。'), false).sections[0]!.items[0]!.paragraphs.length, 2);
  });
});
