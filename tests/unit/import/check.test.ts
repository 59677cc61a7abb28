/** The round-trip check must fail when an edition does not reproduce its source. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { canonical, checkEdition } from '../../../src/lib/import/check.ts';

const file = 'tests/fixtures/content/editions/shiwei-jiguan-gongwei/2026.mdx';
const mdx = readFileSync(file, 'utf8');
const raw = readFileSync('tests/fixtures/content/sources/shiwei-jiguan-gongwei/2026.txt');
const check = (text: string, bytes: Uint8Array = raw) => checkEdition(loadEdition(text, file), bytes);

describe('checkEdition', () => {
  test('passes on the committed edition', () => assert.deepEqual(check(mdx).problems, []));
  test('a changed word fails, showing where', () => {
    const r = check(mdx.replace('锻造忠诚干净担当的政治品格', '锻造忠诚干净担当的政治品质'));
    assert.equal(r.ok, false);
    assert.match(r.problems.join('\n'), /the words differ after \d+ characters:\n {4}source: …[^\n]*品格[^\n]*\n {4}edition: …[^\n]*品质/);
  });
  test('a dropped paragraph fails', () => {
    const r = check(mdx.replace(/\n本部分旨在将政治建设[^\n]+\n/, '\n'));
    assert.equal(r.ok, false);
  });
  test('a removal record that does not match the source fails', () => {
    const r = check(mdx.replace('text: 下一篇:返回列表', 'text: 上一篇:返回列表'));
    assert.match(r.problems.join('\n'), /line 33 .* is not the removed text "上一篇:返回列表"/);
  });
  test('hiding text as "removed" fails unless it is exactly that line', () => {
    const r = check(mdx.replace('- line: 33', '- line: 32'));
    assert.equal(r.ok, false);
  });
  test('a changed source fails on its hash', () => {
    const changed = new TextEncoder().encode(new TextDecoder().decode(raw).replace('品格', '品质'));
    assert.match(check(mdx, changed).problems.join('\n'), /has changed since it was imported/);
  });
  test('an outline-only part that is not in the outline fails', () => {
    const f = 'tests/fixtures/content/editions/shizhengfu-jiguan/2026.mdx';
    const e = loadEdition(readFileSync(f, 'utf8').replace('### 13.深化作风建设常态化', '### 13.深化作风建设常态长效'), f);
    assert.match(checkEdition(e, readFileSync('tests/fixtures/content/sources/shizhengfu-jiguan/2026.txt')).problems.join('\n'), /outline-only part "13.深化作风建设常态长效" is not a line/);
  });
  test('canonical text ignores width, quote direction and white space, not words', () => {
    assert.equal(canonical('是实现“十五五”规划，是'), canonical('是实现"十五五"规划,是'));
    assert.equal(canonical('机关 党建\n工作'), canonical('机关党建工作'));
    assert.notEqual(canonical('Word file'), canonical('Wordfile'));
  });
});
