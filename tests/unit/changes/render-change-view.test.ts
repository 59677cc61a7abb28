import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertBefore, load, renumber, setYear } from '../../../bench/change-pairs.ts';
import { compareEditions } from '../../../src/lib/changes/change-view.ts';
import { renderChangeView } from '../../../src/lib/changes/render-change-view.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { html, join } from '../../../src/lib/text/html.ts';
import { committed, fixtureMdx } from './support.ts';

const hrefOf = (e: { id: string }, anchor?: string) => `/${e.id}/${anchor ? `#${anchor}` : ''}`;

test('html escapes every interpolation, keeps its own markup, and reads lists and nothing', () => {
  const name = '乙<b>&"\'';
  assert.equal(html`<a href="${'/p?a=1&b=2'}">${name}</a>`.html, '<a href="/p?a=1&amp;b=2">乙&lt;b&gt;&amp;&quot;&apos;</a>');
  assert.equal(html`<p>${html`<br>`}${['<', html`<i>`, 3]}${undefined}${false}</p>`.html, '<p><br>&lt;<i>3</p>');
  assert.equal(join(['a<', html`<b>`], '、').html, 'a&lt;、<b>');
});

test('an item text with <script> and & is rendered escaped, in the entry and nowhere raw', () => {
  const older = committed('dongguan-szjggw/2025');
  // `\<` in MDX is a literal `<` (an element would be refused by the parser).
  const mdx = insertBefore(fixtureMdx('dongguan-szjggw/2025'), '## 五、', '### 99. 防范\\<script>的条目。\n\n讲的是\\<script>alert(1)\\</script> & 别的事，与原有各条都不相同。');
  const newer = load(setYear(renumber(mdx), 2026), 'dongguan-szjggw/2026');
  assert.ok(newer.items.some((i) => i.title.includes('<script>')), 'the parsed title holds the characters');
  const out = renderChangeView(compareEditions(older, newer, { hrefOf, programmes: { older: [], newer: [{ id: 'p', name: 'A&B <i>', href: '/p/?a="1"' }] } }).view);
  assert.ok(!out.includes('<script>'));
  assert.match(out, /<strong>防范&lt;script&gt;的条目。<\/strong>/);
  assert.match(out, /讲的是&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; 别的事/);
  assert.match(out, /<a href="\/p\/\?a=&quot;1&quot;">A&amp;B &lt;i&gt;<\/a>/);
});

test('the markup of a change page: links, diff, side by side, unchanged list', () => {
  const { view } = compareEditions(committed('dongguan-szjggw/2025'), committed('kaiping-szjggw/2026'), { hrefOf });
  const out = renderChangeView(view);
  assert.match(out, /^<table class="change-summary"><caption>变化汇总<\/caption><thead><tr><th scope="col">部分<\/th><th scope="col">新增<\/th>/);
  assert.match(out, /<li class="change change-reworded"><p class="change-head"><span class="kind kind-reworded">修改<\/span> <a href="\/kaiping-szjggw\/2026\/#item-5">新版第5条<\/a> · <a href="\/dongguan-szjggw\/2025\/#item-5">原第5条<\/a> <strong>/);
  assert.match(out, /<p class="diff-inline">[^]*?<del>[^]*?<ins>[^]*?<\/p>\n<details class="side-by-side-toggle"><summary>左右对照<\/summary><div class="side-by-side"><div class="old"><p class="side-label">原文<\/p>/);
  assert.match(out, /<h2 id="change-programmes-title">重点工作的变化<\/h2><p>新提及：无<\/p><p>不再提及：无<\/p>/);
  const same = renderChangeView(compareEditions(committed('kaiping-szjggw/2026'), committed('kaiping-szjggw/2026'), { hrefOf }).view);
  assert.match(same, /<ul class="changes"><\/ul><p class="unchanged-list"><span class="kind kind-unchanged">未变<\/span> <a href="\/kaiping-szjggw\/2026\/#item-1">新版第1条<\/a>、<a href="\/kaiping-szjggw\/2026\/#item-2">新版第2条<\/a>/);
});

test('an incomplete source: the warning comes first', () => {
  const out = renderChangeView(compareEditions(committed('zhongyang-guojia-jiguan/2024'), committed('zhongyang-guojia-jiguan/2025'), { hrefOf }).view);
  assert.match(out, /^<p class="banner incomplete" role="note">《2024年中央和国家机关党的建设工作要点》、《2025年中央和国家机关党的建设主要工作》所据原文不完整：“删除”“新增”可能只是未收录的部分。<\/p><table/);
});

test('an edition numbered afresh in each section links `新版第二部分第（一）项`', () => {
  const body = (items: string) => `---\nissuer: x\nyear: 2026\ntitle: 2026年某某机关党建工作要点\nitemLayout: run-in\nitemNumbering: section\n---\n\n## 一、坚持政治统领\n\n### （一）深化政治机关建设。\n\n推动政治机关意识教育向基层延伸。\n\n## 二、加强组织建设\n\n${items}`;
  const c = '### （一）深化“四强”党支部创建。\n\n评定命名一批“四强”党支部，发挥示范引领作用，以点带面提升质量。\n';
  const d = '### （一）加强党员教育管理。\n\n分层分类开展党员教育培训，严格党员日常管理监督，教育引导党员创先争优。\n\n';
  const older = loadEdition(body(c).replace('year: 2026', 'year: 2025').replace(/2026年/, '2025年'), 'content/editions/x/2025.mdx');
  const newer = loadEdition(body(d + c.replace('（一）', '（二）')), 'content/editions/x/2026.mdx');
  const out = renderChangeView(compareEditions(older, newer, { hrefOf }).view);
  assert.match(out, /<a href="\/x\/2026\/#item-2-1">新版第二部分第（一）项<\/a>/);
  assert.match(out, /<a href="\/x\/2026\/#item-2-2">新版第二部分第（二）项<\/a>（原第二部分第（一）项）/);
});
