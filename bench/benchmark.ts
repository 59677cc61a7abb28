/**
 * The benchmark harness: each benchmark is a function that measures and returns the Markdown body of its own
 * section of BENCHMARKS.md (`## <heading>`), so sections (build, search latency, linking, PDF …) are added and
 * re-run independently.
 */

/** What every benchmark gets from the harness. */
export interface BenchContext {
  /** The project root (holds content/, node_modules/, scripts/). */
  root: string;
  /** A scratch directory, removed afterwards unless kept. */
  tmp: string;
  /** Generated corpus sizes, in editions. */
  sizes: number[];
  /** Seed for generated corpora. */
  seed: number;
  /**
   * Largest corpus the build benchmark also builds bare (Astro + MDX, then Pagefind): above it the bare
   * Pagefind run alone would need more memory than these machines have (about 1.9 MB per edition).
   */
  baselineMax?: number;
  /**
   * Generated corpus sizes whose unchanged and one-edition rebuilds the build benchmark measures (default: those
   * of `sizes` from 1,000 to 5,000 editions).
   */
  rebuildSizes?: number[];
  /** Generated corpus sizes the search benchmark measures (default: the largest of `sizes` up to 1,000). */
  searchSizes?: number[];
  /** A directory where the search benchmark keeps its generated sites and reuses them (`--search-keep`). */
  searchKeep?: string;
  /** Progress messages. */
  log: (message: string) => void;
}

export interface Benchmark {
  /** The section heading in BENCHMARKS.md, without `## `. */
  heading: string;
  /** Measures and returns the section body (tables and notes; the harness adds the machine facts). */
  run: (context: BenchContext) => Promise<string>;
}
