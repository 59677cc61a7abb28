/**
 * What an Astro build did with each page, read from its log: a page it rendered ends its line with its render
 * time (`├─ /x/index.html (+12ms)`), a page an incremental build kept ends it with `(cached)` (still in the
 * output folder) or `(restored)` (copied back from Astro's cache).
 */
export interface PageCounts {
  rendered: number;
  reused: number;
}

// Astro colours its log when it writes to a terminal.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * countPages('  ├─ /a/index.html (+3ms)\n  ├─ /b/index.html (cached)\n') → { rendered: 1, reused: 1 }
 */
export function countPages(log: string): PageCounts {
  const counts = { rendered: 0, reused: 0 };
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '').trimEnd();
    if (!/[├└]─ /.test(line)) continue;
    if (/ \((cached|restored)\)$/.test(line)) counts.reused++;
    else if (/ \(\+[\d.]+m?s\)$/.test(line)) counts.rendered++;
  }
  return counts;
}
