/** The import command end to end on a scratch project: writes all or nothing, refuses bad input clearly. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const script = resolve('scripts/import.ts');
const fixtures = resolve('tests/fixtures/import');

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaodian-import-'));
  mkdirSync(join(dir, 'content/issuers'), { recursive: true });
  return dir;
}
function run(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function files(root: string): string[] {
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f)).sort();
}

describe('npm run import', () => {
  test('imports a file: source kept, issuer created, edition written, report printed; --check passes', () => {
    const root = scratch();
    const r = run(root, join(fixtures, 'markdown-headings/raw.txt'));
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(files(root), ['editions/kaiping-szjggw/2026.mdx', 'issuers/kaiping-szjggw.yaml', 'sources/kaiping-szjggw/2026.txt']);
    assert.match(r.out, /issuer {3}kaiping-szjggw \(中共开平市直属机关工作委员会\) — new issuer; from 落款 on line \d+/);
    assert.match(r.out, /normalised markdown-heading ×6, line-join ×1, stray-space ×1/);
    assert.deepEqual(readFileSync(join(root, 'content/sources/kaiping-szjggw/2026.txt')), readFileSync(join(fixtures, 'markdown-headings/raw.txt')));
    const check = run(root, '--check');
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /1 of 1 editions reproduce their sources/);
  });
  test('refuses to overwrite an edition without --force, and writes nothing', () => {
    const root = scratch();
    assert.equal(run(root, join(fixtures, 'markdown-headings/raw.txt')).code, 0);
    const before = readFileSync(join(root, 'content/editions/kaiping-szjggw/2026.mdx'), 'utf8');
    writeFileSync(join(root, 'content/editions/kaiping-szjggw/2026.mdx'), `${before}\n<!-- hand edit -->\n`);
    const again = run(root, join(fixtures, 'markdown-headings/raw.txt'));
    assert.equal(again.code, 1);
    assert.match(again.err, /exists already\n {2}fix: pass --force/);
    assert.match(readFileSync(join(root, 'content/editions/kaiping-szjggw/2026.mdx'), 'utf8'), /hand edit/);
    assert.equal(run(root, join(fixtures, 'markdown-headings/raw.txt'), '--force').code, 0);
  });
  for (const bad of ['error-empty', 'error-binary', 'error-no-year', 'error-duplicate-item', 'error-utf16', 'error-latin1']) {
    test(`${bad}: a clear error naming the file, and nothing written`, () => {
      const root = scratch();
      const r = run(root, join(fixtures, bad, 'raw.txt'));
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`${bad}/raw\\.txt(:\\d+)?: .+\\n {2}fix: `));
      assert.deepEqual(files(root), []);
    });
  }
  test('a GBK file is converted and recorded as such', () => {
    const root = scratch();
    const r = run(root, join(fixtures, 'gbk-encoded/raw.txt'), '--issuer-id', 'shiwei-zhengyanshi');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /source {3}gb18030/);
    assert.match(readFileSync(join(root, 'content/editions/shiwei-zhengyanshi/2026.mdx'), 'utf8'), /encoding: gb18030[\s\S]*第一议题/);
    assert.equal(run(root, '--check').code, 0);
  });
  test('--dry-run writes nothing; a missing file and a bad --year are errors', () => {
    const root = scratch();
    assert.equal(run(root, join(fixtures, 'hard-wrapped/raw.txt'), '--dry-run').code, 0);
    assert.deepEqual(files(root), []);
    assert.match(run(root, join(root, 'nope.txt')).err, /nope\.txt: no such file/);
    assert.match(run(root, join(fixtures, 'hard-wrapped/raw.txt'), '--year', 'abc').err, /--year must be a year/);
    assert.equal(run(root).code, 2);
  });
  test('--check fails on a hand edit that changes the words', () => {
    const root = scratch();
    cpSync('content', join(root, 'content'), { recursive: true });
    const f = join(root, 'content/editions/dongguan-szjggw/2025.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('有效率。', '有效益。'));
    const r = run(root, '--check');
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL content\/editions\/dongguan-szjggw\/2025\.mdx/);
    assert.match(r.out, /6 of 7 editions reproduce their sources/);
    assert.ok(existsSync(f));
  });
});
