import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchContext } from './benchmark.ts';

/**
 * The environment a benchmark's child build runs in: the project's own Node and tools first on PATH, no
 * telemetry, no BASE_PATH from the caller's shell, plus `extra`.
 */
export function childEnv(root: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env.BASE_PATH;
  return env;
}

/** Generates a corpus with the project's own CLI (scripts/generate-corpus.ts); returns its summary line. */
export function generateCorpus(context: BenchContext, editions: number, out: string): string {
  const r = spawnSync(process.execPath, ['scripts/generate-corpus.ts', '--editions', String(editions), '--seed', String(context.seed), '--out', out], { cwd: context.root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generating ${editions} editions failed:\n${r.stderr}`);
  return r.stdout.trim();
}
