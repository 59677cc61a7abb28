import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { editionPlainText, editionText } from '../../../src/lib/edition/plain-text.ts';
import { InputError } from '../../../src/lib/errors.ts';

const FRONT = `---
issuer: test-issuer
year: 2026
title: 2026年测试机关党建工作要点
itemLayout: run-in
source:
  file: content/sources/test-issuer/2026.txt
  sha256: '${'0'.repeat(64)}'
  complete: true
  layout: blank-lines
---
`;
const FRONT_LINES = FRONT.split('\n').length - 1;
const load = (body: string) => loadEdition(FRONT + body, 'content/editions/test-issuer/2026.mdx');

/** Asserts an InputError naming the file and the given line of the whole file. */
function assertError(body: string, bodyLine: number, pattern: RegExp) {
  assert.throws(
    () => load(body),
    (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.file, 'content/editions/test-issuer/2026.mdx');
      assert.equal(error.line, FRONT_LINES + bodyLine, `line in ${error.message}`);
      assert.match(error.message, pattern);
      assert.match(error.message, /^content\/editions\/test-issuer\/2026\.mdx:\d+: .+\n {2}fix: /);
      return true;
    },
  );
}

const GOOD = `总体要求。

## 一、强化政治建设

本部分引言。

### 1. 深化政治机关建设。

推动理想信念教育。

第二段。

## 二、深化理论武装

### 2.健全学习机制。

坚持学习。

### 3.推动学用转化。

开展活动，完

<Truncated />

## 三、夯实基层基础

<OutlineOnly />

### 4.推进支部标准化

<OutlineOnly />
`;

describe('parseEdition', () => {
  test('reads preamble, sections with intros, items, outline-only and truncation', () => {
    const e = load(GOOD);
    assert.equal(e.id, 'test-issuer/2026');
    assert.deepEqual(e.preamble.map((p) => p.text), ['总体要求。']);
    assert.deepEqual(e.sections.map((s) => [s.number, s.label, s.anchor, s.outlineOnly]), [[1, '一', 'part-1', false], [2, '二', 'part-2', false], [3, '三', 'part-3', true]]);
    assert.deepEqual(e.sections[0]!.intro.map((p) => p.text), ['本部分引言。']);
    assert.deepEqual(e.items.map((i) => [i.number, i.label, i.title, i.anchor, i.section]), [
      [1, '1.', '深化政治机关建设。', 'item-1', 1],
      [2, '2.', '健全学习机制。', 'item-2', 2],
      [3, '3.', '推动学用转化。', 'item-3', 2],
      [4, '4.', '推进支部标准化', 'item-4', 3],
    ]);
    assert.deepEqual(e.items[0]!.paragraphs.map((p) => [p.text, p.line]), [['推动理想信念教育。', FRONT_LINES + 9], ['第二段。', FRONT_LINES + 11]]);
    assert.equal(e.items[2]!.truncated, true);
    assert.equal(e.items[3]!.outlineOnly, true);
    assert.deepEqual(e.truncatedAt, { section: 2, item: 3 });
  });
  test('plain text follows the issued layout', () => {
    const e = load(GOOD);
    const { main, outlineOnly } = editionText(e);
    assert.ok(main.includes('1. 深化政治机关建设。推动理想信念教育。'.replace(' ', '')), 'run-in title joins its first paragraph');
    assert.deepEqual(outlineOnly, ['三、夯实基层基础', '4.推进支部标准化']);
    assert.match(editionPlainText(e), /^2026年测试机关党建工作要点\n\n总体要求。/);
  });
  test('an item number that repeats is an error at its line', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 1. 乙。\n', 5, /item 1\. repeats: expected item 2/));
  test('an item number that skips is an error at its line', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 3. 丙。\n', 5, /item 3\. skips a number: expected item 2/));
  test('items out of order are an error', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 2. 乙。\n\n### 4. 丁。\n\n### 3. 丙。\n', 7, /item 4\. skips/));
  test('a section number that skips is an error', () => assertError('## 一、甲\n\n## 三、丙\n', 3, /section 三、 skips a number: expected section 2/));
  test('a section number that repeats is an error', () => assertError('## 一、甲\n\n## 二、乙\n\n## 二、乙\n', 5, /section 二、 repeats/));
  test('a heading without a number is an error', () => assertError('## 总体要求\n', 1, /must start with its number/));
  test('other heading levels are errors', () => assertError('#### 1. 甲\n', 1, /level 4/));
  test('a list is refused', () => assertError('1. 甲\n2. 乙\n', 1, /a list .*\[rule: structure\]/));
  test('inline Markdown is refused inside text', () => assertError('这是**强调**文字。\n', 1, /Markdown strong is not allowed inside edition text \[rule: plain-text\]/));
  // Safe content: each forbidden form is a build error naming the file, line and rule, saying what to write instead.
  for (const [form, body, line, pattern, instead] of [
    ['import', 'import X from "./x.js"\n\n正文。\n', 1, /import\/export is not allowed in an edition \[rule: no-code\]/, /remove the import\/export line/],
    ['export', '正文。\n\nexport const x = 1\n', 3, /\[rule: no-code\]/, /editions run no code/],
    ['expression', '正文。\n\n{1 + 1}\n', 3, /a JavaScript expression \{…\} is not allowed in an edition \[rule: no-expression\]/, /write a literal brace as \\\{/],
    ['inline expression', '正文{alert(1)}。\n', 1, /\[rule: no-expression\]/, /literal brace/],
    ['comment', '正文。\n\n{/* 注释 */}\n', 3, /\[rule: no-expression\]/, /no comments/],
    ['script', '正文。\n\n<script>alert(1)</script>\n', 3, /the element <script> is not allowed (in an edition|inside edition text) \[rule: no-html\]/, /only components are <OutlineOnly \/>, <Gap \/> and <Truncated \/>/],
    ['iframe', '<iframe src="https://example.invalid/" />\n', 1, /the element <iframe> .*\[rule: no-html\]/, /plain text/],
    ['style', '<style>{`body{display:none}`}</style>\n', 1, /the element <style> .*\[rule: no-html\]/, /plain text/],
    ['event handler', '正文<span onClick={() => 1}>点</span>。\n', 1, /the element <span> with an event handler \(onClick\) .*\[rule: no-html\]/, /plain text/],
    ['event handler on an allowed component', '## 一、甲\n\n### 1. 甲。\n\n文\n\n<Truncated onClick={() => 1} />\n', 7, /an event handler \(onClick\) on <Truncated> .*\[rule: no-attributes\]/, /with no attributes/],
    ['attribute on an allowed component', '## 一、甲\n\n<OutlineOnly class="x" />\n', 3, /\[rule: (no-attributes|no-html)\]/, /./],
    ['javascript: link', '点[这里](javascript:alert(1))。\n', 1, /a javascript: link is not allowed inside edition text \[rule: no-links\]/, /javascript: links are never allowed/],
    ['link', '见[网站](https://example.invalid/)。\n', 1, /a link is not allowed inside edition text \[rule: no-links\]/, /without a link/],
  ] as const) {
    test(`forbidden: ${form}`, () => {
      assertError(body, line, pattern);
      assert.throws(() => load(body), (e: unknown) => e instanceof InputError && instead.test(e.hint));
    });
  }
  test('text after <Truncated /> is refused', () => assertError('## 一、甲\n\n### 1. 甲。\n\n完\n\n<Truncated />\n\n又一段。\n', 9, /text follows the <Truncated \/> marker/));
  test('invalid MDX names its line', () => assertError('正文。\n\n未闭合 {\n', 3, /not valid MDX/));
  test('escaped characters read back as text', () => {
    assert.equal(load('一 \\{ 二 \\< 三 \\* 四。\n').preamble[0]!.text, '一 { 二 < 三 * 四。');
  });
  test('frontmatter errors name the field', () => {
    assert.throws(() => loadEdition(FRONT.replace('year: 2026', 'year: 二〇二六'), 'x.mdx'), /frontmatter field "year"/);
    assert.throws(() => loadEdition('no frontmatter', 'x.mdx'), /no frontmatter/);
  });
});

/** An edition with the given frontmatter lines added (itemNumbering, numberingSkips …). */
const loadWith = (extra: string, body: string) => loadEdition(FRONT.replace('itemLayout: run-in\n', `itemLayout: run-in\n${extra}`) + body, 'content/editions/test-issuer/2026.mdx');

describe('the four levels of GB/T 9704 §7.3.3', () => {
  const FOUR = `## 一、加强政治建设

### （一）坚决做到“两个维护”

1.健全落实机制。完善督查问责机制，重点做好以下工作：

（1）建立落实台账；

（2）开展专项督查。

2.严肃党内政治生活。认真开好民主生活会。

### （二）加强政治能力建设

1.开展专题培训。组织党员领导干部参加培训。

## 二、加强作风建设

### （一）持续纠治“四风”

深化整治形式主义为基层减负。
`;
  test('sections 一、, items （一） numbered afresh in each section, sub-points 1. and （1） with anchors', () => {
    const e = loadWith('itemNumbering: section\n', FOUR);
    assert.deepEqual(e.levels, ['chinese', 'paren-chinese', 'arabic', 'paren-arabic']);
    assert.deepEqual(e.items.map((i) => [i.number, i.issued, i.label, i.anchor, i.cite, i.title]), [
      [1, 1, '（一）', 'item-1-1', '第一部分第（一）项', '坚决做到“两个维护”'],
      [2, 2, '（二）', 'item-1-2', '第一部分第（二）项', '加强政治能力建设'],
      [3, 1, '（一）', 'item-2-1', '第二部分第（一）项', '持续纠治“四风”'],
    ]);
    assert.deepEqual(e.items[0]!.paragraphs.map((p) => p.point && [p.point.marker, p.point.depth, p.point.anchor]), [
      ['1.', 1, 'item-1-1-1'],
      ['（1）', 2, 'item-1-1-1-1'],
      ['（2）', 2, 'item-1-1-1-2'],
      ['2.', 1, 'item-1-1-2'],
    ]);
    assert.equal(e.items[1]!.paragraphs[0]!.point?.anchor, 'item-1-2-1', 'sub-points start again under each item');
    assert.equal(e.items[2]!.paragraphs[0]!.point, undefined, 'a paragraph without a number is no point');
  });
  test('items numbered afresh without itemNumbering: section are an error that says what to set', () =>
    assertError(FOUR, 19, /item （一） is out of order: expected item 3 here[\s\S]*set itemNumbering: section/));
  test('sections （一） with items 1. running on; items （一） alone; items 一、 alone', () => {
    const a = load('## （一）突出政治引领\n\n### 1.深入学习。\n\n文。\n\n## （二）夯实组织基础\n\n### 2.规范设置。\n\n文。\n');
    assert.deepEqual([a.levels, a.sections.map((s) => [s.marker, s.anchor]), a.items.map((i) => [i.anchor, i.cite])], [['paren-chinese', 'arabic'], [['（一）', 'part-1'], ['（二）', 'part-2']], [['item-1', '第1条'], ['item-2', '第2条']]]);
    const b = load('### （一）加强学习。\n\n文。\n\n### （二）严格组织生活。\n\n文。\n');
    assert.deepEqual([b.levels, b.sections.map((s) => s.number), b.items.map((i) => [i.anchor, i.cite])], [['paren-chinese'], [0], [['item-1', '第（一）项'], ['item-2', '第（二）项']]]);
    const c = load('### 一、加强政治建设。\n\n文。\n\n### 二、加强思想建设。\n\n文。\n');
    assert.deepEqual(c.items.map((i) => [i.label, i.cite]), [['一、', '第一条'], ['二、', '第二条']]);
  });
  test('an item issued without a title', () => {
    const e = load('### 1.\n\n坚持把学习贯彻作为首要政治任务。\n\n### 2.\n\n认真落实“三会一课”制度。\n');
    assert.deepEqual(e.items.map((i) => [i.label, i.title, i.paragraphs.length]), [['1.', '', 1], ['2.', '', 1]]);
    assert.deepEqual(editionText(e).main.slice(1), ['1.坚持把学习贯彻作为首要政治任务。', '2.认真落实“三会一课”制度。']);
  });
  test('sections must stand above items', () => {
    assertError('### （一）甲。\n\n文。\n\n## 1.乙\n', 5, /section 1\. is numbered at the level of the items or below it/);
    assertError('## 1.甲\n\n### 一、乙。\n', 3, /an item heading must start with its number/);
  });
  test('a skip listed in numberingSkips is kept as issued; one not listed is an error naming the anchor to list', () => {
    const e = loadWith('numberingSkips:\n  - item-3\n  - item-1-2\n', '## 一、甲\n\n### 1.甲。\n\n（1）一项；\n\n（2）二项。\n\n### 3.丙。\n\n文。\n');
    assert.deepEqual(e.items.map((i) => i.label), ['1.', '3.']);
    assert.deepEqual(e.items[0]!.paragraphs.map((p) => p.point?.anchor), ['item-1-1', 'item-1-2']);
    assertError('## 一、甲\n\n### 1.甲。\n\n### 3.丙。\n', 5, /item 3\. skips a number: expected item 2 here\n {2}fix: .*add item-3 to numberingSkips/);
  });
  test('a sub-point number out of sequence is text, not a point', () => {
    const e = load('### 1.甲。\n\n（2）不是第一项。\n\n（1）第一项。\n');
    assert.deepEqual(e.items[0]!.paragraphs.map((p) => p.point?.marker), [undefined, '（1）']);
  });
  test('<Gap /> marks where the source hid words; it must follow a paragraph', () => {
    const e = load('## 一、甲\n\n### 1.甲。\n\n推动落实\n\n<Gap />\n\n，全面推进。\n');
    assert.equal(e.gaps, 1);
    assert.deepEqual(e.items[0]!.paragraphs.map((p) => [p.text, Boolean(p.gapAfter)]), [['推动落实', true], ['，全面推进。', false]]);
    assertError('## 一、甲\n\n<Gap />\n', 3, /<Gap \/> must follow a paragraph of text/);
  });
});
