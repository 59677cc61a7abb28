import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import * as pagefind from 'pagefind';
import type { IndexRecord } from './records.ts';

/**
 * Pagefind's extended binary is the one that segments Chinese into words; the plain one indexes whole runs
 * of Han characters as single "words". The index is given only ASCII keys now (keys.ts) in records of no
 * particular language (records.ts `indexRecord`), which both index alike, but the extended build is the one the
 * tests check the keys against (tests/unit/search: every key indexed whole), and the one any Chinese text given
 * to it would need. The npm package silently falls back to the plain
 * binary (or to PAGEFIND_BINARY_PATH), so this checks which one it will use.
 * Returns the binary's path, or throws saying how to fix it.
 */
export function requireExtendedPagefind(): string {
  if (process.env.PAGEFIND_EXTENDED_BINARY_PATH) return process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (process.env.PAGEFIND_BINARY_PATH) {
    throw new Error(`PAGEFIND_BINARY_PATH is set (${process.env.PAGEFIND_BINARY_PATH}): Pagefind would use that binary, which may not be the extended build that segments Chinese. Unset it, or set PAGEFIND_EXTENDED_BINARY_PATH to an extended binary.`);
  }
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = os === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${os}-${process.env.npm_config_arch ?? arch()}/bin/${name}`);
  } catch {
    throw new Error(`Pagefind's extended build (${name}, which segments Chinese) is not installed for ${os}-${arch()}. Run npm install; if the platform package is missing, set PAGEFIND_EXTENDED_BINARY_PATH to a pagefind_extended binary.`);
  }
}

/** How many records are sent to Pagefind at once. */
const BATCH = 256;

/** Fails on any errors a Pagefind response reports. */
function check<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Builds one Pagefind index from search records and writes it to `outputPath`. Every response's errors
 * are checked; the Pagefind service is closed in all cases.
 */
export async function writeSearchIndex(records: Iterable<IndexRecord>, outputPath: string, base: string): Promise<{ records: number }> {
  requireExtendedPagefind();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Records go to the Pagefind service in batches of concurrent requests: one at a time, the round trips
    // to the service dominate (measured: 56 ms per edition one by one). While the service indexes one batch,
    // the next is read and cut into keys (the records are made as they are taken), so both cores work.
    let count = 0;
    let batch: Promise<void>[] = [];
    let previous: Promise<unknown> = Promise.resolve();
    for (const r of records) {
      batch.push(index.addCustomRecord({ ...r, url: `${base}${r.url}` }).then((response) => void check(`addCustomRecord(${r.url})`, response)));
      count++;
      if (batch.length >= BATCH) {
        await previous;
        previous = Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all([previous, ...batch]);
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { records: count };
  } finally {
    await pagefind.close();
  }
}
