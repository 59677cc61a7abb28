import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { itemCitation } from '../../../src/lib/site/citation.ts';
import { editionView } from '../../../src/lib/site/edition-view.ts';
import { basePath, withBase } from '../../../src/lib/site/urls.ts';
import { editions, issuers } from '../../support/fixture-content.ts';

describe('catalog', () => {
  const catalog = buildCatalog(editions, issuers);
  test('the newest edition of each issuer is current', () => {
    const zy = catalog.shelf('zhongyang-guojia-jiguan');
    assert.deepEqual(zy.editions.map((e) => e.year), [2025, 2024]);
    assert.equal(zy.current.year, 2025);
    assert.equal(catalog.isCurrent(zy.editions[1]!), false);
    assert.equal(catalog.shelves.length, 6);
  });
  test('editions by year, newest year first', () => {
    assert.deepEqual(catalog.years, [2026, 2025, 2024]);
    assert.equal(catalog.byYear.get(2026)!.length, 4);
  });
  test('the view of an older edition links the current one and lists versions', () => {
    const old = catalog.shelf('zhongyang-guojia-jiguan').editions[1]!;
    const view = editionView(catalog, old);
    assert.equal(view.current?.year, 2025);
    assert.deepEqual(view.versions.map((v) => [v.year, v.current, v.selected, v.path]), [[2025, true, false, 'zhongyang-guojia-jiguan/2025/'], [2024, false, true, 'zhongyang-guojia-jiguan/2024/']]);
  });
  test('an edition with an unknown issuer is an error naming its file', () => {
    const e = { ...editions[0]!, issuer: 'nobody' };
    assert.throws(() => buildCatalog([e], issuers), /content\/editions\/.*\.mdx:1: issuer "nobody" has no file content\/issuers\/nobody\.yaml/);
  });
  test('an edition whose path disagrees with its frontmatter is an error', () => {
    const e = { ...editions[0]!, year: 1999, id: 'x/1999' };
    assert.throws(() => buildCatalog([e], issuers), /the frontmatter says .* 1999, so the file must be content\/editions\/.*\/1999\.mdx/);
  });
});

describe('urls and citations', () => {
  test('base paths', () => {
    assert.equal(basePath(undefined), '/');
    assert.equal(basePath('dangjian/yaodian'), '/dangjian/yaodian/');
    assert.equal(basePath('/dangjian/yaodian/'), '/dangjian/yaodian/');
    assert.equal(withBase('/dangjian/yaodian/', 'kaiping/2026/'), '/dangjian/yaodian/kaiping/2026/');
    assert.equal(withBase('/', ''), '/');
  });
  test('citation form', () => assert.equal(itemCitation("2026年开平市直机关党建工作要点", "第6条"), '《2026年开平市直机关党建工作要点》第6条'));
});
