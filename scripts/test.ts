/**
 * npm test: every test, in order: the type check, unit tests (node:test, on fixture content), corpus tests (the
 * real content/), the import check on all editions, the site built (at /, under a base path, the fixture site), the
 * incremental build test (tests/build/), the link checker over the builds, then end-to-end tests in Chromium
 * (Playwright, with axe accessibility checks). Each non-runner stage counts as one test. Stops at the first
 * failing stage and ends with one line: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand } from '../src/lib/cli/command.ts';

parseCommand({
  description: 'Runs every test in order (type check, unit, corpus, import check, three builds, link checks, end-to-end in Chromium, a benchmark smoke run); stops at the first failing stage.',
  usage: 'usage: npm test   (E2E_PORT and E2E_DIST_SUFFIX move the end-to-end servers and folders; see playwright.config.ts)',
  config: { options: {} },
});

const tmp = mkdtempSync(join(tmpdir(), 'yaodian-test-'));
const tap = join(tmp, 'unit.tap');
const json = join(tmp, 'e2e.json');
let passed = 0;
let failed = 0;

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
/** A stage that is one check: it counts as one test, and the run stops if it fails. */
function gate(title: string, command: string, args: string[], env: Record<string, string> = {}): void {
  if (run(title, command, args, env)) passed++;
  else {
    failed++;
    finish(false);
  }
}
function finish(ok: boolean): never {
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

const node = process.execPath;
gate('type check (astro check)', 'npm', ['run', '--silent', 'typecheck']);
/** A node:test run whose tests each count. */
function nodeTests(title: string, pattern: string): void {
  const ok = run(title, node, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, pattern]);
  const counts = readFileSync(tap, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(counts)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(counts)?.[1] ?? 0);
  if (!ok) finish(false);
}
nodeTests('unit tests (on the fixture content, tests/fixtures/)', 'tests/unit/**/*.test.ts');
nodeTests('corpus tests (the real content/: structure as issued, round trips)', 'tests/corpus/**/*.test.ts');

gate('import check: every edition reproduces its source', 'npm', ['run', '--silent', 'import', '--', '--check']);
gate('build at /', 'npm', ['run', '--silent', 'build']);
gate('build under /dangjian/yaodian/', 'npm', ['run', '--silent', 'build'], { BASE_PATH: '/dangjian/yaodian/', OUT_DIR: 'dist-base' });
gate('build the fixture site (tests/fixtures/site/)', 'npm', ['run', '--silent', 'build'], { CONTENT_ROOT: 'tests/fixtures/site/content', OUT_DIR: 'dist-fixture', SKIP_CARDS: '1' });
gate('build the fixture site with supplied typefaces (tests/fixtures/fonts/, for print-fonts.spec.ts)', 'npm', ['run', '--silent', 'build'], {
  CONTENT_ROOT: 'tests/fixtures/site/content', OUT_DIR: 'dist-fonts', SKIP_CARDS: '1',
  YAODIAN_FONT_FANGSONG: 'tests/fixtures/fonts/stand-in-fangsong.ttf', YAODIAN_FONT_XIAOBIAOSONG: 'tests/fixtures/fonts/stand-in-xiaobiaosong.woff2',
});
// The fixture site built four times with caches of its own (full, unchanged, one edition reworded, full again):
// the rebuilds make nothing they need not, and the incremental output equals the full build's.
nodeTests('incremental build: a rebuild after a change equals a full build', 'tests/build/**/*.test.ts');

// On a developer machine without Debian's Chromium, Playwright's own browser is used; fetch it once.
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium') && !existsSync(chromium.executablePath())) {
  if (!run('install Playwright Chromium (first run only)', 'npx', ['playwright', 'install', 'chromium'])) finish(false);
}
gate('links: every link and #anchor in dist/ resolves', node, ['scripts/check-links.ts', '--dir', 'dist', '--base', '/']);
gate('links: every link and #anchor in dist-base/ resolves', node, ['scripts/check-links.ts', '--dir', 'dist-base', '--base', '/dangjian/yaodian/']);
gate('links: every link and #anchor in dist-fixture/ resolves', node, ['scripts/check-links.ts', '--dir', 'dist-fixture', '--base', '/']);
const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: json });
try {
  const stats = JSON.parse(readFileSync(json, 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
} catch {
  failed += 1;
}
if (!e2eOk) finish(false);

// A small-size smoke run of the benchmark (the full one is `npm run bench`, not part of the tests).
gate('benchmark smoke run (20 generated editions)', 'npm', ['run', '--silent', 'bench', '--', '--quick', '--only', 'programme,build', '--file', join(tmp, 'BENCHMARKS.md')]);
finish(true);
