import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bannerCss, bannerLayout, bannerWidth, TYPE_WIDTH_MM } from '../../../src/lib/print/banner.ts';
import { fontFaceCss, PRINT_FACES } from '../../../src/lib/print/fonts.ts';
import { changesPdfPath, pdfDownloadName, pdfJobs, pdfPath } from '../../../src/lib/print/paths.ts';
import { buildCatalog } from '../../../src/lib/site/catalog.ts';
import { editions, issuers } from '../../support/fixture-content.ts';
import { chromiumPath } from '../../../src/lib/print/browser.ts';
import { columnLines, groupLines, measureGrid, type TextRun } from '../../../src/lib/print/pdf-text.ts';

describe('the red banner', () => {
  test('a long name is compressed sideways into the type area, a short one is not', () => {
    assert.equal(bannerWidth('中共开平市直属机关工作委员会文件'), 16);
    const long = bannerLayout(16);
    assert.equal(long.sizeMm, 15);
    assert.ok(long.scaleX < 1 && 16 * long.sizeMm * long.scaleX <= TYPE_WIDTH_MM);
    assert.deepEqual(bannerLayout(6), { sizeMm: 15, scaleX: 1 });
  });
  test('a very long name shrinks rather than being crushed below 55 %', () => {
    const l = bannerLayout(30);
    assert.equal(l.scaleX, 0.55);
    assert.ok(30 * l.sizeMm * l.scaleX <= TYPE_WIDTH_MM);
  });
  test('a rule for every width, read by print.css', () => {
    const css = bannerCss();
    assert.match(css, /\[data-print-banner="16"\] \{ --print-banner-size: 15mm; --print-banner-scale: 0\.625; \}/);
    assert.equal(css.split('\n').length, 40);
    assert.equal(bannerWidth('长'.repeat(99)), 40);
  });
});

describe('print fonts', () => {
  test('every print family is declared, pointing at its subset', () => {
    const css = fontFaceCss(PRINT_FACES, (s) => `./${s.length}.woff2`);
    for (const family of ['Yaodian FangSong', 'Yaodian XiaoBiaoSong', 'Yaodian HeiTi']) assert.match(css, new RegExp(`font-family: '${family}'`));
    assert.equal(css.match(/@font-face/g)!.length, PRINT_FACES.length);
    assert.match(css, /format\('woff2'\)/);
  });
});

describe('paths and browser', () => {
  test('the PDF sits beside the edition page', () => {
    assert.equal(pdfPath('kaiping-szjggw', 2026), 'kaiping-szjggw/2026.pdf');
    assert.equal(pdfDownloadName('2026年开平市直机关党建工作要点'), '2026年开平市直机关党建工作要点.pdf');
    assert.equal(pdfDownloadName('a/b: c'), 'abc.pdf');
  });
  test('a PDF for every edition, and one of the 新旧对照表 for every edition with an older one, printed from its table page', () => {
    assert.equal(changesPdfPath('zhongyang-guojia-jiguan', 2025), 'zhongyang-guojia-jiguan/2025/changes.pdf');
    const jobs = pdfJobs(buildCatalog(editions, issuers));
    assert.equal(jobs.length, editions.length + 1);
    assert.deepEqual(jobs.filter((j) => j.file.endsWith('/changes.pdf')), [{ page: 'zhongyang-guojia-jiguan/2025/changes/table/', file: 'zhongyang-guojia-jiguan/2025/changes.pdf' }]);
    assert.ok(jobs.some((j) => j.file === 'zhongyang-guojia-jiguan/2024.pdf' && j.page === 'zhongyang-guojia-jiguan/2024/'));
  });
  test('Chromium: CHROMIUM_PATH, then Debian\'s, then Playwright\'s own', () => {
    assert.equal(chromiumPath({ CHROMIUM_PATH: '/opt/c' }, () => true), '/opt/c');
    assert.equal(chromiumPath({}, () => true), '/usr/bin/chromium');
    assert.equal(chromiumPath({}, () => false), undefined);
  });
});

describe('measuring a PDF page', () => {
  const run = (str: string, x: number, y: number, size = 16): TextRun => ({ str, x, y, width: [...str].length * size, size });
  test('runs on one baseline make one line, top first', () => {
    const lines = groupLines([run('乙', 0, 100), run('甲', 0, 130), run('丙', 16, 100.4)]);
    assert.deepEqual(lines.map((l) => l.text), ['甲', '乙丙']);
  });
  test('a two-column page read column by column: lines on one baseline split at the middle, runs across it in neither', () => {
    const page = { width: 595, height: 842, runs: [run('原文', 80, 700, 12), run('新文', 320, 700, 12), run('旧句', 80, 680, 12), run('新句', 310, 680, 12), run('跨两栏的部分标题', 250, 740, 12)] };
    assert.deepEqual(columnLines(page, 'left').map((l) => l.text), ['原文', '旧句']);
    assert.deepEqual(columnLines(page, 'right').map((l) => l.text), ['新文', '新句']);
    assert.deepEqual(columnLines(page, 'right', 315).map((l) => l.text), ['新文'], 'a run starting left of the middle given is not right of it');
    assert.ok(groupLines(page.runs).some((l) => l.text === '原文新文'), 'read as one page, the columns run together');
  });
  test('lines of body size are counted; full lines give characters per line', () => {
    const runs = [run('标题', 100, 800, 22), ...Array.from({ length: 22 }, (_, i) => run('字'.repeat(i === 21 ? 10 : 28), 80, 700 - i * 29)), run('— 1 —', 400, 60, 14)];
    const grid = measureGrid({ width: 595, height: 842, runs });
    assert.equal(grid.lines, 22);
    assert.equal(grid.charsPerLine.length, 21);
    assert.ok(grid.charsPerLine.every((n) => n === 28));
  });
});
