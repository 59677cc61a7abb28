/**
 * node scripts/check-links.ts --dir dist --base /
 * node scripts/check-links.ts --dir dist-base --base /dangjian/yaodian/
 *
 * Checks every link in a built site: reads every .html file under --dir, lists the other files, and
 * reports each URL that does not resolve (missing page or asset, missing #anchor, outside the base path,
 * outside the site) with the page it is on. Exits 1 if any. Thin: the work is in src/lib/checks/links.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks, formatBrokenLink } from '../src/lib/checks/links.ts';
import { parseCommand } from '../src/lib/cli/command.ts';

const { values } = parseCommand({
  description: 'Checks every link and #anchor of a built site; lists each one that does not resolve, with its page. Exit 1 if any.',
  usage: 'usage: node scripts/check-links.ts [--dir dist] [--base /]',
  config: { options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } },
});
const dir = values.dir!;
if (!existsSync(dir)) {
  console.error(`check-links: ${dir} does not exist; build the site first`);
  process.exit(1);
}
const pages: Record<string, string> = {};
const assets: string[] = [];
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const key = relative(dir, file).split(sep).join('/');
  if (key.endsWith('.html')) pages[key] = readFileSync(file, 'utf8');
  else assets.push(key);
}
if (Object.keys(pages).length === 0) {
  console.error(`check-links: no .html files under ${dir}; build the site first`);
  process.exit(1);
}

const report = checkLinks(pages, values.base!, assets);
for (const b of report.broken) console.error(formatBrokenLink(b));
console.log(`check-links ${dir} (base ${values.base}): ${report.checked} URLs on ${report.pages} pages, ${report.broken.length} broken`);
process.exit(report.broken.length === 0 ? 0 : 1);
