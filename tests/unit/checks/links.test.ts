import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkLinks, formatBrokenLink } from '../../../src/lib/checks/links.ts';

/** A page with a head (stylesheet, icon) and the given body. */
const page = (body: string, base = '/') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><link rel="icon" href="${base}favicon.svg"><link rel="stylesheet" href="${base}_astro/site.css"></head><body>${body}</body></html>`;
const assets = ['_astro/site.css', 'favicon.svg', 'kaiping/2026.pdf'];
/** The broken links as `page url: problem` lines, for short assertions. */
const problems = (pages: Record<string, string>, base = '/', files = assets) =>
  checkLinks(pages, base, files).broken.map((b) => `${b.page} ${b.url}: ${b.problem}`);

describe('checkLinks', () => {
  const site = {
    'index.html': page('<a href="/kaiping/">开平</a> <a href="kaiping/2026/#item-2">第2条</a> <a href="#main">跳到正文</a><main id="main"></main>'),
    'kaiping/index.html': page('<a href="/">首页</a> <a href="2026/">2026</a> <a href=../kaiping/2026/index.html>2026</a>'),
    'kaiping/2026/index.html': page('<h3 id="item-1">1.</h3><h3 id=\'item-2\'>2.</h3><a href="#item-1">#1</a> <a href="/kaiping/2026.pdf">PDF</a> <img src="/favicon.svg" alt="">'),
    '404.html': page('<a href="/">首页</a>'),
  };

  test('good links: pages, directories, relative paths, same-page and other-page anchors, assets', () => {
    const report = checkLinks(site, '/', assets);
    assert.deepEqual(report.broken, []);
    assert.equal(report.pages, 4);
    assert.equal(report.checked, 18);
  });

  test('a missing page, asset or directory slash is reported with the page it is on', () => {
    const broken = { ...site, 'kaiping/index.html': page('<a href="/kaiping/2025/">2025</a> <script src="/_astro/app.js"></script> <a href="/kaiping">开平</a>') };
    assert.deepEqual(problems(broken), [
      'kaiping/index.html /kaiping/2025/: no such file: kaiping/2025/index.html',
      'kaiping/index.html /_astro/app.js: no such file: _astro/app.js',
      'kaiping/index.html /kaiping: a directory without its trailing slash (write /kaiping/)',
    ]);
    const [first] = checkLinks(broken, '/', assets).broken;
    assert.equal(formatBrokenLink(first!), 'kaiping/index.html  a href="/kaiping/2025/": no such file: kaiping/2025/index.html');
  });

  test('a missing #anchor, on the same page or another page', () => {
    const broken = {
      ...site,
      'index.html': page('<a href="#content">跳到正文</a> <a href="/kaiping/2026/#item-9">第9条</a> <a href="/kaiping/2026/#item-1">第1条</a>'),
    };
    assert.deepEqual(problems(broken), [
      'index.html #content: no element with id "content" on index.html',
      'index.html /kaiping/2026/#item-9: no element with id "item-9" on kaiping/2026/index.html',
    ]);
  });

  test('anchors: percent-encoded and <a name> targets count; "#" and "#top" are the top of the page', () => {
    const pages = { 'index.html': page('<h2 id="第一部分">一、</h2><a name="old"></a><a href="#%E7%AC%AC%E4%B8%80%E9%83%A8%E5%88%86">一</a><a href="#old">旧</a><a href="#">顶</a><a href="#top">顶</a>') };
    assert.deepEqual(problems(pages), []);
  });

  test('assets: stylesheets, scripts, images, srcset, sources, form actions must exist', () => {
    const pages = {
      'index.html': page(
        '<img src="/logo.png" srcset="/logo.png 1x, /logo@2x.png 2x" alt=""><picture><source srcset="/hero.webp"></picture>' +
          '<form action="/search/"><button formaction="/search/">搜</button></form><script src="/_astro/app.js"></script>',
      ),
      'search/index.html': page(''),
    };
    assert.deepEqual(problems(pages, '/', [...assets, 'logo.png', '_astro/app.js']), [
      'index.html /logo@2x.png: no such file: logo@2x.png',
      'index.html /hero.webp: no such file: hero.webp',
    ]);
  });

  test('a base-path build: every internal URL starts with the base path', () => {
    const base = '/dangjian/yaodian/';
    const pages = {
      'index.html': page('<a href="/dangjian/yaodian/kaiping/2026/#item-1">第1条</a> <a href="kaiping/2026/">相对</a>', base),
      'kaiping/2026/index.html': page('<h3 id="item-1"></h3><a href="/">站外根</a> <a href="/kaiping/2026/">少了前缀</a> <a href="../../../">上一级</a> <a href="../../">首页</a>', base),
    };
    assert.deepEqual(problems(pages, base), [
      'kaiping/2026/index.html /: outside the base path /dangjian/yaodian/',
      'kaiping/2026/index.html /kaiping/2026/: outside the base path /dangjian/yaodian/',
      'kaiping/2026/index.html ../../../: outside the base path /dangjian/yaodian/',
    ]);
    // The same pages checked as a root build: links that carry the prefix point at nothing.
    assert.ok(problems(pages, '/').includes('index.html /dangjian/yaodian/kaiping/2026/#item-1: no such file: dangjian/yaodian/kaiping/2026/index.html'));
  });

  test('outside URLs: another host, protocol-relative, other schemes; mailto and data are not requests', () => {
    const pages = {
      'index.html': page(
        '<link rel="stylesheet" href="https://cdn.example.com/x.css"><script src="//cdn.example.com/x.js"></script>' +
          '<a href="http://example.org/">外站</a><a href="javascript:void(0)">JS</a><img src="/\\example.net/a.png" alt="">' +
          '<a href="mailto:office@example.org">邮件</a><img src="data:image/png;base64,AAAA" alt="">',
      ),
    };
    assert.deepEqual(problems(pages), [
      'index.html https://cdn.example.com/x.css: points outside the site',
      'index.html //cdn.example.com/x.js: points outside the site',
      'index.html http://example.org/: points outside the site',
      'index.html javascript:void(0): a javascript: URL',
      'index.html /\\example.net/a.png: points outside the site',
    ]);
  });

  test('markup: entities and quotes in attributes; comments, scripts and styles are not links', () => {
    const pages = {
      'index.html': page(
        '<a title="a > b" href="/search/?q=a&amp;y=2026#r&#x2d;1">搜</a><a href=\'/search/#r-1\' title=\'"引"\'>搜</a>' +
          '<!-- <a href="/gone/"> --><script>document.write(\'<a href="/gone/">\')</script><style>a[href="/gone/"]{}</style>' +
          '<a\nclass="x"\nhref = "/search/"\n>多行</a><a href=/gone/?a=1&amp;b=2&lt=3&AMP;c>不在</a>',
      ),
      'search/index.html': page('<p id="r-1"></p>'),
    };
    const report = checkLinks(pages, '/', assets);
    assert.deepEqual(report.broken.map((b) => [b.where, b.url]), [['a href', '/gone/?a=1&b=2&lt=3&c']]);
    assert.equal(report.checked, 2 * 2 + 4);
  });

  test('relative URLs resolve against <base href> when the page has one', () => {
    const page = '<base href="/b/"><a href="c/">C</a>';
    assert.deepEqual(problems({ 'a/index.html': page, 'b/c/index.html': '' }), []);
    assert.deepEqual(problems({ 'a/index.html': page, 'a/c/index.html': '' }), ['a/index.html c/: no such file: b/c/index.html']);
  });

  test('a relative link on the 404 page is reported (that page is served at any address)', () => {
    assert.deepEqual(problems({ ...site, '404.html': page('<a href="kaiping/">开平</a><a href="/">首页</a>') }), [
      '404.html kaiping/: relative URL on the 404 page (it is served at any address); start it with the base path',
    ]);
  });
});
