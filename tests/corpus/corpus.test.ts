/**
 * The real corpus: each committed edition has exactly the structure ../shared/corpus/README.md lists,
 * reproduces its source, and is what the importer makes of that source today.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadEdition } from '../../src/lib/edition/load.ts';
import type { Edition } from '../../src/lib/edition/model.ts';
import { checkEdition } from '../../src/lib/import/check.ts';
import { knownIssuers } from '../../src/lib/import/cli.ts';
import { importSource, type ImportOptions } from '../../src/lib/import/import-source.ts';

interface Expected {
  edition: string;
  /** Flags it was imported with (as in scripts/import-corpus.sh). */
  flags?: Partial<ImportOptions>;
  issuerName: string;
  notice?: { docNumber: string; recipients: string; date: string };
  sections: string[];
  intros?: boolean;
  items: number;
  outlineOnlyItems?: number[];
  outlineOnlySections?: string[];
  truncatedItem?: number;
  complete: boolean;
  removed: string[];
}

const r = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CORPUS: Expected[] = [
  { edition: 'kaiping-szjggw/2026', issuerName: '中共开平市直属机关工作委员会', notice: { docNumber: '开直工委通〔2026〕6号', recipients: '市直机关各单位党组织：', date: '2026-05-07' }, sections: ['一', '二', '三', '四'], items: 18, complete: true, removed: [] },
  { edition: 'shiwei-jiguan-gongwei/2026', flags: { issuerId: 'shiwei-jiguan-gongwei' }, issuerName: '市委直属机关工委机关', sections: ['一', '二', '三', '四', '五'], intros: true, items: 19, truncatedItem: 19, complete: false, removed: ['junk-marker', 'duplicate-title', 'site-junk'] },
  { edition: 'dongguan-szjggw/2025', issuerName: '中共东莞市直属机关工作委员会', notice: { docNumber: '东直〔2025〕3号', recipients: '市直单位党组织、中央和省驻莞有关单位党组织：', date: '2025-03-27' }, sections: ['一', '二', '三', '四', '五', '六'], items: 19, complete: true, removed: [] },
  { edition: 'shizhengfu-jiguan/2026', flags: { issuerId: 'shizhengfu-jiguan' }, issuerName: '市政府机关', sections: ['一', '二', '三', '四', '五', '六'], items: 24, outlineOnlyItems: r(12, 24), outlineOnlySections: ['四', '五', '六'], truncatedItem: 11, complete: false, removed: Array(30).fill('outline') },
  { edition: 'shiwei-zhengyanshi/2026', flags: { issuerId: 'shiwei-zhengyanshi', issuerName: '市委政研室' }, issuerName: '市委政研室', sections: ['一', '二', '三'], items: 10, truncatedItem: 10, complete: false, removed: [] },
  { edition: 'zhongyang-guojia-jiguan/2024', flags: { issuerId: 'zhongyang-guojia-jiguan', title: '2024年中央和国家机关党的建设工作要点' }, issuerName: '中央和国家机关工委', sections: ['一'], items: 1, truncatedItem: 1, complete: false, removed: ['source-metadata'] },
  { edition: 'zhongyang-guojia-jiguan/2025', issuerName: '中央和国家机关工委', sections: ['一'], items: 2, truncatedItem: 2, complete: false, removed: ['source-metadata'] },
];

const loaded = new Map<string, Edition>();
const edition = (id: string) => {
  if (!loaded.has(id)) loaded.set(id, loadEdition(readFileSync(`content/editions/${id}.mdx`, 'utf8'), `content/editions/${id}.mdx`));
  return loaded.get(id)!;
};

for (const x of CORPUS) {
  describe(`corpus: ${x.edition}`, () => {
    test('structure as the corpus README lists it', () => {
      const e = edition(x.edition);
      assert.deepEqual(e.sections.filter((s) => s.number > 0).map((s) => s.label), x.sections);
      assert.deepEqual(e.items.map((i) => i.number), r(1, x.items));
      assert.deepEqual(e.items.filter((i) => i.outlineOnly).map((i) => i.number), x.outlineOnlyItems ?? []);
      assert.deepEqual(e.sections.filter((s) => s.outlineOnly).map((s) => s.label), x.outlineOnlySections ?? []);
      assert.deepEqual(e.items.filter((i) => i.truncated).map((i) => i.number), x.truncatedItem ? [x.truncatedItem] : []);
      assert.equal(e.complete, x.complete);
      assert.ok(e.preamble.length >= 1, 'has a preamble');
      if (x.intros) for (const s of e.sections) assert.match(s.intro[0]?.text ?? '', /^本部分/, `section ${s.label} has its intro`);
      if (x.notice) {
        assert.equal(e.notice?.docNumber, x.notice.docNumber);
        assert.equal(e.notice?.recipients, x.notice.recipients);
        assert.equal(e.notice?.date.toISOString().slice(0, 10), x.notice.date);
      } else assert.equal(e.notice, undefined);
      assert.deepEqual(e.data.source!.removed.map((m) => m.rule), x.removed);
    });
    test('reproduces its source, and is what the importer makes of it today', () => {
      const e = edition(x.edition);
      const bytes = readFileSync(e.data.source!.file);
      assert.deepEqual(checkEdition(e, bytes).problems, []);
      const fresh = importSource(bytes, { file: e.data.source!.file, issuers: knownIssuers('.'), ...x.flags });
      assert.equal(fresh.issuerName, x.issuerName);
      assert.equal(fresh.mdx, readFileSync(e.file, 'utf8'));
    });
  });
}

describe('corpus quirks, checked in the editions', () => {
  test('开平: page-break splits rejoined, stray space removed', () => {
    const e = edition('kaiping-szjggw/2026');
    const text = e.items.map((i) => i.paragraphs.map((p) => p.text).join('')).join('');
    for (const joined of ['昂扬奋进的浓厚氛围', '通过理论学习', '立足职能特点', '深入了解各单位']) assert.ok(text.includes(joined), joined);
    assert.ok(e.items.every((i) => i.paragraphs.length === 1), 'each item is one paragraph');
    assert.equal(e.notice?.title, '关于印发《2026年开平市直机关党建工作要点》的通知');
  });
  test('东莞: item 1 keeps its two paragraphs; splits inside quotes rejoined; title differs from the notice', () => {
    const e = edition('dongguan-szjggw/2025');
    assert.equal(e.items[0]!.paragraphs.length, 2);
    assert.match(e.items[0]!.paragraphs[0]!.text, /有效率。$/);
    const text = e.items.map((i) => i.paragraphs.map((p) => p.text).join('')).join('');
    for (const joined of ['围绕“新时代党员干部担当作为”', '不断提高正风肃纪反腐能力。', '党员干部以走在前列']) assert.ok(text.includes(joined), joined);
    assert.equal(e.title, '2025年市直机关党的建设重点工作要点');
    assert.match(e.notice!.title, /《2025年市直机关党的建设要点》/);
  });
  test('市委直属机关工委: half-width punctuation made full-width; junk reported', () => {
    const e = edition('shiwei-jiguan-gongwei/2026');
    assert.ok(!/[,:"()]/.test(e.preamble[0]!.text));
    assert.match(e.preamble[0]!.text, /“十五五”规划目标的开局之年，/);
    assert.deepEqual(e.data.source!.removed.map((m) => m.text), ['〔*〕', '市委直属机关工委机关2026年党建工作要点', '下一篇:返回列表']);
  });
  test('政研室: hard-wrapped lines joined mid-word', () => {
    const e = edition('shiwei-zhengyanshi/2026');
    assert.match(e.preamble[0]!.text, /深入落实习近平总书记/);
    assert.equal(e.data.source!.layout, 'hard-wrapped');
  });
  test('中央和国家机关 2024: flattened text split; no title, so it is supplied and marked', () => {
    const e = edition('zhongyang-guojia-jiguan/2024');
    assert.equal(e.titleSupplied, true);
    assert.equal(e.sections[0]!.heading, '一、走好践行“两个维护”第一方阵');
    assert.equal(e.items[0]!.title, '深化政治机关建设。');
  });
  test('中央和国家机关 2025: 主要工作 title', () => {
    assert.equal(edition('zhongyang-guojia-jiguan/2025').title, '2025年中央和国家机关党的建设主要工作');
  });
});
