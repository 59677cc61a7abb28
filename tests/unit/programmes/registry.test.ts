import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InputError } from '../../../src/lib/errors.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { indexMentions } from '../../../src/lib/programmes/mentions.ts';
import { programmeId, readProgrammeFile, validateRegistry, type ProgrammeSource } from '../../../src/lib/programmes/registry.ts';
import { normalise } from '../../../src/lib/search/normalise.ts';
import { editions, registry } from '../../support/fixture-content.ts';

const source = (id: string, data: Record<string, unknown>, description = '一句话。'): ProgrammeSource => ({ id, file: `content/programmes/${id}.md`, data, description });
const siqiang = source('siqiang-dangzhibu', { name: '“四强”党支部', aliases: ['红岩先锋·四强支部'], category: '组织建设' });

/** Asserts an InputError naming `file`, whose message matches `pattern` and says how to fix it. */
function assertError(sources: ProgrammeSource[], file: string, pattern: RegExp) {
  assert.throws(
    () => validateRegistry(sources),
    (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.file, file);
      assert.match(error.message, pattern);
      assert.match(error.message, new RegExp(`^${file.replace(/\./g, '\\.')}: .+\\n {2}fix: .+`));
      return true;
    },
  );
}

describe('validateRegistry', () => {
  test('a bad field names the file and the field', () => {
    assertError([source('sanhui-yike', { name: '“三会一课”', aliases: '三会一课', category: '组织建设' })], 'content/programmes/sanhui-yike.md', /field "aliases"/);
    assertError([source('sanhui-yike', { name: '“三会一课”', category: '组织建设', first: 2024 })], 'content/programmes/sanhui-yike.md', /first/);
    assertError([source('sanhui-yike', { name: '“三会一课”', aliases: [] })], 'content/programmes/sanhui-yike.md', /field "category"/);
  });
  test('a duplicate id names the second file and the first', () => {
    const again = { ...source('siqiang-dangzhibu', { name: '四强支部', category: '组织建设' }), file: 'other/siqiang-dangzhibu.md' };
    assertError([siqiang, again], 'other/siqiang-dangzhibu.md', /id "siqiang-dangzhibu" is also the id of content\/programmes\/siqiang-dangzhibu\.md/);
  });
  test('an alias claimed by two programmes (after normalisation) names both files', () => {
    const other = source('sizhibu', { name: '示范党支部', aliases: ['"四强"党支部'], category: '组织建设' });
    assertError([siqiang, other], 'content/programmes/sizhibu.md', /"四强"党支部.*四强党支部.*also claimed by content\/programmes\/siqiang-dangzhibu\.md/);
    const byAlias = source('hongyan', { name: '「红岩先锋·四强支部」', category: '组织建设' });
    assertError([byAlias, siqiang], 'content/programmes/siqiang-dangzhibu.md', /claimed by content\/programmes\/hongyan\.md/);
  });
  test('the same spelling twice within one programme is allowed', () => {
    const [entry] = validateRegistry([source('siqiang-dangzhibu', { name: '“四强”党支部', aliases: ['四强党支部'], category: '组织建设' })]);
    assert.deepEqual(entry!.data.aliases, ['四强党支部']);
  });
  test('an id that is not ASCII kebab-case, a name of marks only, an empty description', () => {
    assertError([source('四强', { name: '“四强”党支部', category: '组织建设' })], 'content/programmes/四强.md', /not ASCII kebab-case/);
    assertError([source('sifeng', { name: '“四风”', aliases: ['“”·'], category: '作风建设' })], 'content/programmes/sifeng.md', /fewer than two characters/);
    assertError([source('sifeng', { name: '“四风”', category: '作风建设' }, '  \n')], 'content/programmes/sifeng.md', /no description/);
  });
  test('readProgrammeFile takes the id from the file name and reports YAML errors with a line', () => {
    const s = readProgrammeFile('---\nname: 主题党日\ncategory: 组织建设\n---\n党支部的主题活动。\n', 'content/programmes/zhuti-dangri.md');
    assert.equal(s.id, 'zhuti-dangri');
    assert.equal(s.description, '党支部的主题活动。\n');
    assert.equal(programmeId('C:\\x\\content\\programmes\\a-b.md'), 'a-b');
    assert.throws(() => readProgrammeFile('---\nname: [a\n---\n', 'content/programmes/x.md'), /content\/programmes\/x\.md:2: the frontmatter is not valid YAML/);
    assert.throws(() => readProgrammeFile('name: x\n', 'content/programmes/x.md'), /content\/programmes\/x\.md:1: the file has no frontmatter/);
  });
});

describe('the real registry', () => {
  test('has at least 30 programmes, each described, all valid and sorted by id', () => {
    assert.ok(registry.length >= 30, `${registry.length} programmes`);
    assert.deepEqual(registry.map((e) => e.id), [...registry.map((e) => e.id)].sort());
    for (const e of registry) assert.ok(e.description.length >= 8 && /。$/.test(e.description), `${e.file}: description`);
  });

  const index = indexMentions(editions, createMatcher(registry));
  test('every programme occurs in the corpus', () => {
    for (const e of registry) assert.ok(index.byProgramme.get(e.id)!.length > 0, `${e.file}: no mention in content/editions`);
  });
  test('every alias is a spelling found in the texts, and differs from the name', () => {
    for (const e of registry) {
      const found = new Set(index.byProgramme.get(e.id)!.flatMap((r) => r.wordings.map(normalise)));
      for (const alias of e.data.aliases) {
        assert.notEqual(normalise(alias), normalise(e.data.name), `${e.file}: alias "${alias}" is the name`);
        assert.ok(found.has(normalise(alias)), `${e.file}: alias "${alias}" is not found as written in any edition`);
      }
    }
  });
});

describe('safe descriptions', () => {
  const entry = (description: string) => ({ id: 'ceshi', file: 'content/programmes/ceshi.md', data: { name: '测试工作', aliases: [], category: '组织建设' }, description });
  for (const [form, body, rule] of [
    ['script', '说明。\n\n<script>alert(1)</script>\n', 'no-html'],
    ['expression', '说明{1+1}。\n', 'no-expression'],
    ['import', 'import X from "./x.js"\n\n说明。\n', 'no-code'],
    ['javascript: link', '见[此](javascript:alert(1))。\n', 'no-links'],
    ['iframe', '<iframe src="x" />\n', 'no-html'],
  ] as const) {
    test(`a description with ${form} is refused, naming the file and rule`, () => {
      assert.throws(() => validateRegistry([entry(body)]), (e: unknown) => e instanceof InputError && e.file === 'content/programmes/ceshi.md' && e.message.includes(`[rule: ${rule}]`));
    });
  }
  test('plain text passes', () => assert.equal(validateRegistry([entry('以政治功能强为标准建设的党支部。')]).length, 1));
});
