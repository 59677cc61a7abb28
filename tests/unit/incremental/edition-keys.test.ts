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

test('the registry digest covers the id, fields and description of every entry, whatever order they are listed in, and not where they were read from', () => {
  const a = { id: 'a', file: 'content/programmes/a.md', data: { name: '甲', aliases: [], category: '组织建设' }, description: '甲的说明。' };
  const b = { id: 'b', file: 'content/programmes/b.md', data: { name: '乙', aliases: ['乙项'], category: '组织建设' }, description: '乙的说明。' };
  assert.equal(registryDigest([a, b]), registryDigest([b, a]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a, { ...b, data: { ...b.data, aliases: [] } }]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a, { ...b, description: '乙的新说明。' }]));
  assert.notEqual(registryDigest([a, b]), registryDigest([a, { ...b, id: 'c' }]));
  // Astro keeps an unchanged entry with the path it was first read from: the path is not part of the digest.
  const moved = { ...b, file: '/tmp/another-tree/programmes/b.md' };
  assert.equal(registryDigest([a, b]), registryDigest([a, moved]));
});
