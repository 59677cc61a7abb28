/**
 * Every command a person runs answers --help (exit 0, its usage), and a wrong flag gets the problem and the usage
 * line (exit 2), never a stack trace. Each script is run as npm runs it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const COMMANDS: [string, string][] = [
  ['scripts/import.ts', 'npm run import'],
  ['scripts/new-edition.ts', 'npm run new'],
  ['scripts/generate-corpus.ts', 'npm run generate'],
  ['scripts/programmes-discover.ts', 'npm run programmes:discover'],
  ['scripts/bench.ts', 'npm run bench'],
  ['scripts/check-links.ts', 'node scripts/check-links.ts'],
  ['scripts/serve.ts', 'node scripts/serve.ts'],
  ['scripts/search-index.ts', 'node scripts/search-index.ts'],
  ['scripts/test.ts', 'npm test'],
];

const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('every command', () => {
  for (const [script, usage] of COMMANDS) {
    test(`${script}: --help prints its usage; an unknown flag prints the problem and the usage, exit 2`, () => {
      const help = run(script, ['--help']);
      assert.equal(help.status, 0, help.stderr);
      assert.ok(help.stdout.includes(`usage: ${usage}`) || help.stdout.includes(usage), help.stdout);
      const bad = run(script, ['--no-such-flag']);
      assert.equal(bad.status, 2, bad.stdout + bad.stderr);
      assert.match(bad.stderr, /no-such-flag/);
      assert.match(bad.stderr, /usage:/);
      assert.doesNotMatch(bad.stderr, STACK);
    });
  }

  test('a failure while a command runs is its message, not a stack trace (search index of a content tree without editions)', () => {
    const out = mkdtempSync(join(tmpdir(), 'yaodian-no-index-'));
    const r = spawnSync(process.execPath, ['scripts/search-index.ts'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: out, CONTENT_ROOT: 'tests/fixtures/no-such-content' } });
    rmSync(out, { recursive: true, force: true });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no published editions to index: add an edition/);
    assert.doesNotMatch(r.stderr, STACK);
  });
});
