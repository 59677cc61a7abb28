import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCached } from './cache.ts';

/** What one build's print step did; kept as `last-build.json` in the cache directory for the benchmark. */
export interface PrintBuildStats {
  fonts: { characters: number; made: number; cached: number; ms: number };
  cards: { rendered: number; cached: number; renderMs: number } | null;
  pdf: { rendered: number; cached: number; renderMs: number } | null;
}

export function writeBuildStats(cacheRoot: string, stats: PrintBuildStats): void {
  writeCached(cacheRoot, 'last-build', 'json', JSON.stringify(stats, null, 2));
}

export function readBuildStats(cacheRoot: string): PrintBuildStats {
  return JSON.parse(readFileSync(join(cacheRoot, 'last-build.json'), 'utf8')) as PrintBuildStats;
}
