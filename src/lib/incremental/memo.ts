/**
 * Values a build computes from inputs it sees again unchanged (an edition's parsed model, its programme
 * mentions), kept between builds as one file per value (V8's serialisation, which reads back twice as fast as
 * JSON and keeps Dates), named by a key that digests the inputs and the code
 * that computed them: an unchanged edition is read back instead of parsed again, and a changed input or changed
 * code can never be served a stale value (its key is another file).
 *
 * Reads that fail (no file, a half-written or foreign one) count as misses: the value is computed again. Writes
 * are atomic (temporary name, then rename). After a build that asked for every value it needs, `prune()` removes
 * the files it did not ask for (editions removed or changed since), so the folder does not grow build by build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface Memo<T> {
  /** The value kept for these inputs, or undefined. */
  get(inputs: string): T | undefined;
  /** Keeps `value` for these inputs: plain data (what structured clone keeps: Dates, Maps, undefined too). */
  set(inputs: string, value: T): void;
  /** Removes every kept value that was neither read nor written since the memo was opened; returns how many. */
  prune(): number;
  /** Values read back, and values computed (written). */
  readonly stats: { hits: number; misses: number };
}

/**
 * A memo in `dir` for values of one kind, computed by code of `version` (a change of version makes every key new).
 * With `read: false` it reads nothing back (a forced full build) but still writes, and prunes what it did not write.
 *
 * const parsed = openMemo<Edition>(dir, codeVersion(srcDir)); parsed.get(digest) ?? (parsed.set(digest, e = parse()), e)
 */
export function openMemo<T>(dir: string, version: string, options: { read?: boolean } = {}): Memo<T> {
  const read = options.read ?? true;
  const used = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const fileOf = (inputs: string) => {
    const name = `${createHash('sha256').update(`${version.length}:${version}${inputs}`).digest('hex').slice(0, 32)}.bin`;
    used.add(name);
    return join(dir, name);
  };
  return {
    stats,
    get(inputs) {
      const file = fileOf(inputs);
      if (!read) return undefined;
      try {
        const value = deserialize(readFileSync(file)) as T;
        stats.hits++;
        return value;
      } catch {
        return undefined;
      }
    },
    set(inputs, value) {
      const file = fileOf(inputs);
      stats.misses++;
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(value));
      renameSync(tmp, file);
    },
    prune() {
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      for (const name of names) {
        if (used.has(name) || !name.endsWith('.bin')) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}

/**
 * A digest of the TypeScript sources under `dir` (names and bytes, in sorted order): the version of the code a
 * memo's values were computed by. Undefined when `dir` cannot be read: then nothing should be memoised.
 */
export function codeVersion(dir: string): string | undefined {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const hash = createHash('sha256');
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    hash.update(`${f.replaceAll('\\', '/')}\0${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}
