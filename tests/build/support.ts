/**
 * Helpers of the incremental-build test (tests/build/incremental.test.ts): running `npm run build` with its own
 * content, output and caches; reading what a build says it did; listing, normalising and comparing two built
 * sites file by file.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one build was given and what it printed. */
export interface BuildRun {
  name: string;
  outDir: string;
  /** stdout and stderr, interleaved as they came, without terminal colours. */
  log: string;
  ms: number;
}

/**
 * Settings of the shell that must not reach a build under test: they would change what it makes (SKIP_PDF,
 * a base path, supplied fonts, a shared cache), so every build here gets exactly the settings the test gives.
 */
const OUTSIDE_SETTINGS = /^(SKIP_\w+|BASE_PATH|SITE_URL|OUT_DIR|CONTENT_ROOT|ASTRO_CACHE_DIR|YAODIAN_\w+|SEARCH_\w+|FORCE_COLOR)$/;

/** The last `lines` lines of a log, for a failure message. */
export function tail(log: string, lines = 60): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}

/** `npm run --silent build [-- args]` with `env`; resolves with its log, rejects with the end of the log. */
export function runBuild(name: string, opts: { env: Record<string, string>; args?: string[]; logFile: string; timeoutMs: number }): Promise<BuildRun> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !OUTSIDE_SETTINGS.test(k)) env[k] = v;
  Object.assign(env, { NO_COLOR: '1' }, opts.env);
  const args = ['run', '--silent', 'build', ...(opts.args?.length ? ['--', ...opts.args] : [])];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Its own process group, so a build that overruns its time is stopped with everything it started.
    const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (log += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, opts.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      log = stripColours(log);
      writeFileSync(opts.logFile, log);
      const ms = Math.round(performance.now() - started);
      if (code === 0 && !timedOut) resolve({ name, outDir: opts.env.OUT_DIR!, log, ms });
      else {
        const why = timedOut ? `did not finish in ${opts.timeoutMs / 1000} s` : `exited with ${code ?? signal}`;
        reject(new Error(`build ${name} (npm ${args.join(' ')}) ${why}; full log in ${opts.logFile}; its end:\n${tail(log)}`));
      }
    });
  });
}

export function stripColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** What a build reports having done (the numbers of its summary lines; undefined for a line it did not print). */
export interface BuildReport {
  /** `pages: N rendered, M reused from the last build` */
  pages?: { rendered: number; reused: number };
  /** `pdf: N printed, M from cache` */
  pdf?: { printed: number; cached: number };
  /** `cards: N rendered, M from cache` */
  cards?: { rendered: number; cached: number };
  /** `search index: N shard(s) built, M reused` */
  search?: { built: number; reused: number };
  /** `editions: N read back from the last build, M parsed` */
  editions?: { reused: number; parsed: number };
  /** `programme mentions: N read back from the last build, M found` */
  mentions?: { reused: number; found: number };
  /** The pages Astro says it rendered (`/shili-lishi/2020/index.html`), not those it kept from the last build. */
  renderedPages: string[];
  /** The shards the search step says it indexed, not reused (their year keys: `2026`, `2019-2020`). */
  searchBuilt: string[];
}

/** Reads a build's summary lines. The last match counts (a line is printed once; a retry would print it again). */
export function parseBuildLog(log: string): BuildReport {
  const last = (re: RegExp) => [...log.matchAll(re)].at(-1);
  const report: BuildReport = { renderedPages: [], searchBuilt: [] };
  const pages = last(/\bpages: (\d+) rendered, (\d+) reused\b/g);
  if (pages) report.pages = { rendered: Number(pages[1]), reused: Number(pages[2]) };
  const pdf = last(/\bpdf: (\d+) printed, (\d+) from cache\b/g);
  if (pdf) report.pdf = { printed: Number(pdf[1]), cached: Number(pdf[2]) };
  const cards = last(/\bcards: (\d+) rendered, (\d+) from cache\b/g);
  if (cards) report.cards = { rendered: Number(cards[1]), cached: Number(cards[2]) };
  const search = last(/\bsearch index: (\d+) shard\(s\) built, (\d+) reused\b/g);
  if (search) report.search = { built: Number(search[1]), reused: Number(search[2]) };
  const editions = last(/\beditions: (\d+) read back from the last build, (\d+) parsed\b/g);
  if (editions) report.editions = { reused: Number(editions[1]), parsed: Number(editions[2]) };
  const mentions = last(/\bprogramme mentions: (\d+) read back from the last build, (\d+) found\b/g);
  if (mentions) report.mentions = { reused: Number(mentions[1]), found: Number(mentions[2]) };
  // Astro lists every page: `  ├─ /a/index.html (+12ms)` rendered, `(cached)` or `(restored)` kept.
  report.renderedPages = [...log.matchAll(/[├└]─ (\/\S*) \(\+[\d.]+m?s\)/g)].map((m) => m[1]!).sort();
  // `search index: pagefind/shards/2019-2020/ — years 2019-2020, 2 editions, 40 records, indexed, 900 ms`
  report.searchBuilt = [...log.matchAll(/\bsearch index: \S+ — years ([\d-]+), .*, indexed, \d+ ms\b/g)].map((m) => m[1]!);
  return report;
}

/** Every file under `dir`, relative, with `/`, sorted. */
export function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1).replace(/\\/g, '/'))
    .sort();
}

/**
 * A PDF with what depends on the moment and the session it was printed in taken out:
 *
 * - the `/CreationDate (D:…)` and `/ModDate (D:…)` of its document information, which Chromium sets to the
 *   moment it printed: each character of the value becomes `0`;
 * - the ids of its tagged structure elements, `(node00009294)`: Chromium names a table's header cells (and the
 *   `/Headers` of the cells under them, and the `/IDTree` of the structure root) after their DOM node ids, which
 *   count every node the browser's renderer has made so far, so they depend on which pages were printed before
 *   in the same session (three pages in an incremental build, all of them in a full one), and even vary by one
 *   or two between two full builds. They are renumbered in the order they first appear, so that two PDFs still
 *   compare equal only when the same elements refer to the same headers.
 *
 * Every value keeps its length, so the byte offsets of the cross-reference table still compare as they are.
 */
export function normalisePdf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const undated = text.replace(/(\/(?:CreationDate|ModDate)\s*\()([^)]*)(\))/g, (_, open: string, value: string, close: string) => open + '0'.repeat(value.length) + close);
  const renumbered = new Map<string, string>();
  const unnumbered = undated.replace(/\(node(\d+)\)/g, (_, digits: string) => {
    let id = renumbered.get(digits);
    if (id === undefined) renumbered.set(digits, (id = String(renumbered.size + 1).padStart(digits.length, '0')));
    return `(node${id})`;
  });
  return Buffer.from(unnumbered, 'latin1');
}

/** A file's bytes as compared: build times (and PDFs' print-session ids) taken out where a file type has them. */
export function comparable(file: string, bytes: Buffer): Buffer {
  return file.endsWith('.pdf') ? normalisePdf(bytes) : bytes;
}

/** Where two buffers first differ, or -1. */
export function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|md|webmanifest)$/;

/** A short readable excerpt of `file`'s `bytes` around `offset`: a text file as UTF-8, anything else with bytes escaped. */
export function excerpt(file: string, bytes: Buffer, offset: number, width = 80): string {
  let from = Math.max(0, offset - width / 2);
  let to = Math.min(bytes.length, offset + width / 2);
  // Not in the middle of a UTF-8 character (continuation bytes are 10xxxxxx).
  const inside = (i: number) => i > 0 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
  if (TEXT.test(file)) {
    while (inside(from)) from--;
    while (inside(to)) to++;
  }
  const slice = bytes.subarray(from, to);
  const shown = TEXT.test(file)
    ? slice.toString('utf8').replace(/\n/g, '⏎')
    : slice.toString('latin1').replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${from > 0 ? '…' : ''}${shown}${to < bytes.length ? '…' : ''}`;
}

/** A difference between two built sites. */
export interface TreeDifference {
  file: string;
  /** What differs, for a person to read. */
  message: string;
}

/**
 * Compares two built sites: the same files, and the same bytes for each after `comparable` (so PDFs compare
 * apart from the time they were printed). Returns every difference found, none for equal sites.
 */
export function compareTrees(a: { name: string; dir: string }, b: { name: string; dir: string }): TreeDifference[] {
  const filesA = listTree(a.dir);
  const filesB = listTree(b.dir);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const differences: TreeDifference[] = [];
  for (const f of filesA) if (!inB.has(f)) differences.push({ file: f, message: `only in ${a.name}` });
  for (const f of filesB) if (!inA.has(f)) differences.push({ file: f, message: `only in ${b.name}` });
  for (const f of filesA) {
    if (!inB.has(f)) continue;
    const bytesA = readFileSync(join(a.dir, f));
    const bytesB = readFileSync(join(b.dir, f));
    if (bytesA.equals(bytesB)) continue;
    const ca = comparable(f, bytesA);
    const cb = comparable(f, bytesB);
    const at = firstDifference(ca, cb);
    if (at < 0) continue;
    differences.push({
      file: f,
      message: `${a.name} ${ca.length} bytes, ${b.name} ${cb.length} bytes; first difference at byte ${at}:\n    ${a.name}: ${excerpt(f, ca, at)}\n    ${b.name}: ${excerpt(f, cb, at)}`,
    });
  }
  return differences;
}

/** The differences as a message: the first `limit` in full, then how many more. */
export function describeDifferences(differences: TreeDifference[], limit = 12): string {
  const shown = differences.slice(0, limit).map((d) => `  ${d.file}: ${d.message}`);
  if (differences.length > limit) shown.push(`  … and ${differences.length - limit} more: ${differences.slice(limit).map((d) => d.file).join(', ')}`);
  return `${differences.length} file(s) differ:\n${shown.join('\n')}`;
}

/** The files whose raw bytes differ between two trees (present in both). */
export function changedFiles(dirA: string, dirB: string, filter: (file: string) => boolean = () => true): string[] {
  const inB = new Set(listTree(dirB));
  return listTree(dirA).filter((f) => filter(f) && inB.has(f) && !readFileSync(join(dirA, f)).equals(readFileSync(join(dirB, f))));
}
