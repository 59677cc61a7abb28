/** The import command end to end on a scratch project: writes all or nothing, refuses bad input clearly. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
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
    cpSync('tests/fixtures/content', join(root, 'content'), { recursive: true });
    const f = join(root, 'content/editions/dongguan-szjggw/2025.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace('有效率。', '有效益。'));
    const r = run(root, '--check');
    assert.equal(r.code, 1);
    assert.match(r.out, /FAIL content\/editions\/dongguan-szjggw\/2025\.mdx/);
    assert.match(r.out, /6 of 7 editions reproduce their sources/);
    assert.ok(existsSync(f));
  });
  test('--help lists every flag; an unknown flag or no file prints the usage line and exits 2, no stack trace', () => {
    const help = run(scratch(), '--help');
    assert.equal(help.code, 0);
    for (const flag of ['--issuer-id', '--issuer-name', '--year', '--title', '--incomplete', '--any-kind', '--force', '--dry-run', '--verbose', '--soffice', '--check', '--root', '--help']) assert.match(help.out, new RegExp(`  (-h, )?${flag}\\b`), flag);
    for (const args of [['--bogus'], [], ['--year']]) {
      const r = run(scratch(), ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^usage: npm run import -- <file or folder>…/m);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });
  test('a folder imports file by file: a progress line each, a summary table, refused files written not at all', () => {
    const root = scratch();
    const folder = mkdtempSync(join(tmpdir(), 'yaodian-received-'));
    cpSync(join(fixtures, 'levels-chinese-paren-chinese/raw.txt'), join(folder, 'a-quyu.txt'));
    cpSync(join(fixtures, 'error-not-yaodian-plan/raw.txt'), join(folder, 'b-fangan.txt'));
    cpSync(join(fixtures, 'hidden-text/raw.txt'), join(folder, 'c-wenku.txt'));
    writeFileSync(join(folder, 'd-notes.xlsx'), 'not importable');
    const r = run(root, folder, '--year', '2026');
    assert.equal(r.code, 1, 'a refused file makes the run fail');
    assert.match(r.out, /^\[1\/3\] .*a-quyu\.txt → content\/editions\/\S+\/2026\.mdx \(一、 \+ （一）: 2 sections, 5 items （一）…（三） \(numbered afresh in each section\)\)$/m);
    assert.match(r.err, /^\[2\/3\] .*b-fangan\.txt: refused\n {2}.*b-fangan\.txt:\d+: this does not read as a 工作要点: the title "关于开展“模范机关”创建活动的实施方案" is that of a 方案/m);
    assert.match(r.out, /^\[3\/3\] .*c-wenku\.txt → .*, 2 warning\(s\)$/m);
    assert.match(r.out, /^file +result +edition +why \/ warnings$/m);
    assert.match(r.out, /^b-fangan\.txt +refused +— +this does not read as a 工作要点/m);
    assert.match(r.out, /^d-notes\.xlsx +skipped +— +not an importable file$/m);
    assert.match(r.out, /^2 of 3 file\(s\) imported, 1 refused, 1 skipped$/m);
    const written = files(root);
    assert.equal(written.filter((f) => f.startsWith('editions/')).length, 2);
    assert.ok(!written.some((f) => /fangan|moshi/.test(f)));
    assert.equal(run(root, '--check').code, 0);
  });
  test('--dry-run over several files writes nothing and says what it would import', () => {
    const root = scratch();
    const r = run(root, join(fixtures, 'levels-four/raw.txt'), join(fixtures, 'levels-three/raw.txt'), '--dry-run', '--year', '2026');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /would import/);
    assert.match(r.out, /dry run: nothing written/);
    assert.deepEqual(files(root), []);
  });
  test('two files of one run for the same edition: the second is refused unless --force', () => {
    const root = scratch();
    const raw = join(fixtures, 'levels-four/raw.txt');
    const copy = join(mkdtempSync(join(tmpdir(), 'yaodian-copy-')), 'again.txt');
    cpSync(raw, copy);
    const r = run(root, raw, copy, '--issuer-id', 'shi-jiguan', '--issuer-name', '市直机关工委');
    assert.equal(r.code, 1);
    assert.match(r.err, /another file of this run is already content\/editions\/shi-jiguan\/2026\.mdx/);
  });
  test('bad documents: each refused naming the file and what to do, with no stack trace and nothing written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yaodian-bad-'));
    const formats = resolve('tests/fixtures/import/formats');
    cpSync(join(formats, 'pdf/scan.pdf'), join(folder, 'scanned.pdf'));
    cpSync(join(formats, 'pdf/encrypted.pdf'), join(folder, 'encrypted.pdf'));
    cpSync(join(formats, 'html/list-page.html'), join(folder, 'no-article.html'));
    cpSync(join(fixtures, 'error-not-yaodian-plan/raw.txt'), join(folder, 'fangan.txt'));
    writeFileSync(join(folder, 'damaged.docx'), new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    writeFileSync(join(folder, 'old.wps'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(1024)]));
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 21 * 1024 * 1024);
    const cases: [string, RegExp, string[]][] = [
      ['scanned.pdf', /no text layer|scanned/, []],
      ['encrypted.pdf', /password|encrypted/, []],
      ['no-article.html', /no article was found/, []],
      ['fangan.txt', /does not read as a 工作要点/, []],
      ['damaged.docx', /cannot be read|not a Word|damaged/, []],
      ['old.wps', /LibreOffice/, ['--soffice', join(folder, 'no-such-soffice')]],
      ['huge.txt', /the file is 21 MB; the limit is 20 MB/, []],
    ];
    for (const [name, reason, extra] of cases) {
      const root = scratch();
      const r = run(root, join(folder, name), ...extra);
      assert.equal(r.code, 1, `${name}: ${r.out}${r.err}`);
      assert.match(r.err, new RegExp(`${name.replace('.', '\\.')}(:\\d+)?: `), `${name}: names the file`);
      assert.match(r.err, reason, name);
      assert.match(r.err, /\n {2}fix: \S/, `${name}: says what to do`);
      assert.doesNotMatch(r.err, /\n\s+at .*\(/, `${name}: no stack trace`);
      assert.deepEqual(files(root), [], `${name}: nothing written`);
    }
  });
});
