/**
 * Builds one search shard in a process of its own (forked by build-index.ts): Pagefind's service indexes on
 * about one core, so shards built side by side use the machine's other cores. Receives one job over IPC,
 * answers with the record count or the error, and exits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformSegment } from './hits.ts';
import { indexRecord, type SearchRecord } from './records.ts';
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

/** Reads the records files of a shard, one at a time, as Pagefind takes them (words indexed, text in the meta). */
export function* shardRecords(dist: string, files: readonly string[]): Generator<SearchRecord> {
  const segment = platformSegment();
  for (const f of files) {
    let record: SearchRecord;
    try {
      record = JSON.parse(readFileSync(join(dist, f), 'utf8')) as SearchRecord;
    } catch (error) {
      throw new Error(`${join(dist, f)}: not a search record (${error instanceof Error ? error.message : String(error)}); rebuild the site with npm run build`);
    }
    yield indexRecord(record, segment);
  }
}

process.once('message', (job: ShardJob) => {
  writeSearchIndex(shardRecords(job.dist, job.files), job.outputPath, job.base).then(
    ({ records }) => process.send!({ ok: true, records } satisfies ShardAnswer, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ShardAnswer, () => process.exit(1)),
  );
});
