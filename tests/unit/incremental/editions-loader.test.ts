/**
 * The editions loader with a stand-in for Astro's loader context: what it keeps in the content store (no body,
 * the text's digest, the path), and when it keeps an entry from the last build.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { editionsLoader } from '../../../src/integrations/editions-loader.ts';
import { readEditionBody } from '../../../src/lib/edition/source.ts';
import { digestOf } from '../../../src/lib/incremental/page-keys.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}

/** A content store and the parts of the context the loader uses; `sets` counts the entries written. */
function context(root: string, store = new Map<string, Entry>()) {
  let sets = 0;
  const ctx = {
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Entry) => (sets++, store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
    },
  } as unknown as LoaderContext;
  return { ctx, store, sets: () => sets };
}

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-loader-'));
  cpSync('tests/fixtures/content/editions', join(root, 'content/editions'), { recursive: true });
  return root;
}

test('the store holds the frontmatter, the body line and the digest of the text, not the body', async () => {
  const root = tree();
  const { ctx, store } = context(root);
  await editionsLoader({ base: join(root, 'content/editions') }).load(ctx);
  const entry = store.get('kaiping-szjggw/2026')!;
  assert.equal(entry.body, undefined);
  assert.equal(entry.filePath, 'content/editions/kaiping-szjggw/2026.mdx');
  const text = readFileSync(join(root, entry.filePath), 'utf8');
  assert.equal(entry.digest, digestOf(text));
  assert.equal(typeof entry.data.bodyLine, 'number');
  // What the site reads back from the file is the body after the frontmatter.
  assert.ok(text.endsWith(readEditionBody(join(root, entry.filePath), entry.filePath, String(entry.digest))));
});

test('an unchanged file keeps its entry; a changed one, a moved one and a removed one do not', async () => {
  const root = tree();
  const base = join(root, 'content/editions');
  const first = context(root);
  await editionsLoader({ base }).load(first.ctx);
  const count = first.store.size;
  const again = context(root, first.store);
  await editionsLoader({ base }).load(again.ctx);
  assert.equal(again.sets(), 0);

  const file = join(base, 'kaiping-szjggw/2026.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('。', '；'));
  const changed = context(root, first.store);
  await editionsLoader({ base }).load(changed.ctx);
  assert.equal(changed.sets(), 1);
  assert.equal(changed.store.get('kaiping-szjggw/2026')!.digest, digestOf(readFileSync(file, 'utf8')));

  const moved = join(root, 'moved/editions');
  cpSync(base, moved, { recursive: true });
  rmSync(join(moved, 'dongguan-szjggw'), { recursive: true });
  const elsewhere = context(root, first.store);
  await editionsLoader({ base: moved }).load(elsewhere.ctx);
  // Same texts at other paths: every entry is written again, naming the file the body will be read from.
  assert.equal(elsewhere.sets(), elsewhere.store.size);
  assert.equal(elsewhere.store.get('kaiping-szjggw/2026')!.filePath, 'moved/editions/kaiping-szjggw/2026.mdx');
  assert.equal(elsewhere.store.has('dongguan-szjggw/2025'), false);
  assert.ok(elsewhere.store.size < count);
});
