import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatOf } from '../formats/extract.ts';

/** The files one run imports, in order, and what was left out of the folders it was given. */
export interface Collected {
  files: string[];
  skipped: { file: string; reason: string }[];
}

/**
 * Expands the paths a person gave: a file stays (even one of no known format, so that it is refused
 * with a reason rather than silently ignored), a folder becomes its importable files in name order.
 * A path that does not exist stays too, to be refused as missing. The same file twice is imported once.
 */
export function collectFiles(paths: string[]): Collected {
  const files: string[] = [];
  const skipped: Collected['skipped'] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      add(path);
      continue;
    }
    const inFolder: string[] = [];
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const file = join(path, name);
      if (statSync(file).isDirectory()) skipped.push({ file: `${file}/`, reason: 'a folder (folders inside a folder are not searched)' });
      else if (!formatOf(file)) skipped.push({ file, reason: 'not an importable file' });
      else inFolder.push(file);
    }
    if (inFolder.length === 0) skipped.push({ file: `${path}/`, reason: 'no importable files in it' });
    inFolder.forEach(add);
  }
  return { files, skipped };
}
