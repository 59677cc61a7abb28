import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionKey, mentionsKey, registryDigest } from '../../../src/lib/incremental/edition-keys.ts';

test('an edition key changes with the file or its text, and only then', () => {
  const key = editionKey('content/editions/a/2026.mdx', 'd1');
  assert.equal(editionKey('content/editions/a/2026.mdx', 'd1'), key);
  assert.notEqual(editionKey('content/editions/a/2025.mdx', 'd1'), key);
  assert.notEqual(editionKey('content/editions/a/2026.mdx', 'd2'), key);
  assert.notEqual(mentionsKey(key, 'r1'), mentionsKey(key, 'r2'));
  assert.notEqual(mentionsKey(key, 'r1'), key);
});

test('the registry digest covers every file and text, whatever order they are listed in', () => {
  const a = { file: 'content/programmes/a.md', text: '---\nname: 甲\n---\n' };
  const b = { file: 'content/programmes/b.md', text: '---\nname: 乙\n---\n' };
  assert.equal(registryDigest([a, b]), registryDigest([b, a]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a, { ...b, text: b.text.replace('乙', '丙') }]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a, { ...b, file: 'content/programmes/c.md' }]));
});
