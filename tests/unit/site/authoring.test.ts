import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { newEditionMdx } from '../../../src/lib/authoring/new-edition.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { atomFeed, sitemapXml } from '../../../src/lib/site/feeds.ts';
import { escapeMarkup as xmlEscape } from '../../../src/lib/text/escape.ts';
import { siteUrl } from '../../../src/lib/site/urls.ts';

const f = 'tests/fixtures/content/editions/kaiping-szjggw/2026.mdx';
const current = loadEdition(readFileSync(f, 'utf8'), f);

describe('npm run new', () => {
  const mdx = newEditionMdx(current, 2027);
  const target = 'content/editions/kaiping-szjggw/2027.mdx';
  test('a draft with the current edition\'s structure and the notice to fill in', () => {
    const draft = loadEdition(mdx, target);
    assert.equal(draft.data.draft, true);
    assert.equal(draft.title, '2027年开平市直机关党建工作要点');
    assert.deepEqual(draft.sections.map((s) => s.label), ['一', '二', '三', '四']);
    assert.equal(draft.items.length, 18);
    assert.equal(draft.notice?.docNumber, '开直工委通〔2027〕0号');
    assert.equal(draft.notice?.title, '关于印发《2027年开平市直机关党建工作要点》的通知');
    assert.equal(draft.data.source, undefined, 'written by hand: no source');
  });
  test('published with placeholders, it fails at the first one', () => {
    assert.throws(() => loadEdition(mdx.replace('draft: true', 'draft: false'), target), /:1: the notice still has placeholders/);
    const noticeDone = mdx.replace('draft: true', 'draft: false').replace('〔2027〕0号', '〔2027〕2号').replace('〔待填写〕现将', '现将');
    assert.throws(() => loadEdition(noticeDone, target), /2027\.mdx:\d+: this text is still a placeholder/);
  });
  test('filled in, it publishes', () => {
    const filled = mdx.replace('draft: true', 'draft: false').replace('〔2027〕0号', '〔2027〕2号').replaceAll('〔待填写〕', '');
    const e = loadEdition(filled, target);
    assert.equal(e.items[5]!.title, '全面提升基层党组织建设质量。');
    assert.equal(e.data.draft, false);
  });
});

describe('feed and sitemap', () => {
  test('Atom feed: newest first, escaped', () => {
    const old = loadEdition(readFileSync('tests/fixtures/content/editions/dongguan-szjggw/2025.mdx', 'utf8'), 'x');
    const xml = atomFeed(
      [
        { edition: old, issuerName: '东莞<市>', url: '/dongguan-szjggw/2025/' },
        { edition: current, issuerName: '开平', url: '/kaiping-szjggw/2026/' },
      ],
      { self: '/feed.xml', home: '/', title: '要点' },
    );
    assert.ok(xml.indexOf('kaiping-szjggw/2026') < xml.indexOf('dongguan-szjggw/2025'));
    assert.match(xml, /<name>东莞&lt;市&gt;<\/name>/);
    assert.match(xml, /<updated>2026-05-07T00:00:00Z<\/updated>/);
  });
  test('sitemap and URLs', () => {
    assert.equal(sitemapXml(['/a/']), '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>/a/</loc></url>\n</urlset>\n');
    assert.equal(siteUrl(new URL('https://intranet.example/'), '/dangjian/yaodian/', 'kaiping-szjggw/2026/'), 'https://intranet.example/dangjian/yaodian/kaiping-szjggw/2026/');
    assert.equal(siteUrl(undefined, '/', 'feed.xml'), '/feed.xml');
    assert.equal(xmlEscape(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
