/** The generated benchmark corpus: deterministic, the size asked for, every edition valid, real words only. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { FAKE_SHA256, generateCorpus, type CorpusFile } from '../../../bench/generate-corpus.ts';
import { issuerSchema } from '../../../src/schemas/issuer.ts';
import { editions as fixtureEditions } from '../../support/fixture-content.ts';

const real = fixtureEditions;
const realParagraphs = new Set(real.flatMap((e) => e.items.flatMap((i) => i.paragraphs.map((p) => p.text))));
const realTitles = new Set(real.flatMap((e) => e.items.map((i) => i.title)));
const realSections = new Set(real.flatMap((e) => e.sections.map((s) => s.title)));

const N = 57;
const files = generateCorpus(real, { editions: N, seed: 7 });
const editionFiles = files.filter((f) => f.path.startsWith('editions/'));
const editions: Edition[] = editionFiles.map((f) => loadEdition(f.text, f.path));

describe('generateCorpus', () => {
  test('same seed and size → byte-identical files; another seed → other files', () => {
    assert.deepEqual(generateCorpus(real, { editions: N, seed: 7 }), files);
    const other = generateCorpus(real, { editions: N, seed: 8 });
    assert.deepEqual(other.map((f) => f.path), files.map((f) => f.path));
    assert.notDeepEqual(other.map((f) => f.text), files.map((f) => f.text));
  });

  test('the number of editions asked for, one file each, ⌈N/10⌉ issuers', () => {
    assert.equal(editionFiles.length, N);
    assert.equal(new Set(editionFiles.map((f) => f.path)).size, N);
    assert.equal(files.filter((f) => f.path.startsWith('issuers/')).length, Math.ceil(N / 10));
    assert.equal(generateCorpus(real, { editions: 1 }).filter((f) => f.path.startsWith('editions/')).length, 1);
    assert.throws(() => generateCorpus(real, { editions: 0 }), RangeError);
  });

  test('every edition loads (schema + parser), at its path, with a fake source and valid numbering', () => {
    for (const [k, e] of editions.entries()) {
      assert.equal(editionFiles[k]!.path, `editions/${e.issuer}/${e.year}.mdx`);
      assert.equal(e.data.source?.sha256, FAKE_SHA256);
      assert.equal(e.data.source?.file, `generated/${e.issuer}/${e.year}.txt`);
      const sections = e.sections.filter((s) => s.number > 0);
      assert.ok(sections.length >= 4 && sections.length <= 6, `${e.id}: ${sections.length} sections`);
      assert.ok(e.items.length >= 18 && e.items.length <= 22, `${e.id}: ${e.items.length} items`);
      assert.deepEqual(sections.map((s) => s.number), sections.map((_, i) => i + 1));
      assert.deepEqual(e.items.map((i) => i.number), e.items.map((_, i) => i + 1));
    }
  });

  test('some editions carry a re-addressed notice, some are cut off at their last item', () => {
    const withNotice = editions.filter((e) => e.notice);
    const cut = editions.filter((e) => !e.complete);
    assert.ok(withNotice.length > 0 && withNotice.length < N, `${withNotice.length} notices`);
    assert.ok(cut.length > 0 && cut.length < N, `${cut.length} incomplete`);
    for (const e of withNotice) {
      assert.equal(e.notice!.date.getUTCFullYear(), e.year);
      assert.match(e.notice!.docNumber, new RegExp(`〔${e.year}〕\\d+号$`));
      assert.ok(e.notice!.title.includes(`《${e.title}》`), e.notice!.title);
    }
    for (const e of cut) {
      assert.equal(e.truncatedAt?.item, e.items.length);
      assert.ok(e.items.at(-1)!.truncated);
    }
  });

  test('titles, paragraphs and section titles are real text, unchanged', () => {
    for (const e of editions) {
      for (const s of e.sections) assert.ok(realSections.has(s.title), s.title);
      for (const it of e.items) {
        assert.ok(realTitles.has(it.title), it.title);
        for (const p of it.paragraphs) assert.ok(realParagraphs.has(p.text), p.text.slice(0, 40));
      }
    }
  });

  test('each issuer has a valid YAML file and a run of consecutive years ending in 2026', () => {
    const byIssuer = Map.groupBy(editions, (e) => e.issuer);
    for (const f of files.filter((x) => x.path.startsWith('issuers/'))) {
      const id = f.path.slice('issuers/'.length, -'.yaml'.length);
      assert.ok(issuerSchema.safeParse(parseYaml(f.text)).success, f.text);
      const years = byIssuer.get(id)!.map((e) => e.year).sort((a, b) => a - b);
      assert.equal(years.at(-1), 2026);
      assert.deepEqual(years, years.map((_, i) => years[0]! + i));
      assert.ok(years.length === 10 || id === [...byIssuer.keys()].at(-1), `${id}: ${years.length} years`);
    }
  });

  test('copied files pass through unchanged', () => {
    const copy: CorpusFile[] = [{ path: 'programmes/x.md', text: '---\nname: x\n---\n' }];
    assert.deepEqual(generateCorpus(real, { editions: 3, copy }).at(-1), copy[0]);
  });
});
