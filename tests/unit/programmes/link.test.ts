import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkParagraphs, linkParts } from '../../../src/lib/programmes/link.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { editions, registry } from '../../support/fixture-content.ts';

const matcher = createMatcher(registry);
const links = (parts: { text: string; programme?: string }[]) => parts.filter((p) => p.programme).map((p) => [p.programme, p.text]);

describe('linkParts', () => {
  test('splits a paragraph into plain runs and links; the parts join back to the paragraph', () => {
    const text = '落实第一议题、“三会一课”、主题党日等制度。';
    const parts = linkParts(text, matcher.findMentions(text), new Set());
    assert.deepEqual(parts, [
      { text: '落实' },
      { text: '第一议题', programme: 'diyi-yiti' },
      { text: '、' },
      { text: '“三会一课”', programme: 'sanhui-yike' },
      { text: '、' },
      { text: '主题党日', programme: 'zhuti-dangri' },
      { text: '等制度。' },
    ]);
  });

  test('a programme is linked once per set: later mentions, and those already linked, stay plain', () => {
    const text = '评定命名第二批“四强”党支部，发挥“四强”党支部示范引领作用，开好组织生活会。';
    const linked = new Set(['zuzhi-shenghuohui']);
    const parts = linkParts(text, matcher.findMentions(text), linked);
    assert.deepEqual(links(parts), [['siqiang-dangzhibu', '“四强”党支部']]);
    assert.equal(parts.map((p) => p.text).join(''), text);
    assert.deepEqual([...linked].sort(), ['siqiang-dangzhibu', 'zuzhi-shenghuohui'], 'the set is updated');
  });

  test('no mentions, an empty text, overlapping or unsorted mentions', () => {
    assert.deepEqual(linkParts('加强党员教育。', [], new Set()), [{ text: '加强党员教育。' }]);
    assert.deepEqual(linkParts('', [], new Set()), [{ text: '' }]);
    const m = (programme: string, start: number, end: number) => ({ programme, alias: '', start, end, wording: 'abcdef'.slice(start, end) });
    assert.deepEqual(linkParts('abcdef', [m('y', 3, 5), m('x', 0, 4)], new Set()), [{ text: 'abcd', programme: 'x' }, { text: 'ef' }]);
  });
});

describe('linkParagraphs', () => {
  test('东莞 item 8: the seven mentions of “四强”党支部 give one link, in the first body paragraph', () => {
    const item = editions.find((e) => e.id === 'dongguan-szjggw/2025')!.items[7]!;
    assert.equal(item.number, 8);
    const paragraphs = item.paragraphs.map((p) => p.text);
    const parts = linkParagraphs(paragraphs, matcher);
    assert.deepEqual(parts.flatMap(links), [['siqiang-dangzhibu', '“四强”党支部']]);
    assert.deepEqual(parts.map((p) => p.map((x) => x.text).join('')), paragraphs);
  });
  test('the set spans the paragraphs of one item', () => {
    const parts = linkParagraphs(['开好民主生活会。', '民主生活会和组织生活会。'], matcher);
    assert.deepEqual(parts.map(links), [[['minzhu-shenghuohui', '民主生活会']], [['zuzhi-shenghuohui', '组织生活会']]]);
  });
});
