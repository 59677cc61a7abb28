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
  test('an item number that repeats is an error at its line', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 1. 乙。\n', 5, /item 1 repeats: expected item 2/));
  test('an item number that skips is an error at its line', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 3. 丙。\n', 5, /item 3 skips a number: expected item 2/));
  test('items out of order are an error', () => assertError('## 一、甲\n\n### 1. 甲。\n\n### 2. 乙。\n\n### 4. 丁。\n\n### 3. 丙。\n', 7, /item 4 skips/));
  test('a section number that skips is an error', () => assertError('## 一、甲\n\n## 三、丙\n', 3, /section 三 skips a number: expected section 2/));
  test('a section number that repeats is an error', () => assertError('## 一、甲\n\n## 二、乙\n\n## 二、乙\n', 5, /section 二 repeats/));
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
    ['script', '正文。\n\n<script>alert(1)</script>\n', 3, /the element <script> is not allowed (in an edition|inside edition text) \[rule: no-html\]/, /only components are <OutlineOnly \/> and <Truncated \/>/],
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
