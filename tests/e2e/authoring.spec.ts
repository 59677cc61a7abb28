/**
 * Authoring end to end, on a copy of the content: `npm run new` starts next year's edition, staff fill it in,
 * the site is built, and the new edition is current with the old one marked 往年. A draft built alongside it
 * never leaks: its title and text appear nowhere in dist/ (pages, search index, feed, sitemap).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadEdition } from '../../src/lib/edition/load.ts';
import { escapeMdxText } from '../../src/lib/import/render-mdx.ts';
import { expect, test } from './support/fixtures.ts';

const PORT = 4410;
const DRAFT_TITLE = '2026年东莞草稿泄漏检查专用标题';
const DRAFT_TEXT = '这一段草稿文字绝不能出现在正式构建中';
let dir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== 'root', 'builds its own site once');
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'yaodian-authoring-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const node = process.execPath;
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  // Next year's 开平 edition, filled in and published.
  expect(run([node, 'scripts/new-edition.ts', '--root', join(dir, 'content'), 'kaiping-szjggw', '2027'])).toMatch(/wrote .*2027\.mdx \(draft/);
  const next = join(dir, 'content/editions/kaiping-szjggw/2027.mdx');
  // Staff fill the draft: here with last year's words, one item reworded (第二批 → 第三批).
  const last = loadEdition(readFileSync('content/editions/kaiping-szjggw/2026.mdx', 'utf8'), 'kaiping 2026');
  let item = 0;
  const filled = readFileSync(next, 'utf8')
    .split('\n')
    .map((line) => {
      const heading = /^### (\d+)\./.exec(line);
      if (heading) item = Number(heading[1]);
      if (line === '〔待填写〕总体要求') return last.preamble.map((p) => escapeMdxText(p.text)).join('\n\n');
      if (line === '〔待填写〕正文') return last.items[item - 1]!.paragraphs.map((p) => escapeMdxText(item === 6 ? p.text.replace('第二批', '第三批') : p.text)).join('\n\n');
      return line;
    })
    .join('\n');
  writeFileSync(next, filled.replace('draft: true', 'draft: false').replace('〔2027〕0号', '〔2027〕2号').replace('date: 2027-01-01', 'date: 2027-03-15').replaceAll('〔待填写〕', ''));
  // A 东莞 draft that must never be published.
  run([node, 'scripts/new-edition.ts', '--root', join(dir, 'content'), 'dongguan-szjggw', '2026']);
  const draft = join(dir, 'content/editions/dongguan-szjggw/2026.mdx');
  writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^title: .*$/m, `title: ${DRAFT_TITLE}`).replace('〔待填写〕总体要求', DRAFT_TEXT));
  // The draft really is there, with the words the leak check looks for.
  expect(readFileSync(draft, 'utf8')).toMatch(new RegExp(`title: ${DRAFT_TITLE}[\\s\\S]*draft: true[\\s\\S]*${DRAFT_TEXT}`));
  run(['npm', 'run', '--silent', 'build'], { CONTENT_ROOT: join(dir, 'content'), OUT_DIR: join(dir, 'dist') });
  server = spawn(node, ['scripts/serve.ts', '--dir', join(dir, 'dist'), '--port', String(PORT), '--base', '/'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(() => {
  server?.kill();
});

test('the new edition is current and the old one is marked 往年', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/kaiping-szjggw/`);
  await expect(page.locator('.edition-list li').first()).toContainText('2027年开平市直机关党建工作要点');
  await expect(page.locator('.edition-list li').first()).toContainText('现行');
  await page.goto(`http://127.0.0.1:${PORT}/kaiping-szjggw/2026/`);
  const banner = page.getByRole('note').filter({ hasText: '往年版本' });
  await expect(banner).toContainText('这是 2026 年的往年版本。');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/kaiping-szjggw/2027/`);
  await expect(page.locator('.notice-docnumber')).toContainText('开直工委通〔2027〕2号');
  await expect(page.locator('h3.item-heading')).toHaveCount(18);
  await expect(page.getByRole('navigation', { name: '其他年度版本' }).getByRole('link', { name: /2027/ })).toHaveAttribute('aria-current', 'page');
});

test('the change page between the old and the new edition exists and is linked', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/kaiping-szjggw/2027/`);
  await page.getByRole('link', { name: '与 2026 年版比较' }).click();
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/kaiping-szjggw/2027/changes/`);
  // Counts: 新增 删除 修改 调整位置 拆分 合并 未变 — one item reworded, the other 17 unchanged.
  await expect(page.locator('table.change-summary tfoot td')).toHaveText(['0', '0', '1', '0', '0', '0', '17']);
  const reworded = page.locator('.change-reworded');
  await expect(reworded.getByRole('link', { name: '新版第6条', exact: true })).toBeVisible();
  await expect(reworded.locator('.diff-inline del')).toContainText('二');
  await expect(reworded.locator('.diff-inline ins')).toContainText('三');
});

test('a draft never leaks: not in pages, search index, feed or sitemap', async ({ request }) => {
  expect((await request.get(`http://127.0.0.1:${PORT}/dongguan-szjggw/2026/`)).status()).toBe(404);
  const files = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' });
  let searched = 0;
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, 'dist', f));
    } catch {
      continue; // a directory
    }
    // Pagefind's index files are gzip-compressed: read them decompressed too.
    let text = bytes.toString('utf8');
    try {
      text += gunzipSync(bytes).toString('utf8');
    } catch {}
    for (const needle of [DRAFT_TITLE, DRAFT_TEXT]) expect(text.includes(needle), `${needle} found in dist/${f}`).toBe(false);
    searched++;
  }
  expect(searched).toBeGreaterThan(50);
  const feed = readFileSync(join(dir, 'dist/feed.xml'), 'utf8');
  expect(feed).toContain('2027年开平市直机关党建工作要点');
  expect(readFileSync(join(dir, 'dist/sitemap.xml'), 'utf8')).toContain('/kaiping-szjggw/2027/');
});
