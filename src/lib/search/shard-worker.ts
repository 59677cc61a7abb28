/**
 * Builds one search shard in a process of its own (forked by build-index.ts): Pagefind's service indexes on
 * about one core, so shards built side by side use the machine's other cores. Receives one job (its records) over IPC,
 * writes the index of its records' keys, rewrites its fragments with the records' meta (fragments.ts),
 * writes its filter table (filter-table.ts), answers with the record count or the error, and exits.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformSegment } from './hits.ts';
import { FILTER_TABLE, filterTable } from './filter-table.ts';
import { rewriteFragments } from './fragments.ts';
import { fragmentMeta, indexRecord, type IndexRecord, type SearchRecord } from './records.ts';
import { writeSearchIndex } from './pagefind-index.ts';

/** What the parent sends. */
export interface ShardJob {
  /** The shard's records, in the order they are indexed. */
  records: SearchRecord[];
  outputPath: string;
  base: string;
}

/** What the worker answers. */
export type ShardAnswer = { ok: true; records: number } | { ok: false; error: string };

/** The records as Pagefind takes them (the keys of their tokens), made one at a time as it takes them. */
export function* shardRecords(records: readonly SearchRecord[], segment = platformSegment()): Generator<IndexRecord> {
  for (const record of records) yield indexRecord(record, segment);
}

/**
 * Writes a shard's index, rewrites its fragments, and writes its filter table (filter-table.ts); resolves
 * with the number of records.
 */
export async function buildShard(job: ShardJob): Promise<number> {
  const byUrl = new Map(job.records.map((r) => [`${job.base}${r.url}`, r]));
  const { records } = await writeSearchIndex(shardRecords(job.records), job.outputPath, job.base);
  const filtersOf = new Map<string, SearchRecord['filters']>();
  const fragments = rewriteFragments(job.outputPath, (url) => {
    const record = byUrl.get(url);
    if (record === undefined) return undefined;
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
