import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/pagefind-index.ts';
import type { SearchRecord } from '../lib/search/records.ts';

/** Name of the per-edition file that pages emit for the index; removed once indexed. */
export const RECORDS_FILE = 'search-records.json';

function* readRecords(dir: string): Generator<SearchRecord> {
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(RECORDS_FILE)).sort()) {
    const path = join(dir, f);
    yield* JSON.parse(readFileSync(path, 'utf8')) as SearchRecord[];
    rmSync(path);
  }
}

/**
 * At the end of the build, indexes every edition's search records (written by the route
 * `[issuer]/[year]/search-records.json`, from the same Edition model as the pages) with Pagefind into
 * `dist/pagefind/`, and removes the record files.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'yaodian:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = Date.now();
        const { records } = await writeSearchIndex(readRecords(out), join(out, 'pagefind'), base);
        logger.info(`indexed ${records} records in ${Date.now() - started} ms (Pagefind extended)`);
      },
    },
  };
}
