import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readEditions, readIssuers, readProgrammeSources } from '../../../src/lib/content/content-dir.ts';
import { changedSince, readSite } from '../../../src/lib/content/read-site.ts';
import { loadPublishedEdition } from '../../../src/lib/edition/load.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { InputError } from '../../../src/lib/errors.ts';
import { editionKey, mentionsKey, registryDigest } from '../../../src/lib/incremental/edition-keys.ts';
import { digestOf } from '../../../src/lib/incremental/page-keys.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { indexMentions, type MentionRef } from '../../../src/lib/programmes/mentions.ts';
import { validateRegistry } from '../../../src/lib/programmes/registry.ts';
import { editionRecord } from '../../../src/lib/search/records.ts';
import { programmeNames, siteIndex } from '../../../src/lib/search/site-records.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';

/** A project folder holding a copy of the fixture content tree (`<root>/content`), to change at will. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-read-site-'));
  cpSync('tests/fixtures/content', join(root, 'content'), { recursive: true });
  return root;
}

const KAIPING = 'content/editions/kaiping-szjggw/2026.mdx';

test('reads the site as its build does: published editions only, the catalog, the mentions, the records', () => {
  const root = project();
  try {
    // One edition made a draft: never published, so not in the catalog or the index.
    const draft = join(root, 'content/editions/dongguan-szjggw/2025.mdx');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    const site = readSite({ root, contentRoot: 'content' });
    const content = { root, dir: 'content' };
    const published = readEditions(content, { published: true });
    assert.equal(site.catalog.shelves.flatMap((s) => s.editions).length, published.length);
    assert.ok(!site.catalog.shelves.flatMap((s) => s.editions).some((e) => e.id === 'dongguan-szjggw/2025'));
    assert.equal(site.files.length, published.length + 1, 'every file read, the draft too');
    // The same records as from the parts put together by hand.
    const catalog = buildCatalog(published, new Map(readIssuers(content).map((i) => [i.id, i.issuer])));
    const entries = validateRegistry(readProgrammeSources(content));
    const index = indexMentions(catalog.shelves.flatMap((s) => s.editions), createMatcher(entries));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const expected = catalog.shelves.flatMap((s) => s.editions.map((e) => editionRecord(e, s.issuer, catalog.isCurrent(e), programmeNames(e, index, byId))));
    assert.ok(expected.some((r) => r.content.length > r.meta.length.length), 'records with words');
    const { entries: indexed, recordsOf } = siteIndex(site);
    assert.deepEqual(indexed.map((e) => e.url), expected.map((r) => r.url));
    assert.deepEqual(site.stats.mentions, { read: 0, found: 0 }, 'no mentions found before records are asked for');
    assert.deepEqual(recordsOf(indexed.map((e) => e.url)), expected);
    assert.deepEqual(site.stats, { editions: { read: 0, parsed: published.length }, mentions: { read: 0, found: published.length } });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('reads back what the build kept, under the keys the build uses, and only reads', () => {
  const root = project();
  try {
    const text = readFileSync(join(root, KAIPING), 'utf8');
    const kept = { ...loadPublishedEdition(text, KAIPING)!, title: '读回的标题' } as Edition;
    const editionKeys: string[] = [];
    const mentionKeys: string[] = [];
    // The registry as the site's build has it: its entries validated (src/data/site.ts).
    const programmes = validateRegistry(readProgrammeSources({ root, dir: 'content' }));
    const keptMentions: MentionRef[] = [];
    const site = readSite({
      root,
      contentRoot: join(root, 'content'),
      memos: {
        editions: { get: (key) => (editionKeys.push(key), key === editionKey(KAIPING, digestOf(text)) ? kept : undefined) },
        mentions: { get: (key) => (mentionKeys.push(key), key === mentionsKey(editionKey(KAIPING, digestOf(text)), registryDigest(programmes)) ? keptMentions : undefined) },
      },
    });
    assert.equal(site.catalog.shelf('kaiping-szjggw').editions[0]!.title, '读回的标题');
    const kaiping = (s: typeof site) => s.mentions([s.catalog.shelf('kaiping-szjggw').editions[0]!]).byEdition.get('kaiping-szjggw/2026') ?? [];
    assert.ok(kaiping(readSite({ root, contentRoot: 'content' })).length > 0, 'the edition names programmes');
    assert.deepEqual(kaiping(site), [], 'the kept mentions (none) were used');
    assert.equal(site.stats.editions.read, 1);
    assert.equal(site.stats.mentions.read, 1);
    assert.equal(editionKeys.length, site.files.length);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('bad frontmatter is an InputError naming the file', () => {
  const root = project();
  try {
    writeFileSync(join(root, KAIPING), readFileSync(join(root, KAIPING), 'utf8').replace(/^year: .*$/m, 'year: 二〇二六'));
    assert.throws(() => readSite({ root, contentRoot: 'content' }), (e: unknown) => e instanceof InputError && e.message.includes(KAIPING) && /frontmatter field "year"/.test(e.message));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('changedSince names the files changed or removed since they were read', () => {
  const root = project();
  try {
    const { files } = readSite({ root, contentRoot: 'content' });
    assert.deepEqual(changedSince(root, files), []);
    writeFileSync(join(root, KAIPING), readFileSync(join(root, KAIPING), 'utf8') + '\n');
    unlinkSync(join(root, 'content/editions/dongguan-szjggw/2025.mdx'));
    assert.deepEqual(changedSince(root, files), ['content/editions/dongguan-szjggw/2025.mdx', KAIPING]);
    // Saved again with the same text (a newer time): not a change.
    const again = readSite({ root, contentRoot: 'content' }).files;
    const text = readFileSync(join(root, KAIPING), 'utf8');
    writeFileSync(join(root, KAIPING), text);
    utimesSync(join(root, KAIPING), new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(changedSince(root, again), []);
    // Another text (here of another size): a change.
    writeFileSync(join(root, KAIPING), text.replace('党', '党组'));
    assert.deepEqual(changedSince(root, again), [KAIPING]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the index entry of an edition changes with its text, its issuer, whether it is 现行 and the registry, and only then', () => {
  const root = project();
  try {
    const digests = () => new Map(siteIndex(readSite({ root, contentRoot: 'content' })).entries.map((e) => [e.url, e.digest]));
    const before = digests();
    const changedUrls = (after: Map<string, string>) => [...after].filter(([url, d]) => before.get(url) !== d).map(([url]) => url);
    assert.deepEqual(changedUrls(digests()), [], 'the same site, the same entries');
    // A word of one edition.
    writeFileSync(join(root, KAIPING), readFileSync(join(root, KAIPING), 'utf8').replace('党建', '党的建设'));
    assert.deepEqual(changedUrls(digests()), ['kaiping-szjggw/2026/']);
    const all = [...before.keys()];
    // A field of its issuer: that issuer's editions.
    const issuer = join(root, 'content/issuers/dongguan-szjggw.yaml');
    writeFileSync(issuer, readFileSync(issuer, 'utf8').replace(/^name: (.*)$/m, 'name: $1（更名）'));
    assert.deepEqual(changedUrls(digests()).sort(), ['dongguan-szjggw/2025/', 'kaiping-szjggw/2026/']);
    // A new edition of that issuer: the older one is no longer 现行 (and the new one is new).
    const newer = join(root, 'content/editions/dongguan-szjggw/2026.mdx');
    writeFileSync(newer, readFileSync(join(root, 'content/editions/dongguan-szjggw/2025.mdx'), 'utf8').replace(/^year: 2025$/m, 'year: 2026'));
    const withNewer = digests();
    assert.ok(withNewer.has('dongguan-szjggw/2026/'));
    assert.ok(changedUrls(withNewer).includes('dongguan-szjggw/2025/'));
    unlinkSync(newer);
    // A programme's description (any text of the registry): every edition, whose records name programmes.
    const programme = join(root, 'content/programmes/dangji-xuexi-jiaoyu.md');
    writeFileSync(programme, readFileSync(programme, 'utf8') + '\n补充说明。\n');
    assert.deepEqual(changedUrls(digests()).sort(), all.sort());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
