/**
 * Builds one search shard in a process of its own (forked by build-index.ts): Pagefind's service indexes on
 * about one core, so shards built side by side use the machine's other cores. Receives one job over IPC,
 * writes the index of its records' keys, rewrites its fragments with the records' meta (fragments.ts),
 * writes its filter table (filter-table.ts), answers with the record count or the error, and exits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformSegment } from './hits.ts';
import { FILTER_TABLE, filterTable } from './filter-table.ts';
import { rewriteFragments } from './fragments.ts';
import { fragmentMeta, indexRecord, type IndexRecord, type SearchRecord } from './records.ts';
import { writeSearchIndex } from './pagefind-index.ts';

/** What the parent sends. */
export interface ShardJob {
  dist: string;
  /** Records files, relative to `dist`. */
  files: string[];
  outputPath: string;
  base: string;
}

/** What the worker answers. */
export type ShardAnswer = { ok: true; records: number } | { ok: false; error: string };

/** Reads a records file, or throws naming it. */
function readRecord(dist: string, file: string): SearchRecord {
  try {
    return JSON.parse(readFileSync(join(dist, file), 'utf8')) as SearchRecord;
  } catch (error) {
    throw new Error(`${join(dist, file)}: not a search record (${error instanceof Error ? error.message : String(error)}); rebuild the site with npm run build`);
  }
}

/**
 * Reads the records files of a shard, one at a time, as Pagefind takes them (the keys of their tokens),
 * and notes which file each URL came from in `fileOf` (for the fragments' meta afterwards).
 */
export function* shardRecords(dist: string, files: readonly string[], base: string, fileOf: Map<string, string>): Generator<IndexRecord> {
  const segment = platformSegment();
  for (const f of files) {
    const record = readRecord(dist, f);
    fileOf.set(`${base}${record.url}`, f);
    yield indexRecord(record, segment);
  }
}

/**
 * Writes a shard's index, rewrites its fragments, and writes its filter table (filter-table.ts); resolves
 * with the number of records.
 */
export async function buildShard(job: ShardJob): Promise<number> {
  const fileOf = new Map<string, string>();
  const { records } = await writeSearchIndex(shardRecords(job.dist, job.files, job.base, fileOf), job.outputPath, job.base);
  const filtersOf = new Map<string, SearchRecord['filters']>();
  const fragments = rewriteFragments(job.outputPath, (url) => {
    const file = fileOf.get(url);
    if (file === undefined) return undefined;
    const record = readRecord(job.dist, file);
    filtersOf.set(url, record.filters);
    return fragmentMeta(record);
  });
  const table = filterTable(fragments.map(({ id, url }) => ({ id, filters: filtersOf.get(url)! })));
  writeFileSync(join(job.outputPath, FILTER_TABLE), JSON.stringify(table));
  return records;
}

process.once('message', (job: ShardJob) => {
  buildShard(job).then(
    (records) => process.send!({ ok: true, records } satisfies ShardAnswer, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ShardAnswer, () => process.exit(1)),
  );
});
