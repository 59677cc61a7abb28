/** An edition's body read back from its file, checked against the digest the content loader took. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/lib/errors.ts';
import { readEditionBody } from '../../../src/lib/edition/source.ts';
import { digestOf } from '../../../src/lib/incremental/page-keys.ts';

const TEXT = '---\nissuer: a\nyear: 2026\n---\n\n## 一、总体要求\n\n正文。\n';

function write(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'yaodian-source-')), '2026.mdx');
  writeFileSync(path, text);
  return path;
}

test('the body is what follows the frontmatter, when the file is as the loader digested it', () => {
  const path = write(TEXT);
  assert.equal(readEditionBody(path, 'editions/a/2026.mdx', digestOf(TEXT)), '\n## 一、总体要求\n\n正文。\n');
});

test('the digest covers frontmatter and body', () => {
  assert.notEqual(digestOf(TEXT), digestOf(TEXT.replace('正文', '正本')));
  assert.notEqual(digestOf(TEXT), digestOf(TEXT.replace('2026', '2025')));
  assert.equal(digestOf(TEXT), digestOf(`${TEXT}`));
});

test('a file changed since the loader read it is an error naming the file', () => {
  const path = write(TEXT);
  const digest = digestOf(TEXT);
  writeFileSync(path, TEXT.replace('正文', '正本'));
  assert.throws(() => readEditionBody(path, 'editions/a/2026.mdx', digest), (e: unknown) => e instanceof InputError && e.file === 'editions/a/2026.mdx' && /changed while the site was being built/.test(e.message) && /run the build again/.test(e.hint));
});

test('a file removed since the loader read it is an error naming the file', () => {
  const path = write(TEXT);
  rmSync(path);
  assert.throws(() => readEditionBody(path, 'editions/a/2026.mdx', digestOf(TEXT)), (e: unknown) => e instanceof InputError && e.file === 'editions/a/2026.mdx' && /removed/.test(e.message));
});
