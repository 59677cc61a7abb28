/** The build's memo of derived values: found again by the same inputs and code, never by other ones, pruned. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeVersion, openMemo } from '../../../src/lib/incremental/memo.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'yaodian-memo-'));

test('a value is read back by the same inputs and version, by another build', () => {
  const dir = fresh();
  const first = openMemo<{ items: number[] }>(dir, 'v1');
  assert.equal(first.get('edition-a'), undefined);
  first.set('edition-a', { items: [1, 2] });
  assert.deepEqual(first.stats, { hits: 0, misses: 1 });
  const second = openMemo<{ items: number[] }>(dir, 'v1');
  assert.deepEqual(second.get('edition-a'), { items: [1, 2] });
  assert.deepEqual(second.stats, { hits: 1, misses: 0 });
});

test('other inputs or another version of the code find nothing', () => {
  const dir = fresh();
  openMemo<number>(dir, 'v1').set('a', 1);
  assert.equal(openMemo<number>(dir, 'v1').get('b'), undefined);
  assert.equal(openMemo<number>(dir, 'v2').get('a'), undefined);
  // The version and the inputs are not simply run together: v1 + 'xa' is not v1x + 'a'.
  openMemo<number>(dir, 'v1').set('xa', 2);
  assert.equal(openMemo<number>(dir, 'v1x').get('a'), undefined);
});

test('a half-written or foreign file counts as a miss, not an error', () => {
  const dir = fresh();
  const memo = openMemo<number>(dir, 'v1');
  memo.set('a', 1);
  const [file] = readdirSync(dir);
  writeFileSync(join(dir, file!), '{"trunc');
  assert.equal(openMemo<number>(dir, 'v1').get('a'), undefined);
  assert.equal(openMemo<number>(join(dir, 'missing'), 'v1').get('a'), undefined);
});

test('read: false (a forced build) reads nothing back but writes', () => {
  const dir = fresh();
  openMemo<number>(dir, 'v1').set('a', 1);
  const forced = openMemo<number>(dir, 'v1', { read: false });
  assert.equal(forced.get('a'), undefined);
  forced.set('a', 2);
  assert.equal(openMemo<number>(dir, 'v1').get('a'), 2);
});

test('prune removes what this build neither read nor wrote, and nothing else', () => {
  const dir = fresh();
  const first = openMemo<string>(dir, 'v1');
  for (const k of ['a', 'b', 'c']) first.set(k, k);
  writeFileSync(join(dir, 'notes.txt'), 'not a memo file');
  const second = openMemo<string>(dir, 'v1');
  assert.equal(second.get('a'), 'a');
  second.set('d', 'd');
  assert.equal(second.prune(), 2);
  const third = openMemo<string>(dir, 'v1');
  assert.deepEqual(['a', 'b', 'c', 'd'].map((k) => third.get(k)), ['a', undefined, undefined, 'd']);
  assert.ok(readdirSync(dir).includes('notes.txt'));
  assert.equal(openMemo<string>(join(dir, 'missing'), 'v1').prune(), 0);
});

test('codeVersion changes with a source file\'s name or bytes, not with other files; none for no sources', () => {
  const dir = fresh();
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib', 'parse.ts'), 'export const a = 1;');
  const v1 = codeVersion(dir);
  assert.match(v1!, /^[0-9a-f]{64}$/);
  writeFileSync(join(dir, 'notes.md'), 'not code');
  assert.equal(codeVersion(dir), v1);
  writeFileSync(join(dir, 'lib', 'parse.ts'), 'export const a = 2;');
  assert.notEqual(codeVersion(dir), v1);
  assert.equal(codeVersion(join(dir, 'missing')), undefined);
  assert.equal(codeVersion(fresh()), undefined);
});

test('Dates come back as Dates, wherever they stand', () => {
  const dir = fresh();
  const value = { notice: { date: new Date('2026-05-07T00:00:00Z'), title: '通知' }, dates: [new Date('2025-01-02T00:00:00Z')], text: '2026-05-07' };
  openMemo<typeof value>(dir, 'v1').set('a', value);
  const back = openMemo<typeof value>(dir, 'v1').get('a')!;
  assert.ok(back.notice.date instanceof Date);
  assert.equal(back.notice.date.getUTCFullYear(), 2026);
  assert.ok(back.dates[0] instanceof Date);
  assert.deepEqual(back, value);
  assert.equal(typeof back.text, 'string', 'a string that looks like a date stays a string');
});
