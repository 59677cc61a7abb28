import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { highlightEditionSource, highlightSnippet } from '../../../src/lib/source-view/highlight.ts';
import { kindOfScopes, tokensToHtml } from '../../../src/lib/source-view/tokens.ts';

describe('source view', () => {
  test('tokens become escaped, classed spans, one numbered line each', () => {
    assert.equal(tokensToHtml([[{ text: '## 一、<甲>', kind: 'heading' }], [{ text: 'a & b' }]]), '<span class="line" id="L1"><span class="tk-heading">## 一、&lt;甲&gt;</span></span><span class="line" id="L2">a &amp; b</span>');
    assert.equal(tokensToHtml([[{ text: 'x' }]], { ids: false }), '<span class="line">x</span>');
    assert.equal(kindOfScopes(['source.yaml', 'entity.name.tag.yaml']), 'key');
    assert.equal(kindOfScopes(['text.html.markdown', 'markup.heading.markdown']), 'heading');
  });
  test('an edition: as many lines as the file, headings and markers classed, text intact, no inline style', async () => {
    const text = readFileSync('tests/fixtures/content/editions/shizhengfu-jiguan/2026.mdx', 'utf8');
    const html = await highlightEditionSource(text);
    assert.equal((html.match(/<span class="line"/g) ?? []).length, text.replace(/\n$/, '').split('\n').length);
    assert.match(html, /<span class="tk-heading">[^<]*## 一、聚焦政治铸魂/);
    assert.match(html, /<span class="tk-component">&lt;OutlineOnly \/&gt;<\/span>/);
    assert.match(html, /<span class="tk-key">issuer<\/span>/);
    assert.ok(!/style=/.test(html));
    assert.equal(html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"'), text.replace(/\n$/, '').replace(/\n/g, ''), 'every character of the file, in order');
  });
  test('guide snippets', async () => {
    assert.match(await highlightSnippet('npm run import -- a.txt', 'sh'), /^<span class="line">/);
  });
});
