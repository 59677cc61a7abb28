/**
 * A content-addressed cache for build artifacts (font subsets, PDFs, social cards): a file is named by the hash
 * of everything that went into it, so an unchanged input is found again and a changed one can never be served
 * stale. Files are written atomically (temporary name, then rename), so builds running side by side in the
 * same tree never read half a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the artifacts of one kind are kept: `node_modules/.cache/yaodian/<kind>/`, or under YAODIAN_CACHE_DIR
 * (the benchmark measures cold builds there without emptying the real cache).
 */
export function cacheDir(root: string, kind: 'fonts' | 'pdf' | 'cards' | 'search' | 'editions' | 'mentions' | '', env: Record<string, string | undefined> = process.env): string {
  return join(env.YAODIAN_CACHE_DIR || join(root, 'node_modules', '.cache', 'yaodian'), kind);
}

/**
 * A key from the parts, in order. Each part is length-prefixed, so `['ab', 'c']` and `['a', 'bc']` differ.
 *
 * contentKey('pdf-v1', html, css) → '3f9c…' (32 hex digits)
 */
export function contentKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The cached file for `key`, or undefined. */
export function readCached(dir: string, key: string, ext: string): Buffer | undefined {
  const file = join(dir, `${key}.${ext}`);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** Stores `data` under `key` and returns its path. */
export function writeCached(dir: string, key: string, ext: string, data: Uint8Array | string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.${ext}`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
  return file;
}
